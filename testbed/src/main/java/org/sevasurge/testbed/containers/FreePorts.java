package org.sevasurge.testbed.containers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Free TCP ports of 127.0.0.1 for servers in host-network containers, chosen here because such a server cannot
 * report back a port it picked itself before the testbed needs it. Another process could take the port between the
 * choice and the bind; the container then fails to start, with the bind error in its log. Stateless and thread-safe.
 */
final class FreePorts {

    private FreePorts() {}

    static int next() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
