package dev.leadkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/** Serves pre-rendered Autocalls pages on loopback, page {@code n} from template {@code (n - 1) % templates}, after an optional delay. */
final class BenchServer implements AutoCloseable {

    static final String API_KEY = "1|bench";

    private final MockWebServer server = new MockWebServer();

    BenchServer(List<byte[]> templates, long delayMillis) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String page = request.getUrl().queryParameter("page");
                int number = page == null ? 1 : Integer.parseInt(page);
                MockResponse.Builder response = new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "application/json")
                        .body(new Buffer().write(templates.get((number - 1) % templates.size())));
                if (delayMillis > 0) {
                    response.headersDelay(delayMillis, TimeUnit.MILLISECONDS);
                }
                return response.build();
            }
        });
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Accepted sockets with {@code TCP_NODELAY}: MockWebServer writes headers and body separately, and on
     * loopback Nagle's algorithm meeting delayed ACKs would add ~40 ms to every response, measuring the
     * TCP stack instead of the code.
     */
    private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new NoDelayServerSocket();
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
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

    /** The Autocalls base URL, {@code http://127.0.0.1:PORT/api}. */
    String baseUrl() {
        return server.url("/api").toString();
    }

    int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() {
        server.close();
    }
}
