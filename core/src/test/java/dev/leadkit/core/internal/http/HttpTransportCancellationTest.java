package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ConnectionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page fetch whose listing was closed sends nothing more: not its first call, not a retry. */
class HttpTransportCancellationTest {

    private final MockWebServer server = new MockWebServer();
    private HttpTransport transport;

    /** The smallest client: core's builder, nothing of any dialect. */
    private static final class Builder extends ClientBuilder<Builder, HttpTransport> {
        Builder() {
            super("TEST", null, "a test server");
        }

        @Override
        public HttpTransport build() {
            return new HttpTransport(settings(), AuthScheme.bearer(), (body, error) -> { }, "test");
        }
    }

    @BeforeEach
    void start() throws Exception {
        server.start();
        transport = new Builder().apiKey("test-key").baseUrl(server.url("/api").toString()).build();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void aFetchBoundToAClosedListingSendsNoRequest() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> cancellation.runBound(
                () -> transport.get("leads", new QueryParams(), body -> "read")));

        assertThat(e).hasMessageContaining("was cancelled");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRetryIsNotSentOnceTheListingIsClosed() {
        Cancellation cancellation = new Cancellation();
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        Builder builder = new Builder().apiKey("test-key").baseUrl(server.url("/api").toString())
                .sleeper(wait -> cancellation.cancel()); // the listing is closed while the retry waits
        try (HttpTransport closing = builder.build()) {
            ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> cancellation.runBound(
                    () -> closing.get("leads", new QueryParams(), body -> "read")));

            assertThat(e).hasMessageContaining("was cancelled");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
