package dev.leadkit.core.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;

/**
 * The calls of one walk of a listing (or of one {@code pageAsync}), cancelled together: the pager passes
 * one to every page fetch, the transport registers each call it makes with it, and cancelling cancels the
 * calls in flight and refuses the ones not yet sent. Thread-safe.
 */
public final class Cancellation {

    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    /** Cancels every registered call and every call registered from now on. */
    public void cancel() {
        cancelled = true;
        calls.forEach(Call::cancel);
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
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
