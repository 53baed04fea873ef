package dev.leadkit.core.internal.paging;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.http.Cancellation;
import java.lang.ref.Cleaner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Up to {@code window} pages requested ahead of the consumer. Once a page tells the total, the pages up
 * to it are requested concurrently, at most {@code window} at a time; without a total, one page ahead.
 * Pages come out in order; an error on page {@code k} surfaces when the consumer reaches page {@code k},
 * after every item before it. {@link #close()} cancels what is in flight.
 *
 * <p>A stream cut short without being closed ({@code stream().limit(10).toList()}) gives no signal: Java
 * streams tell nobody that a short-circuit happened. No page is requested after the consumer stops asking,
 * so at most {@code window} requests are left in flight; the iterator is registered with a {@link Cleaner},
 * so once the abandoned stream is garbage collected, those requests are cancelled too. Closing the stream
 * (try-with-resources) cancels them at once.
 */
final class PrefetchingPageIterator<T> implements PageIterator<T> {

    private final PageFetcher<T> fetcher;
    private final int window;
    private final InFlight<T> inFlight = new InFlight<>();
    private final Cleaner.Cleanable cleanable;
    private int nextToRequest;
    private int lastKnownPage = -1;
    private Page<T> last;

    PrefetchingPageIterator(PageFetcher<T> fetcher, int start, int window) {
        this.fetcher = fetcher;
        this.window = window;
        this.nextToRequest = start;
        this.cleanable = PagerThreads.CLEANER.register(this, inFlight);
    }

    @Override
    public boolean hasNext() {
        return last == null || last.hasNext();
    }

    @Override
    public Page<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the vendor said page " + last.number() + " is the last");
        }
        if (inFlight.pages.isEmpty()) {
            request();
        }
        Page<T> page = await(inFlight.pages.removeFirst());
        last = page;
        page.totalPages().ifPresent(total -> lastKnownPage = total);
        if (page.hasNext()) {
            fillWindow(page);
        } else {
            close();
        }
        return page;
    }

    private void fillWindow(Page<T> page) {
        if (lastKnownPage < 0) {
            if (inFlight.pages.isEmpty() && nextToRequest == page.number() + 1) {
                request();
            }
            return;
        }
        while (inFlight.pages.size() < window && nextToRequest <= lastKnownPage) {
            request();
        }
        if (inFlight.pages.isEmpty() && nextToRequest == page.number() + 1) {
            request(); // the vendor says more follow than its total promised: keep going, one at a time
        }
    }

    private void request() {
        int number = nextToRequest++;
        // the task must not reach this iterator, or an abandoned stream could never be collected and cleaned
        PageFetcher<T> pages = fetcher;
        Cancellation cancellation = inFlight.cancellation;
        inFlight.pages.addLast(PagerThreads.WORKERS.submit(() -> cancellation.runBound(() -> pages.fetch(number))));
    }

    private Page<T> await(Future<Page<T>> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new LeadkitException("page fetch failed", cause);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while waiting for a page", e);
        } catch (CancellationException e) {
            throw new ConnectionException("the listing was closed", e);
        }
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    /**
     * The requests in flight, apart from the iterator so that the {@link Cleaner} can cancel them once the
     * iterator is unreachable. Touched by the consumer's thread only, or by the cleaner's once no consumer
     * can reach it any more.
     */
    private static final class InFlight<T> implements Runnable {
        final Deque<Future<Page<T>>> pages = new ArrayDeque<>();
        final Cancellation cancellation = new Cancellation();

        @Override
        public void run() {
            cancellation.cancel();
            for (Future<Page<T>> page : pages) {
                page.cancel(true);
            }
            pages.clear();
        }
    }
}
