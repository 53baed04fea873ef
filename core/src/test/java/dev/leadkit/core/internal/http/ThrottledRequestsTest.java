package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.internal.dialect.TestVendor;
import dev.leadkit.core.internal.dialect.TestVendor.Client;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How long a request waits out the vendor's 429s, over HTTP: {@value Verdicts.MAX_THROTTLED} in a row
 * while nothing of the client is answered, and on without end while other requests of the client are.
 */
class ThrottledRequestsTest {

    private static final String PAGE = "{\"data\":[],\"pages\":1}";

    private final MockWebServer server = new MockWebServer();
    /** The client's waits, each the least a 429 waits: a failure's backoff, though the vendor says 0. */
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(PAGE).build();
    }

    private static MockResponse tooManyAttempts() {
        return new MockResponse.Builder().code(429).addHeader("Retry-After", "0")
                .addHeader("Content-Type", "application/json").body("{\"message\":\"Too Many Attempts.\"}").build();
    }

    private Client client() {
        return Client.builder().apiKey("key-1").baseUrl(server.url("/api").toString()).sleeper(waits::add).build();
    }

    @Test
    void a429SayingRetryAfter0WaitsTheBackoffAFailureWould() {
        server.enqueue(tooManyAttempts());
        server.enqueue(ok());

        try (Client client = client()) {
            client.leads().list(TestVendor.Query.all()).page(1);
        }

        assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isBetween(
                RetryPolicy.INITIAL_BACKOFF.multipliedBy(3).dividedBy(4), RetryPolicy.INITIAL_BACKOFF));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRequestAnswered429TenTimesInARowWithNothingElseAnsweredFailsAtTheEleventh() {
        for (int i = 0; i <= Verdicts.MAX_THROTTLED; i++) {
            server.enqueue(tooManyAttempts());
        }
        server.enqueue(ok());

        try (Client client = client()) {
            RateLimitException e = catchThrowableOfType(RateLimitException.class,
                    () -> client.leads().list(TestVendor.Query.all()).page(1));

            assertThat(e.statusCode()).isEqualTo(429);
        }
        assertThat(server.getRequestCount()).isEqualTo(Verdicts.MAX_THROTTLED + 1);
    }

    @Test
    void aRequestOvertakenByTheClientsOtherRequestsWaitsOnWhileTheyAreAnswered() throws Exception {
        int overtaken = 3 * Verdicts.MAX_THROTTLED;
        Semaphore firstPageArrived = new Semaphore(0);
        Semaphore anotherAnswered = new Semaphore(0);
        AtomicInteger firstPageAsked = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (!"1".equals(request.getUrl().queryParameter("page")) || firstPageAsked.incrementAndGet() > overtaken) {
                    return ok();
                }
                // each time page 1 is asked for, another request of the client is answered before its 429
                firstPageArrived.release();
                anotherAnswered.tryAcquire(10, TimeUnit.SECONDS);
                return tooManyAttempts();
            }
        });

        try (Client client = client()) {
            client.leads().list(TestVendor.Query.all()).page(2); // the client's first answer: from now on, no probe
            CompletableFuture<?> first = CompletableFuture.runAsync(() -> client.leads().list(TestVendor.Query.all()).page(1));
            for (int i = 0; i < overtaken; i++) {
                assertThat(firstPageArrived.tryAcquire(10, TimeUnit.SECONDS)).as("page 1, attempt %d", i + 1).isTrue();
                client.leads().list(TestVendor.Query.all()).page(2);
                anotherAnswered.release();
            }

            first.get(10, TimeUnit.SECONDS);
        }
        assertThat(firstPageAsked).hasValue(overtaken + 1);
    }
}
