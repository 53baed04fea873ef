package dev.leadkit.core.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;

/**
 * A group of calls that can be cancelled together: the pages a prefetching stream has in flight. The
 * pager binds it to a worker thread for the duration of one page fetch; the transport registers each call
 * it makes on that thread, so closing the stream cancels the calls without the dialects knowing.
 */
public final class Cancellation {

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    /**
     * Runs {@code work} with this cancellation bound to the current thread.
     *
     * @param work the page fetch
     * @param <T>  its result
     * @return what {@code work} returned
     */
    public <T> T runBound(java.util.function.Supplier<T> work) {
        Cancellation previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** Cancels every registered call and every call registered from now on. */
    public void cancel() {
        cancelled = true;
        calls.forEach(Call::cancel);
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * The cancellation bound to this thread by {@link #runBound}, if any: how a page fetch that does more
     * than one call learns that its listing was closed.
     *
     * @return the bound cancellation, or {@code null} outside {@link #runBound}
     */
    public static Cancellation current() {
        return CURRENT.get();
    }

    void register(Call call) {
        calls.add(call);
        if (cancelled) {
            call.cancel();
        }
    }

    void unregister(Call call) {
        calls.remove(call);
    }
}
