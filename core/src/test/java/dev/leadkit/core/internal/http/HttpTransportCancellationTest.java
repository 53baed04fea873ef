package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.Sleeper;
import dev.leadkit.core.internal.Events;
import dev.leadkit.core.internal.cancel.Cancellation;
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

    /** The smallest transport: settings as a builder would check them, nothing of any dialect. */
    private HttpTransport transport(int maxRetries, Sleeper sleeper, ErrorBodyReader errorReader) {
        ClientSettings settings = ImmutableClientSettings.builder().apiKey("test-key").baseUrl(server.url("/api"))
                .maxRetries(maxRetries).timeout(Duration.ofSeconds(5)).sleeper(sleeper).maxResponseBytes(1 << 20)
                .build();
        return new HttpTransport(settings, AuthScheme.bearer(), errorReader, Events.none(), "test");
    }

    @BeforeEach
    void start() throws Exception {
        server.start();
        transport = transport(3, wait -> { }, (body, error) -> { });
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

        ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> 
                transport.get("leads", new QueryParams(), body -> "read", cancellation));

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
        try (HttpTransport lastAttempt = transport(0, wait -> { }, (body, error) -> { })) {
            ConnectionException e = catchThrowableOfType(ConnectionException.class, () ->
                    lastAttempt.get("leads", new QueryParams(), body -> new String(body.readAllBytes()), cancellation));

            assertThat(e).hasMessageContaining("was cancelled").hasMessageNotContaining("failed after");
        }
    }

    @Test
    void noRetryIsWaitedForNorSentOnceTheListingIsClosed() {
        Cancellation cancellation = new Cancellation();
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Content-Type", "application/json").body("{}").build());
        List<Duration> waits = new CopyOnWriteArrayList<>();
        // the listing is closed once the 503 has come, while the transport reads it: before the wait to retry
        try (HttpTransport closing = transport(3, waits::add, (body, error) -> cancellation.cancel())) {
            ConnectionException e = catchThrowableOfType(ConnectionException.class, () ->
                    closing.get("leads", new QueryParams(), body -> "read", cancellation));

            assertThat(e).hasMessageContaining("was cancelled");
        }
        assertThat(waits).as("retry waits").isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
