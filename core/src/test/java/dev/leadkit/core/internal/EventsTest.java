package dev.leadkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.Page;
import dev.leadkit.core.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Each event reaches the listener with the client's platform and what the caller told; a throwing listener is logged. */
class EventsTest {

    private static final Platform PLATFORM = new Platform("acme", "Acme CRM");

    /** Records every event it is told, in order. */
    private static final class Recording implements LeadkitListener {
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
    }

    private final Recording listener = new Recording();
    private final Events events = new Events(listener, PLATFORM);

    @Test
    void anAttemptReachesTheListenerWithEveryField() {
        events.attempt(7, "GET /leads?page=2", 3, OptionalInt.of(503), Duration.ofMillis(120), 2048, Optional.of("reset"));

        assertThat(listener.events).containsExactly(new LeadkitListener.Attempt(PLATFORM, 7, "GET /leads?page=2", 3,
                OptionalInt.of(503), Duration.ofMillis(120), 2048, Optional.of("reset")));
    }

    @Test
    void aRetryReachesTheListenerWithEveryField() {
        events.retry(8, "GET /leads", 1, OptionalInt.empty(), "SocketTimeoutException: timeout", Duration.ofSeconds(2), true);

        assertThat(listener.events).containsExactly(new LeadkitListener.Retry(PLATFORM, 8, "GET /leads", 1, OptionalInt.empty(),
                "SocketTimeoutException: timeout", Duration.ofSeconds(2), true));
    }

    @Test
    void aRateLimitWaitReachesTheListenerWithEveryField() {
        events.rateLimitWait(9, "GET /leads", Duration.ofMillis(1500), "the vendor's Retry-After");

        assertThat(listener.events).containsExactly(new LeadkitListener.RateLimitWait(PLATFORM, 9, "GET /leads",
                Duration.ofMillis(1500), "the vendor's Retry-After"));
    }

    @Test
    void aPageReachesTheListenerAsItsNumberItemCountAndTotals() {
        events.page(10, Page.of(List.of("a", "b", "c"), 4, true, 30, 10));
        events.page(10, Page.withoutTotals(List.of("d"), 5, false));

        assertThat(listener.events).containsExactly(
                new LeadkitListener.PageDelivered(PLATFORM, 10, 4, 3, OptionalLong.of(30), OptionalLong.of(10)),
                new LeadkitListener.PageDelivered(PLATFORM, 10, 5, 1, OptionalLong.empty(), OptionalLong.empty()));
    }

    @Test
    void theEndOfAListingReachesTheListener() {
        events.listingEnded(11, 5, 42);

        assertThat(listener.events).containsExactly(new LeadkitListener.ListingEnded(PLATFORM, 11, 5, 42));
    }

    @Test
    void aFailedListingReachesTheListenerWithItsException() {
        LeadkitException failure = new ConnectionException("reset");

        events.listingFailed(12, 2, 200, failure);

        assertThat(listener.events).containsExactly(new LeadkitListener.ListingFailed(PLATFORM, 12, 2, 200, failure));
    }

    @Test
    void noEventsTellNobodyAndThrowNothing() {
        Events none = Events.none();

        assertThatCode(() -> {
            none.attempt(1, "GET /", 1, OptionalInt.empty(), Duration.ZERO, 0, Optional.empty());
            none.listingEnded(1, 0, 0);
        }).doesNotThrowAnyException();
        assertThat(Events.none()).isSameAs(none);
    }

    @Test
    void aThrowingListenerIsLoggedOnceAtWarningThenAtDebugAndNeverBreaksTheCaller() {
        RuntimeException first = new IllegalStateException("listener broke: events-test-first");
        RuntimeException second = new IllegalStateException("listener broke: events-test-second");
        List<RuntimeException> throwing = new CopyOnWriteArrayList<>(List.of(first, second, second));
        Events broken = new Events(new LeadkitListener() {
            @Override
            public void listingEnded(ListingEnded end) {
                throw throwing.remove(0);
            }
        }, PLATFORM);

        List<String> logged = logged("events-test-", () -> {
            broken.listingEnded(1, 1, 1);
            broken.listingEnded(1, 1, 1);
            broken.listingEnded(1, 1, 1);
        });

        assertThat(logged).containsExactly(
                "WARNING a LeadkitListener threw; the listing goes on, and further throws of this listener are logged at DEBUG"
                        + " | " + first,
                "FINE a LeadkitListener threw again: " + second,
                "FINE a LeadkitListener threw again: " + second);
    }

    @Test
    void eachEventsWarnsOnceOfItsOwnListener() {
        Events one = new Events(new LeadkitListener() {
            @Override
            public void listingEnded(ListingEnded end) {
                throw new IllegalStateException("events-test-one");
            }
        }, PLATFORM);
        Events other = new Events(new LeadkitListener() {
            @Override
            public void listingEnded(ListingEnded end) {
                throw new IllegalStateException("events-test-other");
            }
        }, PLATFORM);

        List<String> logged = logged("events-test-", () -> {
            one.listingEnded(1, 1, 1);
            other.listingEnded(1, 1, 1);
        });

        assertThat(logged).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("WARNING "));
    }

    /**
     * The records of {@code dev.leadkit.http} at every level that mention {@code marker} (in their text or their
     * exception) while {@code action} runs, as their level, text and exception; other tests log there too.
     */
    private static List<String> logged(String marker, Runnable action) {
        return HttpLogRecords.during(action).stream()
                .filter(record -> String.valueOf(record.getMessage()).contains(marker)
                        || String.valueOf(record.getThrown()).contains(marker))
                .map(record -> record.getLevel() + " " + record.getMessage()
                        + (record.getThrown() == null ? "" : " | " + record.getThrown()))
                .toList();
    }
}
