package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.internal.dialect.TestVendor;
import dev.leadkit.core.internal.dialect.TestVendor.Client;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the listener hears of a request that waits on the client's rate pacer, over HTTP. */
class RateLimitWaitEventsTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A clock the test moves by hand. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aRequestWaitingForAnotherOnesAnswerIsToldOnceItComesWithHowLongItWaited() throws Exception {
        // the client's first request goes alone: the second waits for its answer, which the test holds back
        CountDownLatch answerFirst = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if ("1".equals(request.getUrl().queryParameter("page"))) {
                    answerFirst.await(10, TimeUnit.SECONDS);
                }
                return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                        .body("{\"data\":[],\"pages\":1}").build();
            }
        });
        MovingClock clock = new MovingClock();
        List<LeadkitListener.RateLimitWait> waits = new CopyOnWriteArrayList<>();
        try (Client client = Client.builder().apiKey("key-1").baseUrl(server.url("/api").toString()).clock(clock)
                .listener(new LeadkitListener() {
                    @Override
                    public void rateLimitWait(RateLimitWait wait) {
                        waits.add(wait);
                    }
                }).build()) {
            CompletableFuture<?> first = CompletableFuture.runAsync(() -> client.leads().list(TestVendor.Query.all()).page(1));
            assertThat(server.takeRequest(5, TimeUnit.SECONDS)).as("the first request, in flight").isNotNull();
            Thread second = new Thread(() -> client.leads().list(TestVendor.Query.all()).page(2));
            second.start();
            while (second.getState() != Thread.State.WAITING) { // waiting for the first one's answer
                assertThat(second.isAlive()).as("the second request waits").isTrue();
                Thread.onSpinWait();
            }
            assertThat(waits).as("nothing told before the wait is over").isEmpty();

            clock.advance(Duration.ofSeconds(7));
            answerFirst.countDown();
            second.join(5_000);
            first.get(5, TimeUnit.SECONDS);
        }

        assertThat(waits).singleElement().satisfies(wait -> {
            assertThat(wait.reason()).isEqualTo("the first request is learning the vendor's rate limit");
            assertThat(wait.delay()).isEqualTo(Duration.ofSeconds(7));
            assertThat(wait.request()).isEqualTo("GET /api/leads?page=2");
        });
    }
}
