package dev.leadkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import dev.leadkit.testkit.NoDelaySockets;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        // TCP_NODELAY on: on loopback, Nagle meeting delayed ACKs would add ~40 ms to every response,
        // measuring the TCP stack instead of the code
        server.setServerSocketFactory(NoDelaySockets.serverSocketFactory());
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
