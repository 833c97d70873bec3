package org.sevasurge.service.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hostile clients that send a request's headers at once and then trickle its chunked body, one byte per tick:
 * a slow-body attack (slowloris on the body). Each connection the server closes or answers is replaced by a new
 * one, so {@code connections} keep trickling for as long as this runs. Answers are counted by status code.
 * Every connection goes to loopback. Thread-safe; close it to stop.
 */
public final class TricklingClients implements AutoCloseable {

    private final int port;
    private final List<String> heads;
    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trickle");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentHashMap<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicInteger reconnects = new AtomicInteger();

    private TricklingClients(int port, List<String> heads) {
        this.port = port;
        this.heads = heads;
    }

    /**
     * Opens one trickling connection per entry of {@code heads} (a request line and headers, without the blank
     * line; {@code Transfer-Encoding: chunked} is added) and sends one body byte on each every {@code tickMillis}.
     */
    public static TricklingClients start(int port, List<String> heads, long tickMillis) throws IOException {
        TricklingClients clients = new TricklingClients(port, heads);
        for (String head : heads) {
            clients.sockets.add(clients.open(head));
        }
        clients.ticker.scheduleWithFixedDelay(clients::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        return clients;
    }

    /** How many answers with {@code status} the trickling connections got. */
    public int answered(int status) {
        AtomicInteger count = answers.get(status);
        return count == null ? 0 : count.get();
    }

    /** Every answer seen so far, by status. */
    public String answers() {
        return answers + " (" + reconnects.get() + " reconnects)";
    }

    private Socket open(String head) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(2_000);
        OutputStream out = socket.getOutputStream();
        out.write((head + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private synchronized void tick() {
        for (int i = 0; i < sockets.size(); i++) {
            Socket socket = sockets.get(i);
            try {
                InputStream in = socket.getInputStream();
                if (in.available() > 0) {
                    count(readStatus(in));
                    replace(i);
                    continue;
                }
                socket.getOutputStream().write("1\r\n{\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                replace(i);
            }
        }
    }

    private void replace(int index) {
        try {
            sockets.get(index).close();
        } catch (IOException ignored) {
            // replaced anyway
        }
        try {
            sockets.set(index, open(heads.get(index)));
            reconnects.incrementAndGet();
        } catch (IOException e) {
            // the server refused the connection: try again on the next tick
        }
    }

    private void count(int status) {
        answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private static int readStatus(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        String[] words = line.toString().split(" ");
        return words.length > 1 && words[1].matches("\\d{3}") ? Integer.parseInt(words[1]) : -1;
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing all of them
            }
        }
    }
}
