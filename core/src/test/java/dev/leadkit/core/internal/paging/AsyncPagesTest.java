package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.internal.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client's {@code pageAsync} fetches: at most the limit at once, on as many threads; the rest in call order. */
class AsyncPagesTest {

    private static final int CALLS = 300;

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final AtomicInteger tasksStarted = new AtomicInteger();
    private final Executor counted = task -> {
        tasksStarted.incrementAndGet();
        pool.execute(task);
    };

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void threeHundredCallsAtOnceStartSixtyFourFetchesAndTheRestWaitTheirTurn() throws Exception {
        AsyncPages limited = new AsyncPages(counted, AsyncPages.MAX_CONCURRENT);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        PagedIterable<Integer> listing = new LazyPagedIterable<>((number, cancellation) -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
                return Page.withoutTotals(List.of(number), number, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }, Events.none(), () -> { }, limited);

        List<CompletableFuture<Page<Integer>>> pages = new ArrayList<>();
        for (int page = 1; page <= CALLS; page++) {
            pages.add(listing.pageAsync(page));
        }

        assertThat(tasksStarted).as("fetches handed to threads while the first run").hasValue(64);
        assertThat(limited.waiting()).isEqualTo(CALLS - 64);
        release.countDown();
        for (int page = 1; page <= CALLS; page++) {
            assertThat(pages.get(page - 1).get(30, TimeUnit.SECONDS).items()).containsExactly(page);
        }
        assertThat(tasksStarted).hasValue(CALLS);
        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(64);
    }

    @Test
    void waitingFetchesStartInCallOrder() throws Exception {
        AsyncPages oneAtATime = new AsyncPages(counted, 1);
        CountDownLatch release = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> order = new ConcurrentLinkedQueue<>();
        oneAtATime.submit(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CountDownLatch done = new CountDownLatch(5);
        for (int i = 1; i <= 5; i++) {
            int call = i;
            oneAtATime.submit(() -> {
                order.add(call);
                done.countDown();
            });
        }

        assertThat(oneAtATime.waiting()).isEqualTo(5);
        release.countDown();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aFutureCancelledWhileItWaitsSendsNoRequest() throws Exception {
        AsyncPages oneAtATime = new AsyncPages(counted, 1);
        CountDownLatch release = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> fetched = new ConcurrentLinkedQueue<>();
        PagedIterable<Integer> listing = new LazyPagedIterable<>((number, cancellation) -> {
            fetched.add(number);
            if (number == 1) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Page.withoutTotals(List.of(number), number, false);
        }, Events.none(), () -> { }, oneAtATime);

        CompletableFuture<Page<Integer>> first = listing.pageAsync(1);
        CompletableFuture<Page<Integer>> cancelled = listing.pageAsync(2);
        CompletableFuture<Page<Integer>> third = listing.pageAsync(3);
        cancelled.cancel(false);
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).items()).containsExactly(1);
        assertThat(third.get(30, TimeUnit.SECONDS).items()).containsExactly(3);
        assertThat(fetched).containsExactly(1, 3);
    }
}
