package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.testing.RunningService;

/**
 * A thousand open keep-alive connections cost the service little heap. When a service slows, a client that pools
 * its connections (Gatling's shared pool, a centre's proxy) opens one per request in flight and keeps them all: at
 * results day's burst that was thousands, and Jetty's per-connection header cache (a 96 KB table each at its
 * default of 1,024 entries) filled the 512 MB heap with 415 MB of them; the service ran out of memory and stopped
 * answering. This test opens {@value #CONNECTIONS} connections, sends two requests on each as the simulations
 * do, reads the answers, keeps them open, and measures the heap they hold after a full collection: about 100 KB each
 * with the cache, a few KB without. The service runs in this JVM, so its heap is this heap.
 */
class OpenConnectionsMemoryIT {

    private static final int CONNECTIONS = 1_000;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *([0-9]+)");
    /** Far above what a connection holds without the header cache, far below what it held with it. */
    private static final long MAX_BYTES_PER_CONNECTION = 32 * 1024;

    @Test
    void aThousandOpenKeepAliveConnectionsHoldUnder32KbOfHeapEach() throws Exception {
        try (RunningService service = RunningService.start()) {
            long before = heapUsedAfterCollection();
            List<Socket> open = new ArrayList<>();
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    Socket socket = new Socket("127.0.0.1", service.port());
                    open.add(socket);
                    socket.setSoTimeout(10_000);
                    // Two requests each: Jetty builds a connection's header cache when its second request
                    // begins, from the first one's headers, and a pooled connection serves many.
                    for (int request = 0; request < 2; request++) {
                        socket.getOutputStream().write(healthRequest(service.port(), i));
                        assertThat(readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 200");
                    }
                }
                long held = heapUsedAfterCollection() - before;
                // The oldest connection still answers: the heap was measured with all of them open, not after an
                // idle timeout had closed them.
                Socket oldest = open.get(0);
                oldest.getOutputStream().write(healthRequest(service.port(), 0));
                assertThat(readAnswer(oldest.getInputStream())).startsWith("HTTP/1.1 200");

                assertThat(held / CONNECTIONS)
                        .as("heap bytes per open connection (%,d bytes for %d)", held, CONNECTIONS)
                        .isLessThan(MAX_BYTES_PER_CONNECTION);
            } finally {
                for (Socket socket : open) {
                    socket.close();
                }
            }
        }
    }

    /** A request with the headers the simulations send, and one that differs on every connection. */
    private static byte[] healthRequest(int port, int connection) {
        return ("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\naccept: application/json"
                        + "\r\nuser-agent: sevasurge-simulations\r\naccept-encoding: gzip, deflate\r\nx-request-id: "
                        + connection + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads a whole answer (its body by its Content-Length) and returns its status line and headers. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed after " + head);
            }
            head.append((char) b);
        }
        Matcher length = CONTENT_LENGTH.matcher(head);
        if (length.find()) {
            in.readNBytes(Integer.parseInt(length.group(1)));
        }
        return head.toString();
    }

    private static long heapUsedAfterCollection() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Two collections, keeping the lower reading: the first may leave what finalisation or references release.
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
