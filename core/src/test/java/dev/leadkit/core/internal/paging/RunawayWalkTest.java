package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.Platform;
import dev.leadkit.core.RunawayListingException;
import dev.leadkit.core.internal.Events;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A walk over a server that sends the same page for every number: the runaway's page is delivered, the
 * next is the exception (naming the page not requested), asked again it is the same exception, a
 * prefetching walk requests no more than its window past it, and the listener is told of the failure once.
 */
class RunawayWalkTest {

    private final ConcurrentLinkedQueue<Integer> fetched = new ConcurrentLinkedQueue<>();

    /** Every page holds "a" and "b" and says more follow. */
    private LazyPagedIterable<String> sameEveryTime(Events events) {
        return new LazyPagedIterable<>((number, cancellation) -> {
            fetched.add(number);
            return Page.of(List.of("a", "b"), number, true, OptionalLong.empty(), OptionalLong.empty());
        }, events, () -> { });
    }

    private static List<String> readUntilItFails(PagedIterable<String> listing, List<Throwable> failure) {
        List<String> items = new ArrayList<>();
        failure.add(catchThrowable(() -> listing.forEach(items::add)));
        return items;
    }

    @Test
    void theRunawaysPageIsDeliveredAndTheNextIsTheException() {
        List<Throwable> failure = new ArrayList<>();

        List<String> items = readUntilItFails(sameEveryTime(Events.none()), failure);

        assertThat(items).containsExactly("a", "b", "a", "b", "a", "b", "a", "b");
        assertThat(failure.get(0)).isInstanceOf(RunawayListingException.class);
        assertThat(((RunawayListingException) failure.get(0)).page()).hasValue(5);
        assertThat(fetched).containsExactly(1, 2, 3, 4);
    }

    @Test
    void distinctByIdDeliversEachItemOnce() {
        List<Throwable> failure = new ArrayList<>();

        List<String> items = readUntilItFails(sameEveryTime(Events.none()).distinctById(), failure);

        assertThat(items).containsExactly("a", "b");
        assertThat(failure.get(0)).isInstanceOf(RunawayListingException.class);
    }

    @Test
    void askedAgainTheWalkThrowsTheSameExceptionAndFetchesNothingMore() {
        Iterator<String> items = sameEveryTime(Events.none()).iterator();
        for (int i = 0; i < 8; i++) {
            items.next();
        }

        Throwable first = catchThrowable(items::hasNext);
        Throwable second = catchThrowable(items::hasNext);

        assertThat(first).isInstanceOf(RunawayListingException.class).isSameAs(second);
        assertThat(fetched).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aPrefetchingWalkRequestsNoMoreThanItsWindowPastTheRunaway() {
        List<Throwable> failure = new ArrayList<>();

        readUntilItFails(sameEveryTime(Events.none()).prefetch(8), failure);

        assertThat(failure.get(0)).isInstanceOf(RunawayListingException.class);
        assertThat(fetched).hasSizeLessThanOrEqualTo(4 + 8).contains(1, 2, 3, 4);
    }

    @Test
    void theListenerIsToldOfTheFailureOnce() {
        List<LeadkitListener.ListingFailed> failures = new CopyOnWriteArrayList<>();
        Events events = new Events(new LeadkitListener() {
            @Override
            public void listingFailed(LeadkitListener.ListingFailed failed) {
                failures.add(failed);
            }
        }, new Platform("test", "Test"));
        List<Throwable> failure = new ArrayList<>();

        readUntilItFails(sameEveryTime(events), failure);

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).failure()).isSameAs(failure.get(0));
        assertThat(failures.get(0).pages()).isEqualTo(4);
        assertThat(failures.get(0).items()).isEqualTo(8);
    }
}
