package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadClient;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.Sleeper;
import dev.leadkit.orgleads.OrgLeadQuery;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading at the vendor's rate limit: every dialect's client against its sandbox throttled to fewer requests
 * a window than a prefetching listing would send at once. Time moves only when the client waits: the client's
 * sleeper advances the clock the sandbox reads, so a minute's window passes at once and each wait the client
 * chose is recorded.
 */
class RateLimitPacingTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int BUDGET = 4;
    private static final int LEADS = 300;
    private static final int PAGE_SIZE = 10;
    private static final Duration REAL_WAITS_BELOW = Duration.ofMillis(100);

    private final ManualClock clock = ManualClock.at(START);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        Collections.reverse(opened);
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    /** One vendor: a throttled sandbox and a client of it whose waits move the sandbox's clock. */
    private abstract static class Vendor {
        final String name;
        final boolean sendsRateLimitHeaders;

        Vendor(String name, boolean sendsRateLimitHeaders) {
            this.name = name;
            this.sendsRateLimitHeaders = sendsRateLimitHeaders;
        }

        abstract Sandbox sandbox(Clock clock, int leads, int budget, Duration window);

        Sandbox sandbox(Clock clock, int budget, Duration window) {
            return sandbox(clock, LEADS, budget, window);
        }

        abstract LeadClient<?, ?> client(Sandbox sandbox, Function<ClientBuilder<?>, ClientBuilder<?>> settings);

        abstract PagedIterable<? extends Lead> listing(LeadClient<?, ?> client);

        abstract List<String> expectedIds(Sandbox sandbox);

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vendor> vendors() {
        return Stream.of(
                new Vendor("Autocalls", true) {
                    Sandbox sandbox(Clock clock, int leads, int budget, Duration window) {
                        return AutocallsSandbox.builder().leads(leads).throttle(budget, window).clock(clock).start();
                    }

                    LeadClient<?, ?> client(Sandbox sandbox, Function<ClientBuilder<?>, ClientBuilder<?>> settings) {
                        return (LeadClient<?, ?>) settings.apply(AutocallsClient.builder().apiKey(sandbox.apiKey())
                                .baseUrl(sandbox.baseUrl())).build();
                    }

                    PagedIterable<? extends Lead> listing(LeadClient<?, ?> client) {
                        return ((AutocallsClient) client).leads().list(AutocallsLeadQuery.builder().perPage(PAGE_SIZE).build());
                    }

                    List<String> expectedIds(Sandbox sandbox) {
                        return ((AutocallsSandbox) sandbox).leads().stream().map(lead -> Long.toString(lead.id())).toList();
                    }
                },
                new Vendor("Nexus ERP", false) {
                    Sandbox sandbox(Clock clock, int leads, int budget, Duration window) {
                        return OrgLeadsSandbox.builder().leads(leads).throttle(budget, window).clock(clock).start();
                    }

                    LeadClient<?, ?> client(Sandbox sandbox, Function<ClientBuilder<?>, ClientBuilder<?>> settings) {
                        return (LeadClient<?, ?>) settings.apply(OrgLeadsClient.builder().apiKey(sandbox.apiKey())
                                .baseUrl(sandbox.baseUrl())).build();
                    }

                    PagedIterable<? extends Lead> listing(LeadClient<?, ?> client) {
                        return ((OrgLeadsClient) client).leads().list(OrgLeadQuery.builder().pageSize(PAGE_SIZE).build());
                    }

                    List<String> expectedIds(Sandbox sandbox) {
                        return ((OrgLeadsSandbox) sandbox).leads().stream().map(OrgLeadsSandboxLead::id).toList();
                    }
                },
                new Vendor("Octanist", false) {
                    Sandbox sandbox(Clock clock, int leads, int budget, Duration window) {
                        return TrackingSandbox.builder().leads(leads).throttle(budget, window).clock(clock).start();
                    }

                    LeadClient<?, ?> client(Sandbox sandbox, Function<ClientBuilder<?>, ClientBuilder<?>> settings) {
                        return (LeadClient<?, ?>) settings.apply(TrackingClient.builder().apiKey(sandbox.apiKey())
                                .baseUrl(sandbox.baseUrl())).build();
                    }

                    PagedIterable<? extends Lead> listing(LeadClient<?, ?> client) {
                        return ((TrackingClient) client).leads().list(TrackingLeadQuery.builder().limit(PAGE_SIZE).build());
                    }

                    List<String> expectedIds(Sandbox sandbox) {
                        List<String> ids = ((TrackingSandbox) sandbox).leads().stream().map(TrackingSandboxLead::id)
                                .collect(Collectors.toList());
                        Collections.reverse(ids); // Octanist lists newest first
                        return ids;
                    }
                });
    }

    static Stream<Arguments> vendorsAndWindows() {
        return vendors().flatMap(vendor -> Stream.of(Arguments.of(vendor, 0), Arguments.of(vendor, 8)));
    }

    private Sandbox sandbox(Vendor vendor) {
        Sandbox sandbox = vendor.sandbox(clock, BUDGET, WINDOW);
        opened.add(sandbox);
        return sandbox;
    }

    /** A client of {@code sandbox} whose waits move the clock and are recorded. */
    private LeadClient<?, ?> client(Vendor vendor, Sandbox sandbox, Function<ClientBuilder<?>, ClientBuilder<?>> more) {
        LeadClient<?, ?> client = vendor.client(sandbox, builder -> more.apply(builder.clock(clock).sleeper(this::sleep)));
        opened.add(client);
        return client;
    }

    /**
     * The clients' sleeper. A wait moves the clock to its end, once however many requests make it together;
     * a wait of a few milliseconds (a request polling for another one's answer) passes in real time while the
     * clock stands, as a real vendor's clock would while that answer is on its way.
     */
    private void sleep(Duration wait) {
        waits.add(wait);
        if (wait.compareTo(REAL_WAITS_BELOW) < 0) {
            Sleeper.THREAD_SLEEP.sleep(wait);
            return;
        }
        Instant until = clock.instant().plus(wait);
        synchronized (clock) {
            Duration left = Duration.between(clock.instant(), until);
            if (!left.isNegative() && !left.isZero()) {
                clock.advance(left);
            }
        }
    }

    private static List<String> read(PagedIterable<? extends Lead> listing, int prefetch) {
        PagedIterable<? extends Lead> read = prefetch == 0 ? listing : listing.prefetch(prefetch);
        try (Stream<? extends Lead> leads = read.stream()) {
            return leads.map(Lead::id).collect(Collectors.toList());
        }
    }

    private static long throttledRequests(Sandbox sandbox) {
        return sandbox.requests().stream().filter(request -> request.status() == 429).count();
    }

    /** How many windows of the throttle the listing's requests spanned, on the sandbox's clock. */
    private long windowsUsed() {
        return Duration.between(START, clock.instant()).toMinutes() + 1;
    }

    @ParameterizedTest(name = "{0}, prefetch {1}")
    @MethodSource("vendorsAndWindows")
    void aThrottledListingDeliversEveryLeadOnceInOrderWithoutARateLimitException(Vendor vendor, int prefetch) {
        Sandbox sandbox = sandbox(vendor);
        LeadClient<?, ?> client = client(vendor, sandbox, builder -> builder);

        assertThat(read(vendor.listing(client), prefetch)).containsExactlyElementsOf(vendor.expectedIds(sandbox));
        assertThat(sandbox.requests().stream().filter(request -> request.status() == 200).count())
                .as("one answered request a page").isEqualTo(LEADS / PAGE_SIZE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aVendorThatCountsItsWindowDownMeetsAtMostOne429AWindow(Vendor vendor) {
        Sandbox sandbox = sandbox(vendor);
        LeadClient<?, ?> client = client(vendor, sandbox, builder -> builder);

        read(vendor.listing(client), 0);

        if (vendor.sendsRateLimitHeaders) {
            assertThat(throttledRequests(sandbox)).as("429s, over %d windows", windowsUsed()).isLessThanOrEqualTo(windowsUsed());
        } else {
            assertThat(throttledRequests(sandbox)).as("without rate-limit headers, a 429 is how a window is learnt")
                    .isEqualTo(windowsUsed() - 1);
        }
    }

    /**
     * The 429s of one window, in the order the sandbox answered: a fixed window admits its budget first and
     * rejects the rest, so each unbroken run of 429s is one window's.
     */
    private static List<Integer> runsOf429s(Sandbox sandbox) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (SandboxRequest request : sandbox.requests()) {
            if (request.status() == 429) {
                run++;
            } else if (run > 0) {
                runs.add(run);
                run = 0;
            }
        }
        if (run > 0) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * On the real clock, with a window of a second: a prefetching listing's requests are in flight together, and
     * only real time keeps them from straddling a window's end that a test's clock could jump past meanwhile.
     */
    @Test
    void aPrefetchingListingOfAVendorThatCountsItsWindowDownMeetsAtMostOne429AWindow() {
        Vendor autocalls = vendors().findFirst().orElseThrow();
        Sandbox sandbox = autocalls.sandbox(Clock.systemUTC(), 12 * PAGE_SIZE, BUDGET, Duration.ofSeconds(1));
        opened.add(sandbox);
        LeadClient<?, ?> client = autocalls.client(sandbox, builder -> builder);
        opened.add(client);

        assertThat(read(autocalls.listing(client), 8)).containsExactlyElementsOf(autocalls.expectedIds(sandbox));

        // a window may turn before its probe goes on a slow machine, so that it meets no 429: at most one
        assertThat(runsOf429s(sandbox)).as("429s a window, in order").allSatisfy(run -> assertThat(run).isEqualTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void sequentialReadingWaitsExactlyUntilEachWindowResets(Vendor vendor) {
        Sandbox sandbox = sandbox(vendor);
        LeadClient<?, ?> client = client(vendor, sandbox, builder -> builder);

        read(vendor.listing(client), 0);

        // 30 pages at 4 a window: 8 windows, so 7 waits for the next; each learnt from the one 429 of its window
        assertThat(waits).hasSize(7).containsOnly(WINDOW);
        assertThat(throttledRequests(sandbox)).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void theClientsOwnRateLimitKeepsAVendorFromAnswering429(Vendor vendor) {
        Sandbox sandbox = sandbox(vendor);
        List<Instant> sent = new CopyOnWriteArrayList<>();
        LeadClient<?, ?> client = client(vendor, sandbox, builder -> builder.rateLimit(BUDGET, WINDOW)
                .listener(new LeadkitListener() {
                    @Override
                    public void attempt(Attempt attempt) {
                        sent.add(clock.instant());
                    }
                }));

        assertThat(read(vendor.listing(client), 0)).hasSize(LEADS);

        assertThat(throttledRequests(sandbox)).isZero();
        assertThat(waits).hasSize(LEADS / PAGE_SIZE / BUDGET).containsOnly(WINDOW);
        for (int i = BUDGET; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - BUDGET), sent.get(i))).as("request %d and the %dth before it", i, BUDGET)
                    .isGreaterThanOrEqualTo(WINDOW);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void theClientsOwnRateLimitHoldsAPrefetchingListingToo(Vendor vendor) {
        Sandbox sandbox = sandbox(vendor);
        LeadClient<?, ?> client = client(vendor, sandbox, builder -> builder.rateLimit(BUDGET, WINDOW));

        assertThat(read(vendor.listing(client), 8)).containsExactlyElementsOf(vendor.expectedIds(sandbox));
        assertThat(waits).as("pages wait for the client's limit").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void twoListingsOfOneClientShareOneBudget(Vendor vendor) {
        Sandbox sandbox = sandbox(vendor);
        LeadClient<?, ?> client = client(vendor, sandbox, builder -> builder.rateLimit(BUDGET, WINDOW));
        PagedIterable<? extends Lead> listing = vendor.listing(client);
        Iterator<? extends Page<? extends Lead>> first = listing.pages().iterator();
        Iterator<? extends Page<? extends Lead>> second = listing.pages().iterator();

        // two listings, taking turns on one thread: two pages each fill the window of four
        for (int page = 1; page <= 2; page++) {
            first.next();
            second.next();
        }
        assertThat(waits).as("four requests, one budget of four: no wait yet").isEmpty();
        first.next();

        assertThat(waits).as("the fifth request of the client waits, though each listing sent only two").containsExactly(WINDOW);
        assertThat(throttledRequests(sandbox)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aWindowLongerThanMaxRetryWaitFailsAtOnceCarryingTheWait(Vendor vendor) {
        Sandbox sandbox = vendor.sandbox(clock, 1, Duration.ofHours(1));
        opened.add(sandbox);
        LeadClient<?, ?> client = client(vendor, sandbox, builder -> builder.maxRetryWait(Duration.ofMinutes(1)));

        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> read(vendor.listing(client), 0));

        assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(59)));
        assertThat(e.page()).hasValue(2);
        assertThat(waits).as("nothing waited for").isEmpty();
        assertThat(sandbox.requests()).hasSize(2);
    }

    /** The window of {@link #oneRequestAnHour()}: far longer than any test may take, so only a close ends its wait. */
    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * A client of an Autocalls sandbox that admits one request an hour, on the real clock and sleeper (only a
     * close wakes them), counting {@code waiting} down when a request begins to wait for the vendor's window, as
     * the 429 that the sandbox has recorded said. A request waiting for another one's answer (a prefetching
     * listing's page while the probe of the spent window is on its way) is not that wait: the probe may not have
     * reached the sandbox yet.
     */
    private LeadClient<?, ?> clientWaitingAnHour(Vendor autocalls, AutocallsSandbox sandbox, CountDownLatch waiting) {
        LeadClient<?, ?> client = autocalls.client(sandbox, builder -> builder.maxRetryWait(HOUR.multipliedBy(2))
                .listener(new LeadkitListener() {
                    @Override
                    public void rateLimitWait(RateLimitWait wait) {
                        if (wait.delay().compareTo(HOUR.dividedBy(2)) > 0) {
                            waiting.countDown();
                        }
                    }
                }));
        opened.add(client);
        return client;
    }

    private AutocallsSandbox oneRequestAnHour() {
        AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(LEADS).throttle(1, HOUR).start();
        opened.add(sandbox);
        return sandbox;
    }

    /**
     * The hour's wait ends only by the close: a listing that did not wake would still be waiting when the
     * generous bound on {@code get} runs out, and fail with a {@code TimeoutException} instead.
     */
    @ParameterizedTest(name = "prefetch {0}")
    @ValueSource(ints = {0, 2})
    void closingAListingWakesItsRequestWaitingForTheVendorsWindowAtOnce(int prefetch) throws Exception {
        Vendor autocalls = vendors().findFirst().orElseThrow();
        AutocallsSandbox sandbox = oneRequestAnHour();
        CountDownLatch waiting = new CountDownLatch(1);
        PagedIterable<? extends Lead> listing = autocalls.listing(clientWaitingAnHour(autocalls, sandbox, waiting));
        Stream<? extends Lead> leads = (prefetch == 0 ? listing : listing.prefetch(prefetch)).stream();
        CompletableFuture<Long> reading = CompletableFuture.supplyAsync(leads::count);
        assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the listing waits for the window").isTrue();

        leads.close();

        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> reading.get(30, TimeUnit.SECONDS));
        assertThat(e).hasCauseInstanceOf(ConnectionException.class);
        assertThat(e.getCause()).hasMessageContaining("closed");
        assertThat(sandbox.requests()).as("the first page, and the one 429 that started the wait").hasSize(2);
    }

    @Test
    void closingTheClientWakesAListingWaitingForTheVendorsWindowAtOnce() throws Exception {
        Vendor autocalls = vendors().findFirst().orElseThrow();
        CountDownLatch waiting = new CountDownLatch(1);
        LeadClient<?, ?> client = clientWaitingAnHour(autocalls, oneRequestAnHour(), waiting);
        CompletableFuture<List<String>> reading = CompletableFuture.supplyAsync(() -> read(autocalls.listing(client), 0));
        assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the listing waits for the window").isTrue();

        client.close();

        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> reading.get(30, TimeUnit.SECONDS));
        assertThat(e).hasCauseInstanceOf(ConnectionException.class);
        assertThat(e.getCause()).hasMessageContaining("closed");
    }
}
