package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingLeadQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** What a client's {@link LeadkitListener} is told, over real HTTP against a sandbox. */
@ResourceLock("java.util.logging:dev.leadkit")
class ListenerTest {

    private static final String KEY = "12|listenerTestSecret0123456789";

    /** Every event, in the order it came, as text a test can read, and the events themselves. */
    private static final class Recorder implements LeadkitListener {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @Override
        public void attempt(Attempt attempt) {
            events.add(attempt);
        }

        @Override
        public void retry(Retry retry) {
            events.add(retry);
        }

        @Override
        public void rateLimitWait(RateLimitWait wait) {
            events.add(wait);
        }

        @Override
        public void page(PageDelivered page) {
            events.add(page);
        }

        @Override
        public void listingEnded(ListingEnded end) {
            events.add(end);
        }

        @Override
        public void listingFailed(ListingFailed failure) {
            events.add(failure);
        }

        /** The events as one line each: {@code attempt 1 page=2 -> 503}, {@code retry ...}, {@code page 2}, ... */
        List<String> script() {
            return events.stream().map(Recorder::line).collect(Collectors.toList());
        }

        private static String line(Object event) {
            if (event instanceof Attempt a) {
                return "attempt " + a.attempt() + " " + page(a.request()) + " -> "
                        + (a.status().isPresent() ? a.status().getAsInt() : "failed");
            }
            if (event instanceof Retry r) {
                return "retry " + page(r.request()) + " after " + r.reason();
            }
            if (event instanceof RateLimitWait w) {
                return "wait " + page(w.request()) + " " + w.delay();
            }
            if (event instanceof PageDelivered p) {
                return "page " + p.number() + " (" + p.items() + " items)";
            }
            if (event instanceof ListingEnded e) {
                return "ended after " + e.pages() + " pages, " + e.items() + " items";
            }
            ListingFailed f = (ListingFailed) event;
            return "failed after " + f.pages() + " pages: " + f.failure().getClass().getSimpleName() + " at page "
                    + f.failure().page().orElse(0);
        }

        private static String page(String request) {
            return request.substring(request.lastIndexOf("&") + 1);
        }

        <T> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
        }
    }

    private final Recorder recorder = new Recorder();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger http = Logger.getLogger("dev.leadkit.http");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = http.getLevel();
        http.setLevel(Level.ALL);
        http.addHandler(capture);
    }

    @AfterEach
    void closeEverything() throws Exception {
        http.removeHandler(capture);
        http.setLevel(previousLevel);
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    private AutocallsSandbox sandbox(int leads) {
        AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(leads).apiKey(KEY).start();
        opened.add(sandbox);
        return sandbox;
    }

    private AutocallsClient client(AutocallsSandbox sandbox, LeadkitListener listener) {
        ClientBuilder<AutocallsClient> builder = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())
                .sleeper(wait -> { }).listener(listener);
        AutocallsClient client = builder.build();
        opened.add(client);
        return client;
    }

    private static PagedIterable<AutocallsLead> tenAPage(AutocallsClient client) {
        return client.leads().list(AutocallsLeadQuery.builder().perPage(10).build());
    }

    @Test
    void aListingTellsEachAttemptRetryAndPageInOrderThenItsEnd() {
        AutocallsSandbox sandbox = sandbox(30);
        sandbox.faults().onRequest(2, Fault.status(503));

        assertThat(tenAPage(client(sandbox, recorder)).stream().count()).isEqualTo(30);

        assertThat(recorder.script()).containsExactly(
                "attempt 1 page=1 -> 200", "page 1 (10 items)",
                "attempt 1 page=2 -> 503", "retry page=2 after HTTP 503", "attempt 2 page=2 -> 200", "page 2 (10 items)",
                "attempt 1 page=3 -> 200", "page 3 (10 items)",
                "ended after 3 pages, 30 items");
    }

    @Test
    void anAttemptSaysItsRequestLineStatusTimeAndBytes() {
        AutocallsSandbox sandbox = sandbox(10);

        tenAPage(client(sandbox, recorder)).page(1);

        LeadkitListener.Attempt attempt = recorder.of(LeadkitListener.Attempt.class).get(0);
        assertThat(attempt.request()).isEqualTo("GET /api/user/leads?per_page=10&page=1");
        assertThat(attempt.platform()).isEqualTo(AutocallsLead.PLATFORM);
        assertThat(attempt.status()).isEqualTo(OptionalInt.of(200));
        assertThat(attempt.elapsed()).isPositive();
        assertThat(attempt.bytesRead()).isGreaterThan(1_000);
        assertThat(attempt.failure()).isEmpty();
    }

    @Test
    void aRetryAfterTheVendorsRetryAfterSaysSoAndHowLong() {
        AutocallsSandbox sandbox = sandbox(10);
        sandbox.faults().next(Fault.status(503).withHeader("Retry-After", "3"));

        tenAPage(client(sandbox, recorder)).page(1);

        LeadkitListener.Retry retry = recorder.of(LeadkitListener.Retry.class).get(0);
        assertThat(retry.reason()).isEqualTo("HTTP 503");
        assertThat(retry.status()).isEqualTo(OptionalInt.of(503));
        assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(retry.vendorAsked()).isTrue();
        assertThat(retry.attempt()).isEqualTo(1);
    }

    @Test
    void aConnectionFailureIsAnAttemptWithoutStatusAndARetryNamingTheFailure() {
        AutocallsSandbox sandbox = sandbox(10);
        sandbox.faults().next(Fault.noResponse());

        tenAPage(client(sandbox, recorder)).page(1);

        LeadkitListener.Attempt failed = recorder.of(LeadkitListener.Attempt.class).get(0);
        assertThat(failed.status()).isEmpty();
        assertThat(failed.failure()).isPresent();
        LeadkitListener.Retry retry = recorder.of(LeadkitListener.Retry.class).get(0);
        assertThat(retry.status()).isEmpty();
        assertThat(retry.reason()).isEqualTo(failed.failure().get());
        assertThat(retry.vendorAsked()).isFalse();
    }

    @Test
    void aThrottledRequestTellsItsWaitForTheVendorsRateLimit() {
        AutocallsSandbox sandbox = sandbox(10);
        sandbox.faults().next(Fault.rateLimited(Duration.ofSeconds(7)));

        tenAPage(client(sandbox, recorder)).page(1);

        assertThat(recorder.script()).containsExactly("attempt 1 page=1 -> 429", "wait page=1 PT7S", "attempt 1 page=1 -> 200");
        assertThat(recorder.of(LeadkitListener.RateLimitWait.class).get(0).reason()).contains("429");
    }

    @Test
    void aFailedListingSaysWhatItDeliveredAndItsTypedFailure() {
        AutocallsSandbox sandbox = sandbox(30);
        sandbox.faults().onRequest(2, Fault.status(404));

        catchThrowableOfType(NotFoundException.class, () -> tenAPage(client(sandbox, recorder)).stream().count());

        assertThat(recorder.script()).containsExactly("attempt 1 page=1 -> 200", "page 1 (10 items)",
                "attempt 1 page=2 -> 404", "failed after 1 pages: NotFoundException at page 2");
        assertThat(recorder.of(LeadkitListener.ListingFailed.class).get(0).failure()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void eachWalkIsItsOwnListingAndEveryEventOfOneNamesIt() {
        AutocallsSandbox sandbox = sandbox(20);
        PagedIterable<AutocallsLead> listing = tenAPage(client(sandbox, recorder));

        listing.stream().count();
        listing.stream().count();

        List<Long> firstWalk = recorder.events.subList(0, 5).stream().map(ListenerTest::listingOf).distinct().toList();
        List<Long> secondWalk = recorder.events.subList(5, 10).stream().map(ListenerTest::listingOf).distinct().toList();
        assertThat(firstWalk).hasSize(1);
        assertThat(secondWalk).hasSize(1).doesNotContainAnyElementsOf(firstWalk);
    }

    private static long listingOf(Object event) {
        if (event instanceof LeadkitListener.Attempt a) {
            return a.listing();
        }
        if (event instanceof LeadkitListener.PageDelivered p) {
            return p.listing();
        }
        return ((LeadkitListener.ListingEnded) event).listing();
    }

    @Test
    void aPrefetchingListingTellsItsPagesInPageOrder() {
        AutocallsSandbox sandbox = sandbox(200);

        tenAPage(client(sandbox, recorder)).prefetch(8).stream().count();

        assertThat(recorder.of(LeadkitListener.PageDelivered.class)).extracting(LeadkitListener.PageDelivered::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(recorder.of(LeadkitListener.Attempt.class)).hasSize(20);
        assertThat(recorder.events.get(recorder.events.size() - 1)).isInstanceOf(LeadkitListener.ListingEnded.class);
    }

    @Test
    void aPageEventCarriesTheVendorsTotals() {
        AutocallsSandbox sandbox = sandbox(25);

        tenAPage(client(sandbox, recorder)).page(1);
        tenAPage(client(sandbox, recorder)).stream().findFirst();

        LeadkitListener.PageDelivered page = recorder.of(LeadkitListener.PageDelivered.class).get(0);
        assertThat(page.totalItems()).hasValue(25);
        assertThat(page.totalPages()).hasValue(3);
    }

    @Test
    void aListenerThatThrowsNeverBreaksAListingAndIsLoggedOnceAtWarning() {
        AutocallsSandbox sandbox = sandbox(30);
        LeadkitListener throwing = new LeadkitListener() {
            @Override
            public void attempt(Attempt attempt) {
                throw new IllegalStateException("a broken metrics backend");
            }

            @Override
            public void page(PageDelivered page) {
                throw new IllegalStateException("a broken progress bar");
            }
        };

        assertThat(tenAPage(client(sandbox, throwing)).stream().count()).isEqualTo(30);

        List<LogRecord> warnings = logged.stream().filter(record -> record.getLevel() == Level.WARNING).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getThrown()).hasMessage("a broken metrics backend");
        assertThat(logged.stream().filter(record -> record.getMessage().contains("threw again"))).hasSize(5);
    }

    @Test
    void noEventCarriesTheKeyEvenWhenTheCallerTypedItIntoAFilter() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(10).apiKey(KEY).start();
                TrackingClient client = TrackingClient.builder().apiKey(KEY).baseUrl(sandbox.baseUrl())
                        .sleeper(wait -> { }).listener(recorder).build()) {
            sandbox.faults().next(Fault.status(503).withBody("text/plain", "bad key " + KEY));
            client.leads().list(TrackingLeadQuery.builder().search(KEY).build()).stream().count();
        }

        assertThat(recorder.events).hasSizeGreaterThan(3);
        assertThat(recorder.events).allSatisfy(event -> assertThat(event.toString())
                .doesNotContain(KEY).doesNotContain(KEY.substring(KEY.indexOf('|') + 1)).doesNotContain("12%7C"));
    }
}
