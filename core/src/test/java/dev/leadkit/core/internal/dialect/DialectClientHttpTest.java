package dev.leadkit.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ApiException;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.internal.dialect.TestVendor.Client;
import dev.leadkit.core.internal.dialect.TestVendor.TestLead;
import dev.leadkit.core.internal.paging.AsyncPages;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client of core's own dialect against a real HTTP server on loopback: what a request carries, and what a body may be. */
class DialectClientHttpTest {

    private static final String KEY = "12|abcDEF0123456789secret";
    private static final int CAP = 1024;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientBuilder<Client> builder() {
        return Client.builder().apiKey(KEY).baseUrl(server.url("/api").toString()).maxRetries(0);
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    /** A page body of exactly {@code size} bytes: a JSON page, then spaces. */
    private static String pageOfSize(int size) {
        String page = "{\"data\":[{\"id\":1}],\"has_more\":false}";
        return page + " ".repeat(size - page.length());
    }

    @Test
    void aPageIsRequestedAtTheDialectsPathWithItsParametersAndTheKeyAsBearer() throws Exception {
        server.enqueue(json("{\"data\":[{\"id\":7,\"name\":\"Ann\"}],\"has_more\":true,\"total\":3,\"pages\":2,\"page\":2}"));

        try (Client client = Client.builder().apiKey("  " + KEY + " ").baseUrl(server.url("/api").toString()).build()) {
            Page<TestLead> page = client.leads().list(TestVendor.Query.status("won & lost")).page(2);

            assertThat(page.items()).extracting(TestLead::id).containsExactly("7");
            assertThat(page.hasNext()).isTrue();
            assertThat(page.totalItems()).hasValue(3);
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/leads?filter[status]=won%20%26%20lost&page=2");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void listWithoutAQueryRequestsEverything() throws Exception {
        server.enqueue(json("{\"data\":[],\"pages\":1}"));

        try (Client client = builder().build()) {
            assertThat(client.leads().list().stream()).isEmpty();
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/leads?page=1");
    }

    @Test
    void listRejectsANullQuery() {
        try (Client client = builder().build()) {
            assertThatThrownBy(() -> client.leads().list(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("query must not be null");
        }
    }

    @Test
    void theUserAgentIsTheCallersTokenThenLeadkitsWithTheDialectsId() throws Exception {
        server.enqueue(json("{\"data\":[],\"pages\":1}"));

        try (Client client = builder().userAgent(" acme-sync/2.1 ").build()) {
            client.leads().list().page(1);
        }
        assertThat(server.takeRequest().getHeaders().get("User-Agent"))
                .matches("acme-sync/2\\.1 leadkit-java/\\S+ \\(test-vendor; Java " + Runtime.version().feature() + "\\)");
    }

    @Test
    void aHeaderSchemeSendsTheBareKeyInItsHeader() throws Exception {
        server.enqueue(json("[{\"id\":1}]"));

        try (Client client = Client.selfHosted().apiKey(KEY).baseUrl(server.url("/api").toString()).build()) {
            assertThat(client.leads().list().page(1).items()).hasSize(1);
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("X-API-KEY")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void timestampsWithoutAnOffsetAreReadInTheServerZone() {
        server.enqueue(json("{\"data\":[{\"id\":1,\"created\":\"2025-06-30 11:18:04\"}],\"pages\":1}"));

        try (Client client = builder().serverZone(ZoneId.of("Europe/Bucharest")).build()) {
            assertThat(client.leads().list().page(1).items().get(0).createdAt()).hasValue(Instant.parse("2025-06-30T08:18:04Z"));
        }
    }

    @Test
    void aSuccessStatusWhoseBodySaysFailedIsTheVendorsError() {
        server.enqueue(json("{\"success\":false,\"message\":\"quota spent\",\"code\":\"QUOTA\"}"));

        try (Client client = builder().build()) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> client.leads().list().page(1));

            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.vendorMessage()).hasValue("quota spent");
            assertThat(e.errorCode()).hasValue("QUOTA");
        }
    }

    @Test
    void anAnnouncedBodyOfExactlyTheCapIsRead() {
        server.enqueue(json(pageOfSize(CAP)));

        try (Client client = builder().maxResponseBytes(CAP).build()) {
            assertThat(client.leads().list().page(1).items()).hasSize(1);
        }
    }

    @Test
    void anAnnouncedBodyOneByteOverTheCapFailsBeforeItIsRead() {
        server.enqueue(json(pageOfSize(CAP + 1)));

        try (Client client = builder().maxResponseBytes(CAP).build()) {
            DecodingException e = catchThrowableOfType(DecodingException.class, () -> client.leads().list().page(1));

            assertThat(e).hasMessageStartingWith("GET /api/leads answered with a body larger than maxResponseBytes (1024 bytes)");
            assertThat(e.excerpt()).isEmpty();
            assertThat(e.page()).hasValue(1);
        }
    }

    @Test
    void aChunkedBodyOfExactlyTheCapIsRead() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").chunkedBody(pageOfSize(CAP), 100)
                .build());

        try (Client client = builder().maxResponseBytes(CAP).build()) {
            assertThat(client.leads().list().page(1).items()).hasSize(1);
        }
    }

    @Test
    void aChunkedBodyOneByteOverTheCapFailsOnceItGrowsPastIt() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody(pageOfSize(CAP + 1), 100).build());

        try (Client client = builder().maxResponseBytes(CAP).build()) {
            assertThatThrownBy(() -> client.leads().list().page(1)).isInstanceOf(DecodingException.class)
                    .hasMessageStartingWith("GET /api/leads answered with a body larger than maxResponseBytes (1024 bytes)");
        }
    }

    @Test
    void aBodyTheFormatCannotReadFailsWithAnExcerptAndTheKeyMasked() {
        server.enqueue(json("{\"data\":[{\"name\":\"" + KEY + "\"}],\"pages\":1}"));

        try (Client client = builder().build()) {
            DecodingException e = catchThrowableOfType(DecodingException.class, () -> client.leads().list().page(1));

            assertThat(e).hasMessageContaining("required field 'id' is missing").hasMessageNotContaining("abcDEF0123456789secret");
            assertThat(e.excerpt()).isEqualTo("{\"data\":[{\"name\":\"****\"}],\"pages\":1}");
        }
    }

    @Test
    void closingTheClientLeavesTheCallersOkHttpClientWorking() throws Exception {
        OkHttpClient mine = new OkHttpClient();
        server.enqueue(json("{\"data\":[],\"pages\":1}"));
        server.enqueue(new MockResponse.Builder().body("pong").build());

        try (Client client = builder().httpClient(mine).build()) {
            client.leads().list().page(1);
            assertThat(mine.connectionPool().idleConnectionCount()).as("the connection leadkit used, pooled").isEqualTo(1);
        }

        assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(mine.connectionPool().idleConnectionCount()).as("the pooled connection after close()").isEqualTo(1);
        try (Response response = mine.newCall(new Request.Builder().url(server.url("/ping")).build()).execute()) {
            assertThat(response.body().string()).isEqualTo("pong");
        }
        assertThat(server.takeRequest().getConnectionIndex()).isEqualTo(server.takeRequest().getConnectionIndex());
    }

    @Test
    void aClosedClientRefusesNewRequestsAndSendsNone() {
        Client client = builder().build();
        client.close();

        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOf(IllegalStateException.class).hasMessage("this client is closed: build a new one to send requests");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void eachPageIsTheQueryPlusItsNumber() throws Exception {
        server.enqueue(json("{\"data\":[{\"id\":1}],\"has_more\":true}"));
        server.enqueue(json("{\"data\":[{\"id\":2}],\"has_more\":false}"));

        try (Client client = builder().build()) {
            List<String> ids = client.leads().list(TestVendor.Query.status("new")).stream().map(TestLead::id).toList();

            assertThat(ids).containsExactly("1", "2");
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/leads?filter[status]=new&page=1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/leads?filter[status]=new&page=2");
    }

    @Test
    void threeHundredPageAsyncCallsOfOneClientSendAtMostSixtyFourRequestsOnAsManyThreadsAndAllAreAnswered()
            throws Exception {
        AtomicInteger arrived = new AtomicInteger();
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch sixtyFourHeld = new CountDownLatch(AsyncPages.MAX_CONCURRENT);
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                try {
                    if (arrived.getAndIncrement() > 0) { // the first answer tells the client it may send more at once
                        sixtyFourHeld.countDown();
                        release.await(30, TimeUnit.SECONDS);
                    }
                    return json("{\"data\":[{\"id\":1}],\"has_more\":false}");
                } finally {
                    atOnce.decrementAndGet();
                }
            }
        });

        // the threads inside a call of this client: other test classes run pageAsync fetches of their own meanwhile
        Set<Thread> calling = ConcurrentHashMap.newKeySet();
        OkHttpClient counting = new OkHttpClient.Builder().addInterceptor(chain -> {
            calling.add(Thread.currentThread());
            try {
                return chain.proceed(chain.request());
            } finally {
                calling.remove(Thread.currentThread());
            }
        }).build();

        try (Client client = builder().httpClient(counting).build()) {
            PagedIterable<TestLead> listing = client.leads().list();
            List<CompletableFuture<Page<TestLead>>> pages = new ArrayList<>();
            for (int page = 1; page <= 300; page++) {
                pages.add(listing.pageAsync(page));
            }
            assertThat(sixtyFourHeld.await(30, TimeUnit.SECONDS)).isTrue();
            int threadsFetching = calling.size();
            release.countDown();

            for (CompletableFuture<Page<TestLead>> page : pages) {
                assertThat(page.get(60, TimeUnit.SECONDS).items()).hasSize(1);
            }
            assertThat(threadsFetching).as("threads busy with a pageAsync fetch, the server holding 64")
                    .isEqualTo(AsyncPages.MAX_CONCURRENT);
        }
        assertThat(server.getRequestCount()).isEqualTo(300);
        assertThat(mostAtOnce.get()).isEqualTo(AsyncPages.MAX_CONCURRENT);
    }
}
