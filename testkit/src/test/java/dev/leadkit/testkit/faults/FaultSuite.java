package dev.leadkit.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ApiException;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.BadRequestException;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadClient;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.PermissionDeniedException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.SandboxRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A long listing (2,000 leads, 20 pages of 100) over an unreliable network, the same for every dialect:
 * each retryable fault injected every few pages ends with every lead read exactly once and the retries on
 * the wire; each non-retryable failure fails at once, typed, without a retry, naming the page to resume
 * from. A subclass says how to start its vendor's sandbox and list its leads.
 */
abstract class FaultSuite {

    static final int LEADS = 2_000;
    static final int PAGES = 20;
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    /** Requests hit by a fault: every fourth, from the second. */
    static final List<Integer> FAULTED_REQUESTS = List.of(2, 6, 10, 14, 18);

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    final List<Duration> waits = new CopyOnWriteArrayList<>();
    /** The retries the suite's clients told their listener of: a 429's wait is no retry. */
    final List<LeadkitListener.Retry> retries = new CopyOnWriteArrayList<>();
    Sandbox sandbox;

    /** Starts the dialect's sandbox with {@link #LEADS} leads. */
    abstract Sandbox startSandbox();

    /** The sandbox's lead ids, in the order its listing returns them. */
    abstract List<String> expectedIds();

    /** A client of the sandbox, configured by {@link #configure}, with {@code apiKey}. */
    abstract Listing open(String apiKey);

    /** The vendor's own JSON error body for a status, as its server would send it. */
    abstract String vendorErrorBody(int status);

    /** A client and the listing of every lead, 100 a page. */
    static final class Listing implements AutoCloseable {
        final LeadClient<?, ?> client;
        final PagedIterable<? extends Lead> leads;

        Listing(LeadClient<?, ?> client, PagedIterable<? extends Lead> leads) {
            this.client = client;
            this.leads = leads;
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /** How many times the suite's clients retry; 3, the default, unless a test says otherwise before {@link #open}. */
    int maxRetries = 3;

    /**
     * What every client in the suite shares: instant retries that record their waits, a fixed clock, and a
     * timeout short enough for the slow-response fault yet long enough for a loaded CI machine.
     */
    <C> ClientBuilder<C> configure(ClientBuilder<C> builder) {
        return builder.baseUrl(sandbox.baseUrl()).sleeper(waits::add).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .timeout(TIMEOUT).maxRetries(maxRetries).listener(new LeadkitListener() {
                    @Override
                    public void retry(Retry retry) {
                        retries.add(retry);
                    }
                });
    }

    @BeforeEach
    void startSandbox_() {
        sandbox = startSandbox();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    private List<String> readAll() throws Exception {
        try (Listing listing = open(sandbox.apiKey())) {
            return listing.leads.stream().map(Lead::id).collect(Collectors.toList());
        }
    }

    private List<String> pagesRequested() {
        return sandbox.requests().stream().map(request -> request.query("page").orElse("1")).collect(Collectors.toList());
    }

    static Stream<Arguments> retryableFaults() {
        return Stream.of(
                Arguments.of("429 with Retry-After in seconds", Fault.rateLimited(Duration.ofSeconds(2)), Duration.ofSeconds(2)),
                Arguments.of("429 with Retry-After as an HTTP-date", Fault.rateLimitedUntil(NOW.plusSeconds(5)), Duration.ofSeconds(5)),
                Arguments.of("503 with an HTML body", Fault.status(503), null),
                Arguments.of("502 from a proxy", Fault.status(502), null),
                Arguments.of("504 from a proxy", Fault.status(504), null),
                Arguments.of("408 from a proxy", Fault.status(408), null),
                Arguments.of("connection dropped without a response", Fault.noResponse(), null),
                Arguments.of("connection cut mid-body", Fault.cutMidBody(), null),
                // far past the timeout however busy the machine: the sandbox holds it until it is closed
                Arguments.of("response slower than the timeout", Fault.delay(Duration.ofSeconds(30)), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retryableFaults")
    void retryableFaultEveryFewPagesStillReadsEveryLeadExactlyOnce(String name, Fault fault, Duration retryAfter)
            throws Exception {
        FAULTED_REQUESTS.forEach(index -> sandbox.faults().onRequest(index, fault));

        List<String> ids = readAll();

        assertThat(ids).containsExactlyElementsOf(expectedIds());
        List<String> pages = pagesRequested();
        assertThat(pages).hasSize(PAGES + FAULTED_REQUESTS.size());
        for (int index : FAULTED_REQUESTS) {
            assertThat(pages.get(index)).as("the page of request %d is requested again", index).isEqualTo(pages.get(index - 1));
        }
        assertThat(waits).hasSize(FAULTED_REQUESTS.size());
        if (retryAfter != null) {
            assertThat(waits).containsOnly(retryAfter);
        }
    }

    @Test
    void everyFaultMixedInOneListingStillReadsEveryLeadExactlyOnce() throws Exception {
        List<Fault> faults = retryableFaults().map(arguments -> (Fault) arguments.get()[1]).collect(Collectors.toList());
        for (int i = 0; i < faults.size(); i++) {
            sandbox.faults().onRequest(2 + 3 * i, faults.get(i));
        }

        assertThat(readAll()).containsExactlyElementsOf(expectedIds());
        assertThat(sandbox.requests()).hasSize(PAGES + faults.size());
        assertThat(waits).hasSize(faults.size()).contains(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    static Stream<Arguments> nonRetryableFailures() {
        return Stream.of(
                Arguments.of(403, PermissionDeniedException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(400, BadRequestException.class),
                Arguments.of(422, BadRequestException.class));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("nonRetryableFailures")
    void clientErrorFailsAtOnceWithoutRetryNamingThePage(int status, Class<? extends ApiException> type) throws Exception {
        sandbox.faults().onRequest(3, Fault.status(status).withBody("application/json", vendorErrorBody(status)));
        List<String> delivered = new ArrayList<>();

        ApiException e;
        try (Listing listing = open(sandbox.apiKey())) {
            e = catchThrowableOfType(type, () -> listing.leads.forEach(lead -> delivered.add(lead.id())));
        }

        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.vendorMessage()).isPresent();
        assertThat(e.page()).hasValue(3);
        assertThat(delivered).containsExactlyElementsOf(expectedIds().subList(0, 200));
        assertThat(sandbox.requests()).hasSize(3);
        assertThat(waits).isEmpty();
    }

    @Test
    void wrongKeyFailsAtOnceWithTheVendorsUnauthorizedAnswer() throws Exception {
        try (Listing listing = open("wrong-" + sandbox.apiKey())) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> listing.leads.stream().count());

            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.vendorMessage()).isPresent();
            assertThat(e.page()).hasValue(1);
        }
        assertThat(sandbox.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    /** Checks what the vendor's own validation error ({@link #vendorErrorBody}(422)) carries besides the status. */
    abstract void assertValidationDetails(BadRequestException e);

    @Test
    void validationErrorCarriesTheVendorsDetails() throws Exception {
        sandbox.faults().onRequest(2, Fault.status(422).withBody("application/json", vendorErrorBody(422)));

        try (Listing listing = open(sandbox.apiKey())) {
            BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> listing.leads.stream().count());

            assertThat(e.page()).hasValue(2);
            assertValidationDetails(e);
        }
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void truncatedBodyFailsAtOnceAsADecodingException() throws Exception {
        sandbox.faults().onRequest(2, Fault.truncatedBody());

        try (Listing listing = open(sandbox.apiKey())) {
            DecodingException e = catchThrowableOfType(DecodingException.class, () -> listing.leads.stream().count());

            assertThat(e.page()).hasValue(2);
            assertThat(e.excerpt()).isNotEmpty();
        }
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void pageAsyncRetriesAFaultAndFailsTypedNamingItsPage() throws Exception {
        sandbox.faults().onRequest(1, Fault.status(503)).onRequest(3, Fault.status(404)
                .withBody("application/json", vendorErrorBody(404)));

        try (Listing listing = open(sandbox.apiKey())) {
            Page<? extends Lead> third = listing.leads.pageAsync(3).get(10, TimeUnit.SECONDS);
            assertThat(third.items()).extracting(Lead::id).containsExactlyElementsOf(expectedIds().subList(200, 300));

            ExecutionException failed = catchThrowableOfType(ExecutionException.class,
                    () -> listing.leads.pageAsync(5).get(10, TimeUnit.SECONDS));
            assertThat(failed.getCause()).isInstanceOf(NotFoundException.class);
            assertThat(((NotFoundException) failed.getCause()).page()).hasValue(5);
        }
        assertThat(pagesRequested()).containsExactly("3", "3", "5");
        assertThat(waits).hasSize(1);
    }

    @Test
    void htmlPageInsteadOfJsonFailsAtOnceAsADecodingException() throws Exception {
        sandbox.faults().onRequest(2, Fault.htmlPage());

        try (Listing listing = open(sandbox.apiKey())) {
            DecodingException e = catchThrowableOfType(DecodingException.class, () -> listing.leads.stream().count());

            assertThat(e.page()).hasValue(2);
            assertThat(e.excerpt()).startsWith("<!DOCTYPE html>");
        }
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void retryAfterBeyondTheCapFailsAtOnceCarryingTheWait() throws Exception {
        sandbox.faults().onRequest(2, Fault.rateLimited(Duration.ofMinutes(10)));

        try (Listing listing = open(sandbox.apiKey())) {
            RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> listing.leads.stream().count());

            assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(10));
        }
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void pageFailingAfterEveryRetryNamesWhereToResumeAndResumingCompletesTheSync() throws Exception {
        for (int attempt = 0; attempt < 4; attempt++) {
            sandbox.faults().onRequest(4 + attempt, Fault.status(503));
        }
        List<String> synced = new ArrayList<>();

        try (Listing listing = open(sandbox.apiKey())) {
            LeadkitException e = catchThrowableOfType(ServerException.class,
                    () -> listing.leads.forEach(lead -> synced.add(lead.id())));
            assertThat(e.page()).hasValue(4);
            assertThat(synced).hasSize(300);

            listing.leads.startingAt(e.page().getAsInt()).forEach(lead -> synced.add(lead.id()));
        }

        assertThat(synced).containsExactlyElementsOf(expectedIds());
        assertThat(List.copyOf(waits)).hasSize(3);
        assertThat(pagesRequested()).filteredOn("4"::equals).hasSize(5);
    }

    @Test
    void prefetchRetriesEachPageAndHonoursRetryAfterAsSequentialReadingDoes() throws Exception {
        // with four pages in flight, a page's retry may land on the next scripted fault too: enough retries that
        // no page can run out of them, whatever the order requests arrive in
        maxRetries = 10;
        List<Fault> faults = retryableFaults().map(arguments -> (Fault) arguments.get()[1]).collect(Collectors.toList());
        for (int i = 0; i < faults.size(); i++) {
            sandbox.faults().onRequest(2 + 3 * i, faults.get(i));
        }

        try (Listing listing = open(sandbox.apiKey())) {
            assertThat(listing.leads.prefetch(4).stream().map(Lead::id)).containsExactlyElementsOf(expectedIds());
        }
        List<String> pages = pagesRequested();
        assertThat(pages).as("every page once, and once more for each fault it met").hasSize(PAGES + faults.size());
        assertThat(pages.stream().distinct().map(Integer::valueOf).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PAGES).boxed().collect(Collectors.toList()));
        // a 429's wait holds every request of the client: one that asks for its turn meanwhile (how many do
        // depends on when the pages in flight ask) waits it out too, without a request more, so the waits are
        // counted by kind: one retry for each fault but the two 429s, and the waits the two 429s asked for
        assertThat(retries).as("retries, one per 5xx or broken connection").hasSize(faults.size() - 2);
        assertThat(waits).contains(Duration.ofSeconds(2), Duration.ofSeconds(5)).hasSizeGreaterThanOrEqualTo(faults.size());
    }

    @Test
    void prefetchMeetsAClientErrorAtItsPageAfterEveryEarlierLeadWithoutRetry() throws Exception {
        sandbox.faults().onRequest(3, Fault.status(404).withBody("application/json", vendorErrorBody(404)));
        List<String> delivered = new ArrayList<>();

        NotFoundException e;
        try (Listing listing = open(sandbox.apiKey())) {
            // sequentially, page 3 is the third request; with prefetch(1) too: page 2 goes out while page 1 is read
            e = catchThrowableOfType(NotFoundException.class,
                    () -> listing.leads.prefetch(1).forEach(lead -> delivered.add(lead.id())));
        }

        assertThat(e.page()).hasValue(3);
        assertThat(delivered).containsExactlyElementsOf(expectedIds().subList(0, 200));
        assertThat(pagesRequested()).as("page 3 failed; nothing after it was asked for").containsExactly("1", "2", "3");
        assertThat(waits).isEmpty();
    }

    @Test
    void prefetchSurvivesTheSameFaultsInTheSameOrder() throws Exception {
        FAULTED_REQUESTS.forEach(index -> sandbox.faults().onRequest(index, Fault.status(503)));

        try (Listing listing = open(sandbox.apiKey())) {
            assertThat(listing.leads.prefetch(4).stream().map(Lead::id)).containsExactlyElementsOf(expectedIds());
        }
        assertThat(sandbox.requests()).extracting(SandboxRequest::status).filteredOn(status -> status == 503)
                .hasSize(FAULTED_REQUESTS.size());
    }
}
