package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.ServerException;
import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.cancel.Cancellation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LazyPagedIterableTest {

    @Test
    void streamYieldsEveryItemInOrderFetchingEachPageOnce() {
        Listing listing = new Listing(4, 3, true);

        assertThat(listing.iterable().stream()).containsExactlyElementsOf(listing.all());
        assertThat(listing.fetched).containsExactly(1, 2, 3, 4);
    }

    @Test
    void iteratorAndStreamAgree() {
        Listing listing = new Listing(3, 2, false);
        List<Integer> iterated = new ArrayList<>();
        listing.iterable().forEach(iterated::add);

        assertThat(iterated).containsExactlyElementsOf(listing.all());
    }

    @Test
    void eachStreamIsAFreshWalk() {
        Listing listing = new Listing(2, 2, true);
        PagedIterable<Integer> iterable = listing.iterable();

        assertThat(iterable.stream().count()).isEqualTo(4);
        assertThat(iterable.stream().count()).isEqualTo(4);
        assertThat(listing.fetched).containsExactly(1, 2, 1, 2);
    }

    @Test
    void shortCircuitStopsFetching() {
        Listing listing = new Listing(100, 10, true);

        assertThat(listing.iterable().stream().limit(15).count()).isEqualTo(15);
        assertThat(listing.fetched).containsExactly(1, 2);
    }

    @Test
    void startingAtSkipsEarlierPages() {
        Listing listing = new Listing(5, 2, true);

        assertThat(listing.iterable().startingAt(4).stream()).containsExactly(6, 7, 8, 9);
        assertThat(listing.fetched).containsExactly(4, 5);
    }

    @Test
    void startingPastTheEndYieldsNothingAfterOneRequest() {
        Listing listing = new Listing(2, 2, true);

        assertThat(listing.iterable().startingAt(9).stream()).isEmpty();
        assertThat(listing.fetched).containsExactly(9);
    }

    @Test
    void pageAndPrefetchArgumentsAreValidated() {
        PagedIterable<Integer> iterable = new Listing(1, 1, true).iterable();

        assertThatThrownBy(() -> iterable.startingAt(0)).hasMessageContaining("page number must be 1 or more");
        assertThatThrownBy(() -> iterable.prefetch(0)).hasMessageContaining("prefetch pages must be between 1 and 64");
        assertThatThrownBy(() -> iterable.prefetch(65)).hasMessageContaining("prefetch");
    }

    @Test
    void prefetchKeepsSequentialOrderUnderRandomDelays() {
        Listing listing = new Listing(30, 5, true);
        listing.maxDelayMillis = 15;

        assertThat(listing.iterable().prefetch(4).stream()).containsExactlyElementsOf(listing.all());
        assertThat(listing.fetched).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void prefetchRequestsFollowingPagesConcurrently() {
        CountDownLatch thirdStarted = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        Listing listing = new Listing(4, 1, true);
        PagedIterable<Integer> iterable = new LazyPagedIterable<>((number, cancellation) -> {
            if (number == 3) {
                thirdStarted.countDown();
            }
            if (number == 2) {
                try {
                    overlapped.set(thirdStarted.await(5, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return listing.fetch(number, cancellation);
        });

        assertThat(iterable.prefetch(2).stream()).containsExactly(0, 1, 2, 3);
        assertThat(overlapped).as("page 3 was requested while page 2 was in flight").isTrue();
    }

    @Test
    void prefetchNeverHasMoreThanTheWindowInFlight() {
        Listing listing = new Listing(20, 1, true);
        listing.maxDelayMillis = 10;

        listing.iterable().prefetch(4).stream().count();

        assertThat(listing.maxConcurrent.get()).isLessThanOrEqualTo(4);
    }

    @Test
    void aSlowConsumerStallsFetchingAtTheWindowInsteadOfBufferingPages() throws Exception {
        Listing listing = new Listing(40, 1, true); // instant pages: only the window can hold fetching back
        Iterator<Page<Integer>> pages = listing.iterable().prefetch(3).pages().iterator();

        for (int consumed = 1; consumed <= 10; consumed++) {
            assertThat(pages.next().number()).isEqualTo(consumed);
            Thread.sleep(20); // the consumer is busy; the workers have time to run ahead if they may
            assertThat(listing.fetched).as("pages fetched while the consumer holds page %d", consumed)
                    .hasSizeLessThanOrEqualTo(consumed + 3);
        }
    }

    @Test
    void prefetchWithoutTotalsNeverHasMoreThanOnePageInFlight() {
        Listing listing = new Listing(6, 2, false);
        listing.maxDelayMillis = 5;

        assertThat(listing.iterable().prefetch(8).stream()).containsExactlyElementsOf(listing.all());
        assertThat(listing.maxConcurrent.get()).isEqualTo(1);
    }

    @Test
    void prefetchNeverRequestsPastTheVendorsLastPage() {
        Listing listing = new Listing(3, 2, true);

        listing.iterable().prefetch(10).stream().count();

        assertThat(listing.fetched).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void prefetchErrorSurfacesAtItsPageAfterEveryEarlierItem() {
        Listing listing = new Listing(10, 2, true);
        listing.failingPage = 6;
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> listing.iterable().prefetch(4).forEach(seen::add)).isInstanceOf(ServerException.class);
        assertThat(seen).containsExactlyElementsOf(listing.all().subList(0, 10));
    }

    /**
     * A listing of 10 pages whose page 1 comes at once and whose later pages each wait until their listing is
     * closed (for at most 10 s): counts the fetches started and the fetches that saw the cancellation.
     */
    private static final class HangingListing {
        final AtomicInteger requested = new AtomicInteger();
        final AtomicInteger hanging = new AtomicInteger();
        final AtomicInteger sawCancellation = new AtomicInteger();
        final CountDownLatch started;
        final CountDownLatch cancelled;

        HangingListing(int window) {
            started = new CountDownLatch(window);
            cancelled = new CountDownLatch(window);
        }

        PagedIterable<Integer> iterable() {
            return new LazyPagedIterable<>((number, cancellation) -> {
                requested.incrementAndGet();
                if (number == 1) {
                    return Page.of(List.of(1, 2), 1, true, 20, 10);
                }
                hanging.incrementAndGet();
                started.countDown();
                if (SlowFetches.waitUntilCancelled(cancellation)) {
                    sawCancellation.incrementAndGet();
                    cancelled.countDown();
                }
                return Page.of(List.of(), number, true, 20, 10);
            });
        }

        /**
         * A fetch cancelled before it started never runs; one already running sees the cancellation. Without
         * a cancellation the window's fetches start within milliseconds and hang for ten seconds.
         */
        void assertEveryFetchStartedSawTheCancellation() throws InterruptedException {
            Thread.sleep(300);
            assertThat(eventually(() -> sawCancellation.get() == hanging.get()))
                    .as("%d fetches started, %d saw the cancellation", hanging.get(), sawCancellation.get()).isTrue();
        }
    }

    private static void sleepUninterruptibly(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                throw new AssertionError("interrupted; leadkit cancels calls, it never interrupts", e);
            }
        }
    }

    @Test
    void closingAPrefetchingStreamCancelsTheFetchesInFlightAndRequestsNoMore() throws Exception {
        HangingListing listing = new HangingListing(3);
        Stream<Integer> stream = listing.iterable().prefetch(3).stream();
        Iterator<Integer> it = stream.iterator();
        it.next();
        assertThat(listing.started.await(5, TimeUnit.SECONDS)).as("pages 2 to 4 in flight").isTrue();

        stream.close();

        assertThat(listing.cancelled.await(5, TimeUnit.SECONDS)).as("the three fetches saw the close").isTrue();
        assertThat(listing.requested).hasValue(4);
        java.lang.ref.Reference.reachabilityFence(stream); // cancelled by close(), not by the cleaner
    }

    @Test
    void aStreamCutShortByLimitCancelsItsFetchesInFlightWithoutBeingClosed() throws Exception {
        HangingListing listing = new HangingListing(3);
        PagedIterable<Integer> prefetching = listing.iterable().prefetch(3);

        List<Integer> first = prefetching.stream().limit(1).collect(Collectors.toList()); // no close()

        assertThat(first).containsExactly(1);
        listing.assertEveryFetchStartedSawTheCancellation();
        assertThat(listing.requested).as("page 1, then at most the window of 3").hasValueLessThanOrEqualTo(4);
    }

    @Test
    void aStreamCutShortByFindFirstOrAnyMatchCancelsItsFetchesInFlightToo() throws Exception {
        HangingListing findFirst = new HangingListing(2);
        assertThat(findFirst.iterable().prefetch(2).stream().findFirst()).hasValue(1);
        findFirst.assertEveryFetchStartedSawTheCancellation();

        HangingListing anyMatch = new HangingListing(2);
        assertThat(anyMatch.iterable().prefetch(2).stream().mapToInt(Integer::intValue).anyMatch(i -> i == 2)).isTrue();
        anyMatch.assertEveryFetchStartedSawTheCancellation();
    }

    @Test
    void anIteratorLeftBehindHasItsFetchesCancelledOnceItIsCollected() throws Exception {
        HangingListing listing = new HangingListing(3);
        Iterator<Integer> it = listing.iterable().prefetch(3).iterator();
        assertThat(it.next()).isEqualTo(1);
        assertThat(listing.started.await(5, TimeUnit.SECONDS)).as("pages 2 to 4 in flight").isTrue();
        it = null; // a for loop left with break: nothing tells the pager

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        while (listing.cancelled.getCount() > 0 && System.nanoTime() < deadline) {
            System.gc();
            listing.cancelled.await(50, TimeUnit.MILLISECONDS);
        }

        assertThat(listing.cancelled.getCount()).as("fetches still running after the iterator was collected").isZero();
        assertThat(listing.requested).hasValue(4);
    }

    @Test
    void closingFromAnotherThreadStopsTheConsumerWithAnErrorNamingThePageItWasAt() throws Exception {
        Listing listing = new Listing(1000, 1, true);
        Stream<Page<Integer>> pages = listing.iterable().prefetch(3).pages();
        Iterator<Page<Integer>> it = pages.iterator();
        assertThat(it.next().number()).isEqualTo(1);
        assertThat(it.next().number()).isEqualTo(2);

        Thread closer = new Thread(pages::close);
        closer.start();
        closer.join(5_000);

        ConnectionException e = catchThrowableOfType(ConnectionException.class, it::next);
        assertThat(e).hasMessageContaining("closed");
        assertThat(e.page()).hasValue(3);
        assertThat(listing.fetched).as("page 2, then the window of 3 ahead of it").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void failureNamesThePageToResumeFromAfterDeliveringEveryEarlierItem() {
        Listing listing = new Listing(5, 2, true);
        listing.failingPage = 4;
        List<Integer> seen = new ArrayList<>();

        ServerException e = catchThrowableOfType(ServerException.class, () -> listing.iterable().forEach(seen::add));

        assertThat(e.page()).hasValue(4);
        assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5);
        listing.failingPage = -1;
        assertThat(listing.iterable().startingAt(e.page().getAsInt()).stream()).containsExactly(6, 7, 8, 9);
    }

    @Test
    void prefetchFailureNamesItsPageToo() {
        Listing listing = new Listing(8, 1, true);
        listing.failingPage = 5;

        ServerException e = catchThrowableOfType(ServerException.class, () -> listing.iterable().prefetch(3).stream().count());

        assertThat(e.page()).hasValue(5);
    }

    @Test
    void closingFromAnotherThreadFreesAConsumerWaitingForItsPageAtOnce() throws Exception {
        // page 2 is held until the consumer has its answer and does not listen for the close, as a fetch asleep
        // before a retry (at most ten seconds, which only a consumer the close did not free waits out)
        CountDownLatch consumerAnswered = new CountDownLatch(1);
        AtomicBoolean pageTwoFetched = new AtomicBoolean();
        PagedIterable<Integer> slow = new LazyPagedIterable<>((number, cancellation) -> {
            if (number == 2) {
                awaitUninterruptibly(consumerAnswered);
                pageTwoFetched.set(true);
            }
            return Page.of(List.of(number), number, number < 3, 3, 3);
        });
        Stream<Page<Integer>> pages = slow.prefetch(2).pages();
        Iterator<Page<Integer>> it = pages.iterator();
        it.next();
        Thread consumer = Thread.currentThread();
        Thread closer = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (consumer.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // until the consumer waits for page 2
            }
            pages.close();
        });
        closer.start();

        ConnectionException e = catchThrowableOfType(ConnectionException.class, it::next);
        boolean fetchedBeforeTheAnswer = pageTwoFetched.get();
        consumerAnswered.countDown();

        assertThat(e).as("the consumer freed by the close").isNotNull();
        assertThat(e.page()).hasValue(2);
        assertThat(fetchedBeforeTheAnswer).as("freed while page 2 was still being fetched").isFalse();
        closer.join(5_000);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError("interrupted; leadkit cancels calls, it never interrupts", e);
        }
    }

    @Test
    void aParallelStreamOfAPrefetchedListingShortCircuitsWithTheRightItems() {
        Listing listing = new Listing(3_000, 1, true); // more pages than a parallel split would take at once

        assertThat(listing.iterable().prefetch(4).stream().parallel().limit(3).collect(Collectors.toList()))
                .containsExactly(0, 1, 2);
        assertThat(listing.iterable().prefetch(4).stream().parallel().findFirst()).hasValue(0);
        assertThat(listing.iterable().prefetch(4).stream().parallel().anyMatch(i -> i == 10)).isTrue();
        assertThat(listing.fetched).as("pages fetched for three short reads").hasSizeLessThan(100);
    }

    @Test
    void afterAFailedPagePrefetchRequestsNothingMoreUntilTheConsumerReachesIt() throws Exception {
        CompletableFuture<Thread> thirdFailedOn = new CompletableFuture<>();
        CountDownLatch restOfTheWindowStarted = new CountDownLatch(7);
        Listing listing = new Listing(40, 1, true);
        listing.failingPage = 3;
        PagedIterable<Integer> iterable = new LazyPagedIterable<>((number, cancellation) -> {
            if (number >= 3 && number <= 9) {
                restOfTheWindowStarted.countDown();
            }
            if (number == 2) {
                // page 2 comes only once pages 3 to 9 are fetched (a fetch not begun when the consumer meets page
                // 3's failure is cancelled before it starts) and page 3's failure is recorded, with the consumer
                // still before it
                awaitUninterruptibly(restOfTheWindowStarted);
                awaitIdle(thirdFailedOn.orTimeout(10, TimeUnit.SECONDS).join());
            }
            try {
                return listing.fetch(number, cancellation);
            } catch (ServerException e) {
                thirdFailedOn.complete(Thread.currentThread());
                throw e;
            }
        });
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> iterable.prefetch(8).forEach(item -> {
            seen.add(item);
            sleepUninterruptibly(50); // a slow consumer: a refill after page 2 would have time to start
        })).isInstanceOf(ServerException.class);

        assertThat(seen).containsExactly(0, 1);
        assertThat(listing.fetched).as("page 1, then the window 2 to 9; none once page 3 had failed")
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    /**
     * Waits (at most ten seconds) until a pager thread whose fetch has thrown is back in its pool, waiting for
     * work: by then the walk has recorded the failure, which it does on that thread once the fetch has thrown.
     */
    private static void awaitIdle(Thread worker) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (worker.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aPrefetchErrorCancelsThePagesRequestedAfterTheFailedOne() throws Exception {
        CountDownLatch laterPagesStarted = new CountDownLatch(2);
        CountDownLatch laterPagesCancelled = new CountDownLatch(2);
        PagedIterable<Integer> iterable = new LazyPagedIterable<>((number, cancellation) -> {
            if (number == 1) {
                return Page.of(List.of(1), 1, true, 4, 4);
            }
            if (number == 2) { // fails once pages 3 and 4 are in flight
                try {
                    laterPagesStarted.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new ServerException(ApiError.builder().statusCode(500).request("GET /leads").build());
            }
            laterPagesStarted.countDown();
            if (SlowFetches.waitUntilCancelled(cancellation)) {
                laterPagesCancelled.countDown();
            }
            return Page.of(List.of(number), number, number < 4, 4, 4);
        });

        ServerException e = catchThrowableOfType(ServerException.class, () -> iterable.prefetch(3).stream().count());

        assertThat(e.page()).hasValue(2);
        assertThat(laterPagesCancelled.await(5, TimeUnit.SECONDS)).as("pages 3 and 4 cancelled").isTrue();
    }

    @Test
    void askingAgainAfterAFailedPageReadsThatPageAgainWhetherPrefetchingOrNot() {
        for (int window : new int[] {0, 1, 4}) {
            Listing listing = new Listing(10, 1, true);
            listing.failingPage = 3;
            listing.failuresLeft.set(1);
            PagedIterable<Integer> iterable = window == 0 ? listing.iterable() : listing.iterable().prefetch(window);
            Iterator<Integer> items = iterable.iterator();
            List<Integer> seen = new ArrayList<>();
            seen.add(items.next());
            seen.add(items.next());

            ServerException e = catchThrowableOfType(ServerException.class, items::next);
            items.forEachRemaining(seen::add);

            assertThat(e.page()).as("window %d", window).hasValue(3);
            assertThat(seen).as("window %d: nothing skipped", window).containsExactlyElementsOf(listing.all());
        }
    }

    @Test
    void startingAtWithPrefetchReadsFromThatPageInOrder() {
        Listing listing = new Listing(12, 2, true);
        listing.maxDelayMillis = 5;

        assertThat(listing.iterable().startingAt(5).prefetch(3).stream())
                .containsExactlyElementsOf(listing.all().subList(8, 24));
        assertThat(listing.fetched).containsExactlyInAnyOrder(5, 6, 7, 8, 9, 10, 11, 12);
    }

    /**
     * Reads page 1 and keeps the walk open, as a consumer busy with page 1 does; hold on to the result
     * ({@code reachabilityFence}), or the cleaner may cancel the walk while the test looks on.
     */
    private static Iterator<Page<Integer>> readingPageOne(PagedIterable<Integer> listing) {
        Iterator<Page<Integer>> pages = listing.pages().iterator();
        assertThat(pages.next().number()).isEqualTo(1);
        return pages;
    }

    @Test
    void prefetchRequestsTheLastPageAheadToo() throws Exception {
        Listing listing = new Listing(3, 1, true);
        Iterator<Page<Integer>> walk = readingPageOne(listing.iterable().prefetch(5));

        assertThat(eventually(() -> listing.fetched.contains(3))).as("page 3 requested while page 1 is read").isTrue();
        java.lang.ref.Reference.reachabilityFence(walk);
    }

    @Test
    void prefetchOfOneKeepsOnePageAhead() throws Exception {
        Listing listing = new Listing(6, 2, true);
        Iterator<Page<Integer>> walk = readingPageOne(listing.iterable().prefetch(1));

        assertThat(eventually(() -> listing.fetched.contains(2))).as("page 2 requested while page 1 is read").isTrue();
        Thread.sleep(100);
        assertThat(listing.fetched).containsExactlyInAnyOrder(1, 2);
        java.lang.ref.Reference.reachabilityFence(walk);
    }

    @Test
    void withoutTotalsPrefetchRequestsTheNextPageWhileTheConsumerReadsThisOne() throws Exception {
        Listing listing = new Listing(6, 2, false);
        Iterator<Page<Integer>> walk = readingPageOne(listing.iterable().prefetch(4));

        assertThat(eventually(() -> listing.fetched.contains(2))).as("page 2 requested while page 1 is read").isTrue();
        assertThat(listing.fetched).containsExactlyInAnyOrder(1, 2);
        java.lang.ref.Reference.reachabilityFence(walk);
    }

    @Test
    void sequentialReadingRequestsNothingAheadOfTheConsumer() throws Exception {
        Listing listing = new Listing(6, 2, true);
        Iterator<Page<Integer>> walk = readingPageOne(listing.iterable());

        Thread.sleep(200);
        assertThat(listing.fetched).containsExactly(1);
        java.lang.ref.Reference.reachabilityFence(walk);
    }

    @Test
    void pagesBeyondTheTotalTheVendorPromisedAreStillReadOneAhead() {
        // the total says 3 pages; the vendor goes on saying more follow until page 6
        PagedIterable<Integer> growing = new LazyPagedIterable<>((number, cancellation) ->
                Page.of(List.of(number), number, number < 6, 3, 3));

        assertThat(growing.prefetch(4).stream()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aFirstPageWithoutTotalsThenPagesWithTotalsIsReadInOrder() {
        PagedIterable<Integer> mixed = new LazyPagedIterable<>((number, cancellation) -> number == 1
                ? Page.withoutTotals(List.of(1), 1, true)
                : Page.of(List.of(number), number, number < 8, 8, 8));

        assertThat(mixed.prefetch(3).stream()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void distinctByIdWithPrefetchDropsTheSameRepeatsAsSequentialReading() {
        PageFetcher<Integer> shifted = (number, cancellation) -> switch (number) {
            case 1 -> Page.of(List.of(1, 2, 3), 1, true, 9, 3);
            case 2 -> Page.of(List.of(3, 4, 5), 2, true, 10, 4);
            default -> Page.of(List.of(3, 4, 5, 6), 3, false, 13, 3);
        };

        assertThat(new LazyPagedIterable<>(shifted).distinctById().prefetch(3).stream()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    /**
     * Whether {@code condition} holds within ten seconds: it is looked at every 5 ms, so a passing test waits no
     * longer than the condition takes, and a machine busy with other builds does not fail it.
     */
    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }

    @Test
    void distinctByIdDropsItemsRepeatedFromThePreviousPage() {
        // page 2 starts with the last item of page 1 again, as when a lead is inserted at the top mid-read
        PagedIterable<Integer> shifted = new LazyPagedIterable<>((number, cancellation) -> number == 1
                ? Page.of(List.of(1, 2, 3), 1, true, 6, 2)
                : Page.of(List.of(3, 4, 5, 6), 2, false, 7, 2));

        assertThat(shifted.stream()).containsExactly(1, 2, 3, 3, 4, 5, 6);
        assertThat(shifted.distinctById().stream()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void distinctByIdDropsAnItemRepeatedOnThreePagesInARow() {
        // a page's worth of leads arrived between pages 2 and 3: item 3 comes on pages 1, 2 and 3
        PagedIterable<Integer> shifted = new LazyPagedIterable<>((number, cancellation) -> switch (number) {
            case 1 -> Page.of(List.of(1, 2, 3), 1, true, 9, 3);
            case 2 -> Page.of(List.of(3, 4, 5), 2, true, 10, 4);
            default -> Page.of(List.of(3, 4, 5, 6), 3, false, 13, 3);
        });

        assertThat(shifted.distinctById().stream()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void distinctByIdKeysLeadsByTheirId() {
        PagedIterable<TestLead> leads = new LazyPagedIterable<>((number, cancellation) -> number == 1
                ? Page.withoutTotals(List.of(new TestLead("a"), new TestLead("b")), 1, true)
                : Page.withoutTotals(List.of(new TestLead("b"), new TestLead("c")), 2, false));

        assertThat(leads.distinctById().stream().map(TestLead::id)).containsExactly("a", "b", "c");
    }

    @Test
    void totalChangingBetweenPagesIsLoggedAsAWarning() {
        // the walk is sequential, so it logs on this thread; other test classes log on this logger at the same time
        Thread walking = Thread.currentThread();
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("dev.leadkit.paging");
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (Thread.currentThread() == walking) {
                    warnings.add(new java.util.logging.SimpleFormatter().formatMessage(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(capture);
        try {
            new LazyPagedIterable<>((number, cancellation) -> Page.of(List.of(number), number, number < 3, 10 + (number == 3 ? 1 : 0), 3))
                    .stream().count();
        } finally {
            jul.removeHandler(capture);
        }

        assertThat(warnings).singleElement().asString()
                .contains("total went from 10 on page 2 to 11 on page 3")
                .contains("distinctById()");
    }

    @Test
    void pageAsyncCompletesWithThePage() throws Exception {
        Listing listing = new Listing(3, 2, true);

        assertThat(listing.iterable().pageAsync(2).get(5, TimeUnit.SECONDS).items()).containsExactly(2, 3);
    }

    @Test
    void pageAsyncCompletesExceptionallyWithTheTypedError() {
        Listing listing = new Listing(3, 2, true);
        listing.failingPage = 2;

        assertThat(listing.iterable().pageAsync(2)).failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(ServerException.class);
    }

    private static final class TestLead implements dev.leadkit.core.Lead {
        private final String id;

        @Override
        public dev.leadkit.core.Platform platform() {
            return new dev.leadkit.core.Platform("test", "Test");
        }

        TestLead(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public java.util.Optional<String> name() {
            return java.util.Optional.empty();
        }

        @Override
        public List<String> phones() {
            return List.of();
        }

        @Override
        public List<String> emails() {
            return List.of();
        }

        @Override
        public String statusValue() {
            return "";
        }

        @Override
        public java.util.Optional<java.time.Instant> createdAt() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<java.time.Instant> updatedAt() {
            return java.util.Optional.empty();
        }
    }
}
