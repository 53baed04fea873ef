package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.ServerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PagedIterable.publisher()} keeps leadkit's promises over real HTTP: the real Autocalls client against
 * an {@link AutocallsSandbox} listing two leads a page, the sandbox's request log telling which pages were
 * fetched. Latches and timeouts are only a safety net against a hang; where a test checks that something does
 * not happen, it first leaves {@link #QUIET} for a wrong request or signal to show up (a page answers in about
 * 50 ms here).
 */
class PublisherTest {

    private static final long QUIET = 400;
    private static final long SAFETY_NET_SECONDS = 10;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private AutocallsSandbox sandbox(int leads) {
        AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(leads).start();
        opened.add(sandbox);
        return sandbox;
    }

    private AutocallsClient client(AutocallsSandbox sandbox, Consumer<ClientBuilder<AutocallsClient>> settings) {
        ClientBuilder<AutocallsClient> builder = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())
                .sleeper(wait -> { });
        settings.accept(builder);
        AutocallsClient client = builder.build();
        opened.add(client);
        return client;
    }

    /** The sandbox's leads, two a page. */
    private PagedIterable<AutocallsLead> listing(AutocallsSandbox sandbox) {
        return listing(sandbox, builder -> { });
    }

    private PagedIterable<AutocallsLead> listing(AutocallsSandbox sandbox, Consumer<ClientBuilder<AutocallsClient>> settings) {
        return client(sandbox, settings).leads().list(AutocallsLeadQuery.builder().perPage(2).build());
    }

    private static List<String> pagesRequested(AutocallsSandbox sandbox) {
        return sandbox.requests().stream().map(request -> request.query("page").orElse("?")).collect(Collectors.toList());
    }

    private static List<String> ids(AutocallsSandbox sandbox, int from, int to) {
        return sandbox.leads().subList(from, to).stream().map(lead -> Long.toString(lead.id())).collect(Collectors.toList());
    }

    private static void quiet() throws InterruptedException {
        Thread.sleep(QUIET);
    }

    private static void awaitRequests(AutocallsSandbox sandbox, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SAFETY_NET_SECONDS);
        while (sandbox.requests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sandbox.requests()).as("requests the sandbox received").hasSizeGreaterThanOrEqualTo(count);
    }

    /** Records every signal in order: lead ids, "complete", "error". */
    private static class Recorder implements Flow.Subscriber<AutocallsLead> {
        final List<String> signals = new CopyOnWriteArrayList<>();
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final Semaphore items = new Semaphore(0);
        final CountDownLatch terminated = new CountDownLatch(1);
        volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(AutocallsLead lead) {
            signals.add(lead.id());
            threads.add(Thread.currentThread().getName());
            items.release();
        }

        @Override
        public void onError(Throwable failure) {
            signals.add("error");
            errors.add(failure);
            terminated.countDown();
        }

        @Override
        public void onComplete() {
            signals.add("complete");
            terminated.countDown();
        }

        Recorder subscribeTo(PagedIterable<AutocallsLead> listing) {
            listing.publisher().subscribe(this);
            assertThat(subscription).as("onSubscribe, during subscribe").isNotNull();
            return this;
        }

        void request(long n) {
            subscription.request(n);
        }

        void awaitItems(int count) throws InterruptedException {
            assertThat(items.tryAcquire(count, SAFETY_NET_SECONDS, TimeUnit.SECONDS)).as("%d items arrived", count).isTrue();
            items.release(count);
        }

        void awaitTermination() throws InterruptedException {
            assertThat(terminated.await(SAFETY_NET_SECONDS, TimeUnit.SECONDS)).as("onComplete or onError arrived").isTrue();
        }
    }

    @Test
    void nothingIsRequestedBeforeTheFirstRequest() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        quiet();
        assertThat(sandbox.requests()).as("requests before request(n)").isEmpty();

        subscriber.request(1);
        subscriber.awaitItems(1);
        assertThat(pagesRequested(sandbox)).containsExactly("1");
    }

    @Test
    void requestOfOneOnAThreePageListingFetchesOnlyPageOne() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        subscriber.request(1);
        subscriber.awaitItems(1);
        quiet();

        assertThat(pagesRequested(sandbox)).containsExactly("1");
        assertThat(subscriber.signals).containsExactlyElementsOf(ids(sandbox, 0, 1));
    }

    @Test
    void theNextPageIsFetchedOnlyWhenDemandRemainsAfterThePageWasDelivered() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        subscriber.request(2); // exactly page 1
        subscriber.awaitItems(2);
        quiet();

        assertThat(pagesRequested(sandbox)).containsExactly("1");
    }

    @Test
    void demandSpanningPagesFetchesThemInOrder() throws Exception {
        AutocallsSandbox sandbox = sandbox(8);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        subscriber.request(5);
        subscriber.awaitItems(5);

        assertThat(subscriber.signals).containsExactlyElementsOf(ids(sandbox, 0, 5));
        assertThat(pagesRequested(sandbox)).containsExactly("1", "2", "3");
    }

    @Test
    void withPrefetchFourNoMoreThanFourPagesAreRequestedAheadOfTheDemand() throws Exception {
        AutocallsSandbox sandbox = sandbox(40); // 20 pages
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox).prefetch(4));

        subscriber.request(1);
        subscriber.awaitItems(1);
        awaitRequests(sandbox, 5); // page 1 and the window
        quiet();

        assertThat(pagesRequested(sandbox)).containsExactlyInAnyOrder("1", "2", "3", "4", "5");
    }

    @Test
    void cancelMidListingCancelsTheRequestInFlight() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        sandbox.faults().onRequest(2, Fault.delay(Duration.ofSeconds(30))); // page 2 would take 30 s
        CancelledCalls calls = new CancelledCalls();
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox, client -> client.httpClient(calls.client())));

        subscriber.request(3);
        subscriber.awaitItems(2);
        awaitRequests(sandbox, 2); // page 2 is at the sandbox
        subscriber.subscription.cancel();

        assertThat(calls.pagesOnceOneIsCancelled(SAFETY_NET_SECONDS)).containsExactly("2");
    }

    @Test
    void cancelMidListingSendsNoFurtherRequest() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        sandbox.faults().onRequest(2, Fault.delay(Duration.ofSeconds(1))); // a publisher going on would ask page 3 after
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        subscriber.request(Long.MAX_VALUE);
        awaitRequests(sandbox, 2); // page 2 in flight
        subscriber.subscription.cancel();
        Thread.sleep(1_000); // page 2 would have arrived by now
        quiet();

        assertThat(pagesRequested(sandbox)).containsExactly("1", "2");
    }

    @Test
    void noSignalFollowsACancelFromOnNext() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        Recorder subscriber = new Recorder() {
            @Override
            public void onNext(AutocallsLead lead) {
                super.onNext(lead);
                subscription.cancel();
            }
        }.subscribeTo(listing(sandbox));

        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitItems(1);
        quiet();

        assertThat(subscriber.signals).containsExactlyElementsOf(ids(sandbox, 0, 1));
    }

    @ParameterizedTest(name = "prefetch {0}")
    @ValueSource(ints = {0, 1}) // prefetch(1): one page ahead, so the sandbox's request #3 is page 3
    void anErrorOnPageThreeArrivesAfterEveryItemOfPagesOneAndTwoTypedAndNamingPageThree(int prefetch) throws Exception {
        AutocallsSandbox sandbox = sandbox(10);
        sandbox.faults().onRequest(3, Fault.status(503));
        PagedIterable<AutocallsLead> listing = listing(sandbox, client -> client.maxRetries(0));
        Recorder subscriber = new Recorder().subscribeTo(prefetch == 0 ? listing : listing.prefetch(prefetch));

        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitTermination();

        List<String> expected = new ArrayList<>(ids(sandbox, 0, 4));
        expected.add("error");
        assertThat(subscriber.signals).containsExactlyElementsOf(expected);
        assertThat(subscriber.errors.get(0)).isInstanceOf(ServerException.class);
        assertThat(((LeadkitException) subscriber.errors.get(0)).page()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aFirstRequestThatFailsIsAnOnErrorNamingPageOne() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox, client -> client.apiKey("1|wrong-key")));

        subscriber.request(1);
        subscriber.awaitTermination();

        assertThat(subscriber.signals).containsExactly("error");
        assertThat(subscriber.errors.get(0)).isInstanceOf(AuthenticationException.class);
        assertThat(((LeadkitException) subscriber.errors.get(0)).page()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void aListingOfAClosedClientIsAnOnErrorAtSubscribeWithoutAnyRequest() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        AutocallsClient client = client(sandbox, builder -> { });
        PagedIterable<AutocallsLead> listing = client.leads().list(AutocallsLeadQuery.builder().perPage(2).build());
        client.close();

        Recorder subscriber = new Recorder().subscribeTo(listing);

        subscriber.awaitTermination();
        assertThat(subscriber.signals).containsExactly("error");
        assertThat(subscriber.errors.get(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void onCompleteIsSignalledOnceAfterTheLastItem() throws Exception {
        AutocallsSandbox sandbox = sandbox(5);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitTermination();
        subscriber.request(10);
        quiet();

        List<String> expected = new ArrayList<>(ids(sandbox, 0, 5));
        expected.add("complete");
        assertThat(subscriber.signals).containsExactlyElementsOf(expected);
        assertThat(pagesRequested(sandbox)).containsExactly("1", "2", "3");
    }

    @Test
    void onCompleteNeedsNoDemandBeyondTheLastItem() throws Exception {
        AutocallsSandbox sandbox = sandbox(4);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        subscriber.request(4);
        subscriber.awaitTermination();

        assertThat(subscriber.signals).endsWith("complete").hasSize(5);
    }

    @Test
    void requestReturnsWhileThePageIsStillBeingFetched() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        sandbox.faults().onRequest(1, Fault.delay(Duration.ofSeconds(30)));
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        subscriber.request(1);

        assertThat(subscriber.signals).as("signals when request(1) returned").isEmpty();
        subscriber.subscription.cancel();
    }

    @Test
    void itemsAreDeliveredOnLeadkitPagerThreads() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox));

        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitTermination();

        assertThat(subscriber.threads).hasSize(6).allSatisfy(name -> assertThat(name).startsWith("leadkit-pager-"));
    }

    private static final String SUBSCRIBERS_BUG = "the subscriber's bug";

    /** Subscribes a subscriber whose onNext throws after recording the item. */
    private static Recorder throwingFromOnNext(PagedIterable<AutocallsLead> listing) {
        return new Recorder() {
            @Override
            public void onNext(AutocallsLead lead) {
                super.onNext(lead);
                throw new IllegalStateException(SUBSCRIBERS_BUG);
            }
        }.subscribeTo(listing);
    }

    @Test
    @ResourceLock("java.util.logging:dev.leadkit") // it logs a WARNING on dev.leadkit.paging
    void aSubscriberThatThrowsFromOnNextIsCancelled() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        Recorder subscriber = throwingFromOnNext(listing(sandbox));

        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitItems(1);
        quiet();

        assertThat(subscriber.signals).containsExactlyElementsOf(ids(sandbox, 0, 1));
        assertThat(pagesRequested(sandbox)).containsExactly("1");
    }

    @Test
    @ResourceLock("java.util.logging:dev.leadkit")
    void aSubscriberThatThrowsFromOnNextIsReportedAsAWarningOnThePagingLogger() throws Exception {
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        CountDownLatch logged = new CountDownLatch(1);
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // this subscriber's only: other test classes log their drifting listings here at the same time
                if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getThrown() != null
                        && SUBSCRIBERS_BUG.equals(record.getThrown().getMessage())) {
                    warnings.add(record);
                    logged.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger paging = Logger.getLogger("dev.leadkit.paging");
        paging.addHandler(capture);
        try {
            AutocallsSandbox sandbox = sandbox(6);
            throwingFromOnNext(listing(sandbox)).request(1);

            assertThat(logged.await(SAFETY_NET_SECONDS, TimeUnit.SECONDS)).as("a warning was logged").isTrue();
            assertThat(warnings).singleElement().satisfies(record -> {
                assertThat(record.getMessage()).contains("threw from onNext", "cancelled", "rule 2.13");
                assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class);
            });
        } finally {
            paging.removeHandler(capture);
        }
    }

    @Test
    void eachSubscribeStartsAFreshWalkFromTheFirstPage() throws Exception {
        AutocallsSandbox sandbox = sandbox(4);
        PagedIterable<AutocallsLead> listing = listing(sandbox);
        Recorder first = new Recorder().subscribeTo(listing);
        first.request(Long.MAX_VALUE);
        first.awaitTermination();

        Recorder second = new Recorder().subscribeTo(listing);
        second.request(Long.MAX_VALUE);
        second.awaitTermination();

        assertThat(second.signals).isEqualTo(first.signals).hasSize(5);
        assertThat(pagesRequested(sandbox)).containsExactly("1", "2", "1", "2");
    }

    @Test
    void startingAtIsHonoured() throws Exception {
        AutocallsSandbox sandbox = sandbox(6);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox).startingAt(2));

        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitTermination();

        List<String> expected = new ArrayList<>(ids(sandbox, 2, 6));
        expected.add("complete");
        assertThat(subscriber.signals).containsExactlyElementsOf(expected);
        assertThat(pagesRequested(sandbox)).containsExactly("2", "3");
    }

    @Test
    void distinctByIdIsHonoured() throws Exception {
        List<AutocallsSandboxLead> generated = AutocallsGenerator.generate(3, 1);
        // pages [1, 2] [2, 3]: lead 2 shifted across the page boundary
        AutocallsSandbox sandbox = AutocallsSandbox.builder()
                .leads(List.of(generated.get(0), generated.get(1), generated.get(1), generated.get(2))).start();
        opened.add(sandbox);
        Recorder subscriber = new Recorder().subscribeTo(listing(sandbox).distinctById());

        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitTermination();

        assertThat(subscriber.signals).containsExactly("1", "2", "3", "complete");
    }
}
