package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.ServerException;
import dev.leadkit.core.ApiError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LazyPagedIterableTest {

    /** A listing of {@code pages} pages of {@code size} numbered items, recording each page fetched. */
    private static final class Listing {
        final int pages;
        final int size;
        final boolean totals;
        final ConcurrentLinkedQueue<Integer> fetched = new ConcurrentLinkedQueue<>();
        final AtomicInteger concurrent = new AtomicInteger();
        final AtomicInteger maxConcurrent = new AtomicInteger();
        volatile int failingPage = -1;
        volatile int maxDelayMillis;

        Listing(int pages, int size, boolean totals) {
            this.pages = pages;
            this.size = size;
            this.totals = totals;
        }

        Page<Integer> fetch(int number) {
            fetched.add(number);
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                if (maxDelayMillis > 0) {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(maxDelayMillis));
                }
                if (number == failingPage) {
                    throw new ServerException(ApiError.builder().statusCode(503).request("GET /leads").build());
                }
                List<Integer> items = number > pages ? List.of()
                        : IntStream.range((number - 1) * size, number * size).boxed().collect(Collectors.toList());
                boolean hasNext = number < pages;
                return totals ? Page.of(items, number, hasNext, (long) pages * size, pages)
                        : Page.withoutTotals(items, number, hasNext);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                concurrent.decrementAndGet();
            }
        }

        PagedIterable<Integer> iterable() {
            return new LazyPagedIterable<>(this::fetch);
        }

        List<Integer> all() {
            return IntStream.range(0, pages * size).boxed().collect(Collectors.toList());
        }
    }

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
        PagedIterable<Integer> iterable = new LazyPagedIterable<>(number -> {
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
            return listing.fetch(number);
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
    void prefetchWithoutTotalsFetchesOnePageAhead() {
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

    @Test
    void closingAPrefetchingStreamStopsFurtherRequests() throws Exception {
        Listing listing = new Listing(1000, 1, true);
        listing.maxDelayMillis = 5;
        try (Stream<Integer> stream = listing.iterable().prefetch(3).stream()) {
            Iterator<Integer> it = stream.iterator();
            it.next();
            it.next();
        }
        Thread.sleep(50);
        int afterClose = listing.fetched.size();
        Thread.sleep(50);

        assertThat(listing.fetched.size()).isEqualTo(afterClose).isLessThanOrEqualTo(2 + 3 + 1);
    }

    @Test
    void aPrefetchingStreamCutShortAndNeverClosedRequestsNothingMoreAndIsCancelledOnceCollected() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(3);
        AtomicInteger requested = new AtomicInteger();
        PagedIterable<Integer> listing = new LazyPagedIterable<>(number -> {
            requested.incrementAndGet();
            if (number == 1) {
                return Page.of(List.of(1, 2), 1, true, 20, 10);
            }
            try {
                Thread.sleep(60_000); // a page that would take a minute to come
            } catch (InterruptedException e) {
                cancelled.countDown();
            }
            return Page.of(List.of(), number, true, 20, 10);
        }).prefetch(3);

        List<Integer> first = listing.stream().limit(1).collect(Collectors.toList()); // no close(): no signal

        assertThat(first).containsExactly(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (cancelled.getCount() > 0 && System.nanoTime() < deadline) {
            System.gc();
            cancelled.await(50, TimeUnit.MILLISECONDS);
        }
        assertThat(cancelled.getCount()).as("in-flight pages still running after the stream was collected").isZero();
        assertThat(requested).as("page 1, then the window of 3; nothing after the short-circuit").hasValue(4);
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
    void distinctByIdDropsItemsRepeatedFromThePreviousPage() {
        // page 2 starts with the last item of page 1 again, as when a lead is inserted at the top mid-read
        PagedIterable<Integer> shifted = new LazyPagedIterable<>(number -> number == 1
                ? Page.of(List.of(1, 2, 3), 1, true, 6, 2)
                : Page.of(List.of(3, 4, 5, 6), 2, false, 7, 2));

        assertThat(shifted.stream()).containsExactly(1, 2, 3, 3, 4, 5, 6);
        assertThat(shifted.distinctById().stream()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void distinctByIdDropsAnItemRepeatedOnThreePagesInARow() {
        // a page's worth of leads arrived between pages 2 and 3: item 3 comes on pages 1, 2 and 3
        PagedIterable<Integer> shifted = new LazyPagedIterable<>(number -> switch (number) {
            case 1 -> Page.of(List.of(1, 2, 3), 1, true, 9, 3);
            case 2 -> Page.of(List.of(3, 4, 5), 2, true, 10, 4);
            default -> Page.of(List.of(3, 4, 5, 6), 3, false, 13, 3);
        });

        assertThat(shifted.distinctById().stream()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void distinctByIdKeysLeadsByTheirId() {
        PagedIterable<TestLead> leads = new LazyPagedIterable<>(number -> number == 1
                ? Page.withoutTotals(List.of(new TestLead("a"), new TestLead("b")), 1, true)
                : Page.withoutTotals(List.of(new TestLead("b"), new TestLead("c")), 2, false));

        assertThat(leads.distinctById().stream().map(TestLead::id)).containsExactly("a", "b", "c");
    }

    @Test
    void totalChangingBetweenPagesIsLoggedAsAWarning() {
        List<String> warnings = new ArrayList<>();
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("dev.leadkit.paging");
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warnings.add(new java.util.logging.SimpleFormatter().formatMessage(record));
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
            new LazyPagedIterable<>(number -> Page.of(List.of(number), number, number < 3, 10 + (number == 3 ? 1 : 0), 3))
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
