package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLeadQuery;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.autocalls.AutocallsLead;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's rate pacer against the Autocalls sandbox's throttle, which opens its windows as Laravel's limiter
 * does (at the first request after the last one closed, so never on a whole second here, and its
 * {@code X-RateLimit-Reset} up to a second early): one client reads 36 pages of 100 sequentially and then with
 * {@code prefetch(8)}, each read meeting at most one 429 a window and taking at most 1.1 × the floor, the time
 * until the last window it needs opens. Time is the sandbox's clock, moved only by the client's waits.
 */
class LaravelWindowPacingTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00.300Z");
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final int PAGES = 36;
    private static final int PER_PAGE = 100;

    /**
     * The sandbox's clock, which remembers the instant each thread last read: a client's wait ends at that
     * instant plus the wait, as the client reckoned it, however many of its requests wait for the same moment.
     */
    private static final class SandboxClock extends Clock {
        private final ManualClock clock = ManualClock.at(START);
        private final ThreadLocal<Instant> lastRead = new ThreadLocal<>();

        @Override
        public Instant instant() {
            Instant now = clock.instant();
            lastRead.set(now);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("one zone");
        }

        /** The client's sleeper: moves the clock to the end of the wait, unless another wait moved it there. */
        synchronized void sleep(Duration wait) {
            Instant until = lastRead.get().plus(wait);
            Duration left = Duration.between(clock.instant(), until);
            if (!left.isNegative() && !left.isZero()) {
                clock.advance(left);
            }
        }

        synchronized void advance(Duration duration) {
            clock.advance(duration);
        }
    }

    /** What one read came to on the sandbox's clock. */
    private record Read(long leads, Duration took, List<Integer> throttledRuns) {
    }

    private static Read read(PagedIterable<AutocallsLead> listing, AutocallsSandbox sandbox, SandboxClock clock) {
        int before = sandbox.requests().size();
        Instant started = clock.instant();
        long leads;
        try (Stream<AutocallsLead> stream = listing.stream()) {
            leads = stream.count();
        }
        Duration took = Duration.between(started, clock.instant());
        return new Read(leads, took, runsOf429s(sandbox.requests().subList(before, sandbox.requests().size())));
    }

    /**
     * The 429s of each window, in the order the sandbox answered: a window admits its budget first and rejects
     * the rest until it closes, so each unbroken run of 429s is one window's.
     */
    private static List<Integer> runsOf429s(List<SandboxRequest> requests) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (SandboxRequest request : requests) {
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

    /** The time until the last window a read of {@link #PAGES} pages needs opens. */
    private static Duration floor(int budget) {
        return WINDOW.multipliedBy((PAGES + budget - 1) / budget - 1);
    }

    @ParameterizedTest(name = "{0} a window")
    @ValueSource(ints = {6, 3})
    void eachReadMeetsAtMostOne429AWindowWithinATenthOverTheFloor(int budget) {
        SandboxClock clock = new SandboxClock();
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(PAGES * PER_PAGE).throttle(budget, WINDOW)
                        .clock(clock).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())
                        .clock(clock).sleeper(clock::sleep).build()) {
            PagedIterable<AutocallsLead> listing = client.leads().list(AutocallsLeadQuery.builder().perPage(PER_PAGE).build());

            Read sequential = read(listing, sandbox, clock);
            clock.advance(WINDOW); // the last window of the first read closes
            Read prefetching = read(listing.prefetch(8), sandbox, clock);

            for (Read read : List.of(sequential, prefetching)) {
                assertThat(read.leads()).isEqualTo(PAGES * PER_PAGE);
                assertThat(read.throttledRuns()).as("429s a window").allSatisfy(run -> assertThat(run).isEqualTo(1));
                assertThat(read.took()).as("the read's time on the sandbox's clock, against its floor of %s", floor(budget))
                        .isBetween(floor(budget), floor(budget).multipliedBy(11).dividedBy(10));
            }
        }
    }
}
