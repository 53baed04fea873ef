package dev.leadkit.core.internal.paging;

import java.lang.ref.Cleaner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads on which prefetched and asynchronous pages are fetched (idle ones end after a minute),
 * and the cleaner that cancels the requests of prefetching streams abandoned without being closed.
 * Page fetches are synchronous OkHttp calls on these threads, so OkHttp's dispatcher limits (which govern
 * asynchronous calls only, 5 per host by default) never hold {@code prefetch(n)} below n at once.
 */
final class PagerThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();

    static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "leadkit-pager-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    static final Cleaner CLEANER = Cleaner.create(task -> {
        Thread thread = new Thread(task, "leadkit-pager-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    private PagerThreads() {
    }
}
