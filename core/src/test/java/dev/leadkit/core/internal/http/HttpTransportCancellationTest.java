package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page fetch whose listing was closed sends nothing more: not its first call, not a retry. */
class HttpTransportCancellationTest {

    private final MockWebServer server = new MockWebServer();
    private HttpTransport transport;

    /** The smallest client: core's builder, nothing of any dialect. */
    private static final class Builder extends ClientBuilder<Builder, HttpTransport> {
        private final ErrorBodyReader errorReader;

        Builder() {
            this((body, error) -> { });
        }

        Builder(ErrorBodyReader errorReader) {
            super("TEST", null, "a test server");
            this.errorReader = errorReader;
        }

        @Override
        public HttpTransport build() {
            return new HttpTransport(settings(), AuthScheme.bearer(), errorReader, "test");
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
    void aCallCancelledInFlightSaysItWasCancelledRatherThanThatItFailed() {
        Cancellation cancellation = new Cancellation();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                cancellation.cancel(); // the listing is closed while its page is on the way
                return new MockResponse.Builder().code(200).body("{}").build();
            }
        });
        Builder builder = new Builder().apiKey("test-key").baseUrl(server.url("/api").toString()).maxRetries(0);
        try (HttpTransport lastAttempt = builder.build()) {
            ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> cancellation.runBound(
                    () -> lastAttempt.get("leads", new QueryParams(), body -> new String(body.readAllBytes()))));

            assertThat(e).hasMessageContaining("was cancelled").hasMessageNotContaining("failed after");
        }
    }

    @Test
    void noRetryIsWaitedForNorSentOnceTheListingIsClosed() {
        Cancellation cancellation = new Cancellation();
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Content-Type", "application/json").body("{}").build());
        List<Duration> waits = new CopyOnWriteArrayList<>();
        // the listing is closed once the 503 has come, while the transport reads it: before the wait to retry
        Builder builder = new Builder((body, error) -> cancellation.cancel())
                .apiKey("test-key").baseUrl(server.url("/api").toString()).sleeper(waits::add);
        try (HttpTransport closing = builder.build()) {
            ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> cancellation.runBound(
                    () -> closing.get("leads", new QueryParams(), body -> "read")));

            assertThat(e).hasMessageContaining("was cancelled");
        }
        assertThat(waits).as("retry waits").isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
