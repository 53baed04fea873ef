package dev.leadkit.core.internal.paging;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * A client's {@code pageAsync} fetches: at most {@value #MAX_CONCURRENT} run at once (a prefetch window's
 * bound, and as many idle connections as a client leadkit makes keeps), each on a pager thread; the rest wait
 * in call order and start as running ones end. Without it, 300 calls at once started 300 threads and sent 300
 * requests to one host.
 */
public final class AsyncPages {

    /** The most {@code pageAsync} fetches of one client that run at once. */
    public static final int MAX_CONCURRENT = LazyPagedIterable.MAX_PREFETCH;

    private final Executor threads;
    private final int limit;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int running;

    /** The fetches of one client, on leadkit's pager threads. */
    public AsyncPages() {
        this(PagerThreads.WORKERS, MAX_CONCURRENT);
    }

    AsyncPages(Executor threads, int limit) {
        this.threads = threads;
        this.limit = limit;
    }

    /** Runs {@code fetch} on a pager thread now, or once fewer than the limit run. */
    void submit(Runnable fetch) {
        synchronized (this) {
            if (running >= limit) {
                waiting.add(fetch);
                return;
            }
            running++;
        }
        start(fetch);
    }

    private void start(Runnable fetch) {
        threads.execute(() -> {
            try {
                fetch.run();
            } finally {
                startNext();
            }
        });
    }

    private void startNext() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        start(next);
    }

    /** {@return how many fetches wait for their turn; for tests} */
    synchronized int waiting() {
        return waiting.size();
    }
}
