package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.cancel.Cancellation;
import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The prefetching walk built directly, without the fetcher wrapper of {@link LazyPagedIterable} that names the page
 * of a failure and without the walk's observer: what the iterator does by itself at its ends and on failures.
 */
class PrefetchingPageIteratorTest {

    private static PrefetchingPageIterator<Integer> walk(PageFetcher<Integer> fetcher, int start, int window) {
        return new PrefetchingPageIterator<>(fetcher, start, window, Cancellation.newListing());
    }

    /** Waits until its walk is cancelled (at most 10 s), then fails as a cancelled call does; counts both. */
    private static final class Hanging {
        final AtomicInteger started = new AtomicInteger();
        final CountDownLatch cancelled;

        Hanging(int count) {
            cancelled = new CountDownLatch(count);
        }

        Page<Integer> hang(int number, Cancellation cancellation) {
            started.incrementAndGet();
            if (SlowFetches.waitUntilCancelled(cancellation)) {
                cancelled.countDown();
                throw new ConnectionException("the call was cancelled");
            }
            return Page.of(List.of(number), number, true, 100, 100);
        }
    }

    @Test
    void askingPastTheLastPageIsANoSuchElementExceptionNamingIt() {
        Listing listing = new Listing(2, 1, true);
        PrefetchingPageIterator<Integer> pages = walk(listing::fetch, 1, 3);
        pages.next();
        pages.next();

        assertThat(pages.hasNext()).isFalse();
        assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class)
                .hasMessage("the vendor said page 2 is the last");
        assertThat(listing.fetched).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void theLastPageCancelsThePagesRequestedBeyondIt() throws Exception {
        // the total promises 6 pages; page 2 says it is the last, with pages 3 and 4 already requested
        Hanging hanging = new Hanging(2);
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> switch (number) {
            case 1 -> Page.of(List.of(1), 1, true, 6, 6);
            case 2 -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (hanging.started.get() < 2 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                yield Page.of(List.of(2), 2, false, 2, 2);
            }
            default -> hanging.hang(number, cancellation);
        }, 1, 3);
        pages.next();

        assertThat(pages.next().hasNext()).isFalse();

        assertThat(hanging.cancelled.await(5, TimeUnit.SECONDS)).as("pages 3 and 4 cancelled by the last page").isTrue();
    }

    @Test
    void aClosedWalkRefusesTheNextPageNamingIt() {
        Listing listing = new Listing(5, 1, true);
        PrefetchingPageIterator<Integer> pages = walk(listing::fetch, 1, 2);
        pages.next();

        pages.close();

        ConnectionException e = catchThrowableOfType(ConnectionException.class, pages::next);
        assertThat(e).hasMessageStartingWith("the listing was closed before page 2 was read");
        assertThat(e.page()).hasValue(2);
    }

    @Test
    void aLeadkitExceptionOfAPageAheadSurfacesAtItsPageNamingIt() {
        LeadkitException failure = new LeadkitException("the vendor said no");
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> {
            if (number == 2) {
                throw failure;
            }
            return Page.of(List.of(number), number, true, 5, 5);
        }, 1, 2);
        pages.next();

        Throwable thrown = catchThrowable(pages::next);

        assertThat(thrown).isSameAs(failure);
        assertThat(failure.page()).hasValue(2);
    }

    @Test
    void anUncheckedExceptionOfAPageIsThrownAsItIs() {
        IllegalStateException failure = new IllegalStateException("a bug in a dialect");
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> {
            throw failure;
        }, 1, 2);

        assertThat(catchThrowable(pages::next)).isSameAs(failure);
    }

    @Test
    void anErrorOfAPageIsThrownAsItIs() {
        AssertionError failure = new AssertionError("an error");
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> {
            throw failure;
        }, 1, 2);

        assertThat(catchThrowable(pages::next)).isSameAs(failure);
    }

    @Test
    void aCheckedExceptionOfAPageIsALeadkitExceptionNamingThePage() {
        IOException failure = new IOException("sneaked through");
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> {
            throw PrefetchingPageIteratorTest.<RuntimeException>sneaky(failure);
        }, 3, 2);

        LeadkitException e = catchThrowableOfType(LeadkitException.class, pages::next);

        assertThat(e).hasMessage("page 3 could not be fetched").hasCause(failure);
        assertThat(e.page()).hasValue(3);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable failure) throws E {
        throw (E) failure;
    }

    @Test
    void aConsumerInterruptedWhileWaitingGetsAConnectionExceptionKeepsTheInterruptAndCancelsTheFetches() throws Exception {
        Hanging hanging = new Hanging(3);
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> number == 1
                ? Page.of(List.of(1), 1, true, 10, 10) : hanging.hang(number, cancellation), 1, 3);
        pages.next();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (hanging.started.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(hanging.started).as("pages 2 to 4 in flight").hasValue(3);
        Thread.currentThread().interrupt();
        ConnectionException e;
        boolean interrupted;
        try {
            e = catchThrowableOfType(ConnectionException.class, pages::next);
        } finally {
            interrupted = Thread.interrupted();
        }

        assertThat(e).hasMessage("interrupted while waiting for page 2").hasCauseInstanceOf(InterruptedException.class);
        assertThat(e.page()).hasValue(2);
        assertThat(interrupted).as("the interrupt is kept").isTrue();
        assertThat(hanging.cancelled.await(5, TimeUnit.SECONDS)).as("pages 2 to 4 cancelled").isTrue();
        assertThat(catchThrowableOfType(ConnectionException.class, pages::next)).hasMessageContaining("closed");
    }

    @Test
    void nothingIsRequestedAheadOnceAPageAheadHasFailed() throws Exception {
        CountDownLatch thirdFailed = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> fetched = new ConcurrentLinkedQueue<>();
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> {
            fetched.add(number);
            if (number == 3) {
                thirdFailed.countDown();
                throw new LeadkitException("page 3 failed");
            }
            return Page.of(List.of(number), number, true, 40, 40);
        }, 1, 2);
        pages.next(); // pages 2 and 3 requested
        assertThat(thirdFailed.await(5, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!pages.aPageAheadFailed() && System.nanoTime() < deadline) {
            Thread.sleep(1); // page 3's failure is recorded once its fetch has thrown
        }

        assertThat(pages.next().number()).isEqualTo(2);

        assertThat(pages.pagesAhead()).as("only page 3 ahead: no page 4 requested with page 3 failed").isEqualTo(1);
        assertThat(fetched).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void theWindowIsRefilledAsTheConsumerReadsOn() throws Exception {
        Listing listing = new Listing(10, 1, true);
        PrefetchingPageIterator<Integer> pages = walk(listing::fetch, 1, 3);

        pages.next();
        pages.next();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (listing.fetched.size() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(pages.pagesAhead()).as("the window of 3 ahead").isEqualTo(3);
        assertThat(listing.fetched).as("pages 1 and 2 read, 3 to 5 ahead").containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        pages.close();
    }

    @Test
    void theLastPageNumberIsRequestedAndNoneBeyondIt() {
        ConcurrentLinkedQueue<Integer> fetched = new ConcurrentLinkedQueue<>();
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> {
            fetched.add(number);
            return Page.of(List.of(number), number, true, Long.MAX_VALUE, Long.MAX_VALUE);
        }, Integer.MAX_VALUE - 1, 3);

        assertThat(pages.next().number()).isEqualTo(Integer.MAX_VALUE - 1);
        assertThat(pages.next().number()).isEqualTo(Integer.MAX_VALUE);

        assertThat(pages.pagesAhead()).as("no page number beyond the last one").isZero();
        assertThat(fetched).containsExactlyInAnyOrder(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
        pages.close();
    }

    @Test
    void aWalkStartingAtTheLastPageNumberReadsIt() {
        PrefetchingPageIterator<Integer> pages = walk((number, cancellation) -> Page.of(List.of(number), number, false, 1, 1),
                Integer.MAX_VALUE, 2);

        assertThat(pages.next().number()).isEqualTo(Integer.MAX_VALUE);
    }
}
