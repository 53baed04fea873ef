package dev.leadkit.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections have {@code TCP_NODELAY} set. MockWebServer writes a response's
 * headers and its body separately; on loopback, Nagle's algorithm holding the body back until the headers
 * are acknowledged, meeting the client's delayed acknowledgement, adds about 40 ms to every response. The
 * sandboxes use it; so can a test's own MockWebServer:
 *
 * <pre>{@code
 * MockWebServer server = new MockWebServer();
 * server.setServerSocketFactory(NoDelaySockets.serverSocketFactory());
 * server.start();
 * }</pre>
 */
public final class NoDelaySockets {

    private NoDelaySockets() {
    }

    /** {@return a factory of unbound server sockets whose accepted sockets have {@code TCP_NODELAY} set} */
    public static ServerSocketFactory serverSocketFactory() {
        return new Factory();
    }

    private static final class Factory extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new NoDelayServerSocket();
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            ServerSocket socket = new NoDelayServerSocket();
            socket.bind(new java.net.InetSocketAddress(port));
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            ServerSocket socket = new NoDelayServerSocket();
            socket.bind(new java.net.InetSocketAddress(port), backlog);
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            ServerSocket socket = new NoDelayServerSocket();
            socket.bind(new java.net.InetSocketAddress(address, port), backlog);
            return socket;
        }
    }

    private static final class NoDelayServerSocket extends ServerSocket {
        NoDelayServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
