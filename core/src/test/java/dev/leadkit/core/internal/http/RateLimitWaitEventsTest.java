package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.internal.dialect.TestVendor;
import dev.leadkit.core.internal.dialect.TestVendor.Client;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
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

    @Test
    void aRequestWaitingForAnotherOnesAnswerIsToldOnce() throws Exception {
        // the client's first request goes alone: the second waits for its answer, which takes half a second
        server.enqueue(new MockResponse.Builder().headersDelay(500, TimeUnit.MILLISECONDS)
                .addHeader("Content-Type", "application/json").body("{\"data\":[],\"pages\":1}").build());
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json").body("{\"data\":[],\"pages\":1}").build());
        List<LeadkitListener.RateLimitWait> waits = new CopyOnWriteArrayList<>();
        try (Client client = Client.builder().apiKey("key-1").baseUrl(server.url("/api").toString())
                .listener(new LeadkitListener() {
                    @Override
                    public void rateLimitWait(RateLimitWait wait) {
                        waits.add(wait);
                    }
                }).build()) {
            CompletableFuture<?> first = CompletableFuture.runAsync(() -> client.leads().list(TestVendor.Query.all()).page(1));
            assertThat(server.takeRequest(5, TimeUnit.SECONDS)).as("the first request, in flight").isNotNull();

            client.leads().list(TestVendor.Query.all()).page(2);
            first.get(5, TimeUnit.SECONDS);
        }

        assertThat(waits).singleElement().satisfies(wait -> {
            assertThat(wait.reason()).isEqualTo("the first request is learning the vendor's rate limit");
            assertThat(wait.delay()).isEqualTo(RatePacer.PROBE_POLL);
            assertThat(wait.request()).isEqualTo("GET /api/leads?page=2");
        });
    }
}
