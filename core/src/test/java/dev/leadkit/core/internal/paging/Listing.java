package dev.leadkit.core.internal.paging;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.ServerException;
import dev.leadkit.core.internal.cancel.Cancellation;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A listing of {@code pages} pages of {@code size} numbered items, recording each page fetched. */
final class Listing {
    final int pages;
    final int size;
    final boolean totals;
    final ConcurrentLinkedQueue<Integer> fetched = new ConcurrentLinkedQueue<>();
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger maxConcurrent = new AtomicInteger();
    volatile int failingPage = -1;
    final AtomicInteger failuresLeft = new AtomicInteger(Integer.MAX_VALUE);
    volatile int maxDelayMillis;

    Listing(int pages, int size, boolean totals) {
        this.pages = pages;
        this.size = size;
        this.totals = totals;
    }

    Page<Integer> fetch(int number, Cancellation cancellation) {
        fetched.add(number);
        maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        try {
            if (maxDelayMillis > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(maxDelayMillis));
            }
            if (number == failingPage && failuresLeft.getAndDecrement() > 0) {
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
