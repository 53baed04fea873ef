package dev.leadkit.autocalls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutocallsListingTest {

    private MockAutocalls mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockAutocalls();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.toList());
    }

    @Test
    void threePageListingYieldsEveryLeadOnceInOrder() throws Exception {
        for (int page = 1; page <= 3; page++) {
            mock.enqueuePage(page, 2, 5);
        }
        AutocallsLeadQuery query = AutocallsLeadQuery.builder()
                .status(AutocallsLeadStatus.COMPLETED)
                .campaignId(42)
                .phoneNumber("+1415")
                .dateFrom(LocalDate.of(2025, 6, 1))
                .dateTo(LocalDate.of(2025, 6, 30))
                .perPage(2)
                .build();

        List<String> ids = mock.client.leads().list(query).stream().map(AutocallsLead::id).collect(Collectors.toList());

        assertThat(ids).containsExactlyElementsOf(ids(1, 5));
        String filters = "status=completed&campaign_id=42&phone_number=%2B1415&date_from=2025-06-01&date_to=2025-06-30&per_page=2";
        for (int page = 1; page <= 3; page++) {
            RecordedRequest request = mock.server.takeRequest();
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getTarget()).isEqualTo("/api/user/leads?" + filters + "&page=" + page);
        }
        assertThat(mock.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void pagesDecodedAsTheyStreamInLeaveTheConnectionReusable() throws Exception {
        for (int page = 1; page <= 3; page++) {
            mock.enqueuePage(page, 2, 6);
        }

        assertThat(mock.client.leads().list(AutocallsLeadQuery.builder().perPage(2).build()).stream().count()).isEqualTo(6);

        for (int page = 1; page <= 3; page++) {
            assertThat(mock.server.takeRequest().getConnectionIndex()).as("page %d", page).isZero();
        }
    }

    @Test
    void requestsCarryBearerKeyVerbatimJsonAcceptAndUserAgent() throws Exception {
        mock.enqueuePage(1, 15, 1);

        mock.client.leads().list().stream().count();

        RecordedRequest request = mock.server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockAutocalls.API_KEY);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("User-Agent")).matches("leadkit-java/\\S+ \\(autocalls; Java \\d+\\)");
    }

    @Test
    void callersUserAgentComesBeforeLeadkits() throws Exception {
        mock.enqueuePage(1, 15, 1);
        try (AutocallsClient client = mock.builder().userAgent("acme-sync/2.1").build()) {
            client.leads().list().stream().count();
        }

        assertThat(mock.server.takeRequest().getHeaders().get("User-Agent")).startsWith("acme-sync/2.1 leadkit-java/");
    }

    @Test
    void nothingIsRequestedUntilIterationStarts() {
        mock.client.leads().list();

        assertThat(mock.server.getRequestCount()).isZero();
    }

    @Test
    void takingFiveOfTenThousandLeadsMakesExactlyOneRequest() throws Exception {
        mock.enqueuePage(1, 100, 10_000);
        mock.enqueuePage(2, 100, 10_000);

        List<AutocallsLead> five = mock.client.leads().list(AutocallsLeadQuery.builder().perPage(100).build())
                .stream().limit(5).collect(Collectors.toList());

        assertThat(five).extracting(AutocallsLead::id).containsExactlyElementsOf(ids(1, 5));
        assertThat(mock.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void iteratorFetchesTheNextPageOnlyWhenThePreviousIsConsumed() {
        mock.enqueuePage(1, 2, 4);
        mock.enqueuePage(2, 2, 4);
        var iterator = mock.client.leads().list().iterator();

        iterator.next();
        iterator.next();
        assertThat(mock.server.getRequestCount()).isEqualTo(1);
        iterator.next();
        assertThat(mock.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void lastPageEndsTheListingWithoutAnotherRequest() {
        mock.enqueuePage(1, 2, 4);
        mock.enqueuePage(2, 2, 4);

        assertThat(mock.client.leads().list()).hasSize(4);
        assertThat(mock.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void startingAtResumesFromThatPage() throws Exception {
        mock.enqueuePage(7, 2, 16);
        mock.enqueuePage(8, 2, 16);

        List<String> ids = mock.client.leads().list().startingAt(7).stream().map(AutocallsLead::id)
                .collect(Collectors.toList());

        assertThat(ids).containsExactlyElementsOf(ids(13, 16));
        assertThat(mock.server.takeRequest().getTarget()).isEqualTo("/api/user/leads?per_page=100&page=7");
        assertThat(mock.server.takeRequest().getTarget()).isEqualTo("/api/user/leads?per_page=100&page=8");
    }

    @Test
    void pageExposesTheVendorsTotals() throws Exception {
        mock.enqueueJson(200, Fixtures.vendorExample("autocalls-list-leads.json"));

        Page<AutocallsLead> page = mock.client.leads().list().page(1);

        assertThat(page.totalItems()).hasValue(150);
        assertThat(page.totalPages()).hasValue(10);
        assertThat(mock.server.takeRequest().getTarget()).isEqualTo("/api/user/leads?per_page=100&page=1");
    }

    @Test
    void pagesStreamsPageByPage() {
        for (int page = 1; page <= 3; page++) {
            mock.enqueuePage(page, 2, 6);
        }

        List<Integer> sizes = mock.client.leads().list().pages().map(p -> p.items().size()).collect(Collectors.toList());

        assertThat(sizes).containsExactly(2, 2, 2);
    }

    @Test
    void emptyPageInTheMiddleDoesNotEndTheListing() {
        mock.enqueuePage(1, 2, 6);
        mock.enqueueJson(200, "{\"current_page\":2,\"data\":[],\"last_page\":3,\"total\":6}");
        mock.enqueuePage(3, 2, 6);

        List<String> ids = mock.client.leads().list().stream().map(AutocallsLead::id).collect(Collectors.toList());

        assertThat(ids).containsExactly("1", "2", "5", "6");
        assertThat(mock.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void serverPageUrlsAreNeverFollowed() throws Exception {
        mock.enqueueJson(200, "{\"current_page\":1,\"data\":[],\"last_page\":2,\"total\":2,"
                + "\"next_page_url\":\"https://evil.example/api/user/leads?page=2\"}");
        mock.enqueuePage(2, 1, 2);

        mock.client.leads().list(AutocallsLeadQuery.builder().perPage(1).build()).stream().count();

        mock.server.takeRequest();
        assertThat(mock.server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo("/api/user/leads?per_page=1&page=2");
    }

    @Test
    void sondosBareArrayIsTheWholeListingInOneRequest() {
        try (AutocallsClient sondos = mock.builder().build()) {
            mock.enqueueJson(200, Fixtures.vendorExample("sondos-list-leads.json"));

            assertThat(sondos.leads().list()).extracting(AutocallsLead::phoneNumber).containsExactly("+1234567890");
            assertThat(mock.server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void prefetchYieldsTheSameLeadsInTheSameOrder() {
        mock.servePages(3, 15);

        List<String> ids = mock.client.leads().list().prefetch(3).stream().map(AutocallsLead::id)
                .collect(Collectors.toList());

        assertThat(ids).containsExactlyElementsOf(ids(1, 15));
        assertThat(mock.server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void prefetchOfEightRunsEightRequestsToOneHostAtOnce() {
        // OkHttp's dispatcher would hold asynchronous calls to 5 per host; leadkit's are synchronous calls on
        // its own threads, which the dispatcher does not limit. Pages 2 to 9 are each held until all 8 are in.
        CountDownLatch allEightIn = new CountDownLatch(8);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        mock.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int page = Integer.parseInt(request.getUrl().queryParameter("page"));
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                if (page >= 2 && page <= 9) {
                    allEightIn.countDown();
                    allEightIn.await(5, TimeUnit.SECONDS);
                }
                inFlight.decrementAndGet();
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(Fixtures.paginatorPage(page, 1, 10)).build();
            }
        });

        List<String> ids = mock.client.leads().list(AutocallsLeadQuery.builder().perPage(1).build()).prefetch(8)
                .stream().map(AutocallsLead::id).collect(Collectors.toList());

        assertThat(ids).containsExactlyElementsOf(ids(1, 10));
        assertThat(mostInFlight).hasValue(8);
    }

    @Test
    void prefetchOfEightOverHttp1ReusesItsEightConnectionsPageAfterPage() {
        // OkHttp's default pool keeps 5 idle connections: a window of 8 would close 3 and open 3 new ones,
        // each a TLS handshake against a real vendor, on every turn of the window
        Set<Integer> connections = ConcurrentHashMap.newKeySet();
        mock.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                connections.add(request.getConnectionIndex());
                int page = Integer.parseInt(request.getUrl().queryParameter("page"));
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .headersDelay(5, TimeUnit.MILLISECONDS).body(Fixtures.paginatorPage(page, 1, 60)).build();
            }
        });

        long leads = mock.client.leads().list(AutocallsLeadQuery.builder().perPage(1).build()).prefetch(8).stream().count();

        assertThat(leads).isEqualTo(60);
        assertThat(connections).as("connections opened for 60 pages").hasSizeLessThanOrEqualTo(8);
    }

    /** Pages of one lead out of 100; page 1 at once, later ones held until {@code release} (10 s at most). */
    private void holdPagesAfterTheFirst(CountDownLatch arrived, CountDownLatch release) {
        mock.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int page = Integer.parseInt(request.getUrl().queryParameter("page"));
                if (page > 1) {
                    arrived.countDown();
                    release.await(10, TimeUnit.SECONDS);
                }
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(Fixtures.paginatorPage(page, 1, 100)).build();
            }
        });
    }

    @Test
    void closingAPrefetchingStreamCancelsTheRequestsInFlightAndSendsNoMore() throws Exception {
        // page 1 tells the total; pages 2 to 4 would take ten seconds each, long past the close
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch threePagesIn = new CountDownLatch(3);
        holdPagesAfterTheFirst(threePagesIn, release);
        List<Call> cancelled = new CopyOnWriteArrayList<>();
        OkHttpClient listening = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                cancelled.add(call);
            }
        }).build();

        try (AutocallsClient client = mock.builder().httpClient(listening).build()) {
            try (Stream<AutocallsLead> leads = client.leads().list(AutocallsLeadQuery.builder().perPage(1).build())
                    .prefetch(3).stream()) {
                assertThat(leads.iterator().next().id()).isEqualTo("1");
                assertThat(threePagesIn.await(5, TimeUnit.SECONDS)).as("pages 2 to 4 reached the server").isTrue();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (cancelled.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThat(cancelled).as("calls cancelled by close()").hasSize(3);
            assertThat(cancelled).extracting(call -> call.request().url().queryParameter("page"))
                    .containsExactlyInAnyOrder("2", "3", "4");
        } finally {
            release.countDown();
        }
        Thread.sleep(100);
        assertThat(mock.server.getRequestCount()).as("no request after close").isEqualTo(4);
    }

    @Test
    void aPrefetchingStreamCutShortByLimitCancelsEveryCallItStartedWithoutBeingClosed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch threePagesIn = new CountDownLatch(3);
        holdPagesAfterTheFirst(threePagesIn, release); // pages 2 on would take ten seconds
        List<Call> started = new CopyOnWriteArrayList<>();
        List<Call> cancelled = new CopyOnWriteArrayList<>();
        OkHttpClient listening = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void callStart(Call call) {
                started.add(call);
            }

            @Override
            public void canceled(Call call) {
                cancelled.add(call);
            }
        }).build();

        try (AutocallsClient client = mock.builder().httpClient(listening).build()) {
            List<String> first = client.leads().list(AutocallsLeadQuery.builder().perPage(1).build()).prefetch(3)
                    .stream().map(lead -> {
                        // the first lead is handed on, and the short-circuit comes, once pages 2 to 4 are in flight
                        awaitPagesIn(threePagesIn);
                        return lead.id();
                    }).limit(1).collect(Collectors.toList()); // never closed
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (cancelled.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThat(first).containsExactly("1");
            assertThat(started).as("page 1 and the window of 3").hasSize(4);
            assertThat(cancelled).as("every call after page 1's was cancelled")
                    .extracting(call -> call.request().url().queryParameter("page"))
                    .containsExactlyInAnyOrder("2", "3", "4");
        } finally {
            release.countDown();
        }
    }

    private static void awaitPagesIn(CountDownLatch pagesIn) {
        try {
            assertThat(pagesIn.await(5, TimeUnit.SECONDS)).as("pages 2 to 4 reached the server").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void phoneFilterWithReservedCharactersReachesTheServerUnchanged() throws Exception {
        String phone = "+1 (415) & #5=ü%[x]";
        mock.enqueuePage(1, 15, 0);

        mock.client.leads().list(AutocallsLeadQuery.builder().phoneNumber(phone).build()).stream().count();

        RecordedRequest request = mock.server.takeRequest();
        assertThat(request.getUrl().queryParameter("phone_number")).isEqualTo(phone);
        assertThat(request.getUrl().querySize()).isEqualTo(3);
    }
}
