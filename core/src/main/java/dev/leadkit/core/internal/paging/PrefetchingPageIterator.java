package dev.leadkit.core.internal.paging;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.FailedPages;
import dev.leadkit.core.internal.cancel.Cancellation;
import java.lang.ref.Cleaner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * Up to {@code window} pages requested ahead of the consumer. Once a page tells the total, the pages up
 * to it are requested concurrently, at most {@code window} at a time; without a total, one page ahead.
 * Pages come out in order; an error on page {@code k} surfaces when the consumer reaches page {@code k},
 * after every item before it. {@link #close()} cancels what is in flight, from any thread.
 *
 * <p>Failures: once a page has failed, no further page is requested. When the consumer reaches the failed
 * page, the pages requested after it are cancelled and the error is thrown; asking for the next page again
 * requests the failed page again, as sequential reading does, so nothing is skipped. After {@link #close()}
 * the iterator is finished: asking for a page throws a {@link ConnectionException} naming that page.
 *
 * <p>Cancelling cancels the OkHttp calls (through their {@link Cancellation}) and never interrupts a worker:
 * OkHttp recommends {@code Call.cancel()} over {@code Thread.interrupt()}, which can damage an HTTP/2
 * connection that other calls share. A worker asleep before a retry wakes at its time and finds its call
 * cancelled before it is sent.
 *
 * <p>A consumer that stops asking without closing ({@code iterator()} left behind after a {@code break})
 * gives no signal. No page is requested after the consumer stops asking, so at most {@code window}
 * requests are left in flight; the iterator is registered with a {@link Cleaner}, so once it is garbage
 * collected those requests are cancelled too. ({@link LazyPagedIterable#stream()} closes the iterator itself
 * on a short-circuit.)
 */
final class PrefetchingPageIterator<T> implements PageIterator<T> {

    private final PageFetcher<T> fetcher;
    private final int window;
    private final InFlight<T> inFlight;
    private final Cleaner.Cleanable cleanable;
    private final int start;
    /** A long, so that it passes {@link Integer#MAX_VALUE} without wrapping: no page beyond it is requested. */
    private long nextToRequest;
    private long lastKnownPage = -1;
    private Page<T> last;

    PrefetchingPageIterator(PageFetcher<T> fetcher, int start, int window, long listing) {
        this.fetcher = fetcher;
        this.window = window;
        this.start = start;
        this.nextToRequest = start;
        this.inFlight = new InFlight<>(listing);
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
        int number = last == null ? start : last.number() + 1;
        Future<Page<T>> pending;
        synchronized (inFlight) {
            if (inFlight.closed) {
                throw closed(number);
            }
            if (inFlight.pages.isEmpty()) {
                nextToRequest = number; // also after an error: page `number` is requested again, as sequentially
                request();
            }
            pending = inFlight.pages.removeFirst();
            inFlight.awaited = pending; // so that a close() from another thread frees this consumer at once
        }
        Page<T> page = await(pending, number);
        last = page;
        page.totalPages().ifPresent(total -> lastKnownPage = total);
        if (page.hasNext()) {
            try {
                fillWindow(page);
            } catch (RejectedExecutionException e) {
                // the window stays short; the next page is requested when the consumer asks for it
            }
        } else {
            close();
        }
        return page;
    }

    private void fillWindow(Page<T> page) {
        synchronized (inFlight) {
            if (inFlight.closed || inFlight.batch.failed) {
                return; // a page ahead failed: the consumer meets its error at its page, nothing more is asked
            }
            if (lastKnownPage >= 0) {
                while (inFlight.pages.size() < window && nextToRequest <= Math.min(lastKnownPage, Integer.MAX_VALUE)) {
                    request();
                }
            }
            if (inFlight.pages.isEmpty() && nextToRequest == page.number() + 1L) {
                request(); // no total, or more follow than the total promised: one page ahead
            }
        }
    }

    /** Whether a page requested ahead has failed, so that no further page is requested (what tests wait for). */
    boolean aPageAheadFailed() {
        synchronized (inFlight) {
            return inFlight.batch.failed;
        }
    }

    /** How many pages are requested and not yet handed to the consumer (what tests count). */
    int pagesAhead() {
        synchronized (inFlight) {
            return inFlight.pages.size();
        }
    }

    /** Requests page {@code nextToRequest}; the caller holds the lock. */
    private void request() {
        if (nextToRequest > Integer.MAX_VALUE) {
            return; // no page number follows; the walk's runaway check ends it
        }
        int number = (int) nextToRequest;
        // the task must not reach this iterator, or an abandoned one could never be collected and cleaned
        PageFetcher<T> pages = fetcher;
        Batch batch = inFlight.batch;
        inFlight.pages.addLast(PagerThreads.WORKERS.submit(() -> batch.fetch(pages, number)));
        nextToRequest = number + 1L; // only once submitted: the pages in flight stay the ones that follow
    }

    private Page<T> await(Future<Page<T>> pending, int number) {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            synchronized (inFlight) {
                if (inFlight.closed) {
                    throw closed(number);
                }
                inFlight.restart();
            }
            throw asLeadkitException(e.getCause(), number);
        } catch (CancellationException e) {
            throw closed(number);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw FailedPages.mark(new ConnectionException("interrupted while waiting for page " + number, e), number);
        }
    }

    private static RuntimeException asLeadkitException(Throwable failure, int number) {
        if (failure instanceof LeadkitException) {
            return FailedPages.mark((LeadkitException) failure, number);
        }
        if (failure instanceof RuntimeException) {
            return (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return FailedPages.mark(new LeadkitException("page " + number + " could not be fetched", failure), number);
    }

    private static ConnectionException closed(int number) {
        return FailedPages.mark(new ConnectionException("the listing was closed before page " + number
                + " was read (by close(), by a short-circuit, or after an exception thrown while reading it)"), number);
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    /** The requests of one run, cancelled together; a new batch starts when the consumer asks again after an error. */
    private static final class Batch {
        final Cancellation cancellation;
        volatile boolean failed;

        Batch(long listing) {
            this.cancellation = new Cancellation(listing);
        }

        <T> Page<T> fetch(PageFetcher<T> pages, int number) {
            try {
                return pages.fetch(number, cancellation);
            } catch (RuntimeException | Error e) {
                failed = true;
                throw e;
            }
        }
    }

    /**
     * The requests in flight, apart from the iterator so that the {@link Cleaner} can cancel them once the
     * iterator is unreachable. Guarded by its own lock: the consumer, a thread closing the stream, and the
     * cleaner may each reach it.
     */
    private static final class InFlight<T> implements Runnable {
        final Deque<Future<Page<T>>> pages = new ArrayDeque<>();
        final long listing;
        /** The page the consumer waits for, if it waits. */
        Future<Page<T>> awaited;
        Batch batch;
        boolean closed;

        InFlight(long listing) {
            this.listing = listing;
            this.batch = new Batch(listing);
        }

        /** Cancels everything in flight and starts a new batch; the caller holds the lock. */
        void restart() {
            cancelAll();
            batch = new Batch(listing);
        }

        private void cancelAll() {
            batch.cancellation.cancel();
            if (awaited != null) {
                awaited.cancel(false);
                awaited = null;
            }
            for (Future<Page<T>> page : pages) {
                page.cancel(false);
            }
            pages.clear();
        }

        /** The close, run once: by {@link #close()} or by the cleaner. */
        @Override
        public synchronized void run() {
            closed = true;
            cancelAll();
        }
    }
}
