package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.Platform;
import dev.leadkit.core.internal.Events;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A listener whose {@code page(...)} throws an {@link Error} loses no lead: the error reaches the consumer in
 * place of that page, the walk ends, and reading on names the page to resume from instead of skipping it.
 */
class ListenerErrorTest {

    private static final int PAGES = 5;
    private static final int SIZE = 10;

    /** A listener that throws an {@link AssertionError} the first time it is told of page 2. */
    private static final class ThrowsOnPageTwo implements LeadkitListener {

        final AtomicBoolean thrown = new AtomicBoolean();

        @Override
        public void page(PageDelivered page) {
            if (page.number() == 2 && thrown.compareAndSet(false, true)) {
                throw new AssertionError("listener broken");
            }
        }
    }

    private static PagedIterable<Integer> listing(Listing pages, LeadkitListener listener, int prefetch) {
        PagedIterable<Integer> listing = new LazyPagedIterable<>(pages::fetch,
                new Events(listener, new Platform("test", "Test")), () -> { });
        return prefetch == 0 ? listing : listing.prefetch(prefetch);
    }

    @ParameterizedTest(name = "prefetch {0}")
    @ValueSource(ints = {0, 3})
    void theErrorIsThrownInPlaceOfThePageAndReadingOnNamesThatPageInsteadOfSkippingIt(int prefetch) {
        Listing pages = new Listing(PAGES, SIZE, true);
        PagedIterable<Integer> listing = listing(pages, new ThrowsOnPageTwo(), prefetch);
        List<Integer> read = new ArrayList<>();
        Iterator<Integer> items = listing.iterator();
        for (int i = 0; i < SIZE; i++) {
            read.add(items.next());
        }

        assertThat(catchThrowable(items::next)).isInstanceOf(AssertionError.class).hasMessage("listener broken");
        Throwable readingOn = catchThrowable(items::hasNext);

        assertThat(readingOn).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("the listing ended before page 2 was handed out")
                .hasMessageContaining("startingAt(2) reads on from it")
                .hasCauseInstanceOf(AssertionError.class);
        int resumeAt = ((ConnectionException) readingOn).page().orElseThrow();
        assertThat(resumeAt).isEqualTo(2);
        listing.startingAt(resumeAt).forEach(read::add);
        assertThat(read).containsExactlyElementsOf(IntStream.range(0, PAGES * SIZE).boxed().toList());
    }

    @Test
    void aStreamWhoseConsumerCatchesTheErrorAndReadsOnGetsTheConnectionExceptionNotTheNextPage() {
        Listing pages = new Listing(PAGES, SIZE, true);
        Iterator<Integer> items = listing(pages, new ThrowsOnPageTwo(), 0).stream().iterator();
        for (int i = 0; i < SIZE; i++) {
            items.next();
        }

        assertThat(catchThrowable(items::next)).isInstanceOf(AssertionError.class);
        assertThat(catchThrowable(items::next)).isInstanceOf(ConnectionException.class);
    }

    @Test
    void aListenersRuntimeExceptionIsStillContained() {
        Listing pages = new Listing(PAGES, SIZE, true);
        LeadkitListener throwing = new LeadkitListener() {
            @Override
            public void page(PageDelivered page) {
                throw new IllegalStateException("listener broken");
            }
        };

        assertThat(listing(pages, throwing, 0).stream()).hasSize(PAGES * SIZE);
    }

    @Test
    void anErrorWhenToldTheListingEndedKeepsTheLastPageToo() {
        Listing pages = new Listing(2, SIZE, true);
        AtomicBoolean thrown = new AtomicBoolean();
        LeadkitListener throwing = new LeadkitListener() {
            @Override
            public void listingEnded(ListingEnded ended) {
                if (thrown.compareAndSet(false, true)) {
                    throw new AssertionError("listener broken");
                }
            }
        };
        Iterator<Integer> items = listing(pages, throwing, 0).iterator();
        for (int i = 0; i < SIZE; i++) {
            items.next();
        }

        assertThat(catchThrowable(items::next)).isInstanceOf(AssertionError.class);
        assertThat(catchThrowable(items::next)).isInstanceOf(ConnectionException.class)
                .extracting(e -> ((ConnectionException) e).page().orElseThrow()).isEqualTo(2);
    }
}
