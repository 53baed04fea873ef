package dev.leadkit.core.internal.cancel;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.Sleeper;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The calls and waits of one listing (a walk, a subscription, one {@code page(n)}), cancelled together: the
 * pager passes one to every page fetch, the transport hands it what cancels each call it makes and waits on
 * it, and cancelling it cancels the calls in flight, refuses the ones not yet sent and wakes the waits at once.
 * Thread-safe. It also carries the listing's number, which the listener's events name. It knows nothing of
 * HTTP: the pager and the transport both depend on it, and it on neither.
 */
public final class Cancellation {

    private static final AtomicLong LISTINGS = new AtomicLong();

    private final long listing;
    private final Set<Runnable> actions = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    /** A new listing's cancellation, with the next listing number. */
    public Cancellation() {
        this(newListing());
    }

    /**
     * Another cancellation of the same listing (a prefetching walk starts one per run of requests).
     *
     * @param listing the listing's number
     */
    public Cancellation(long listing) {
        this.listing = listing;
    }

    /** {@return the next listing number: 1, 2, ... in this JVM} */
    public static long newListing() {
        return LISTINGS.incrementAndGet();
    }

    /** {@return the listing's number} */
    public long listing() {
        return listing;
    }

    /** Wakes every wait on this cancellation and runs every action given to {@link #onCancel}, now and from now on. */
    public void cancel() {
        cancelled = true;
        synchronized (this) {
            notifyAll();
        }
        actions.forEach(Runnable::run);
    }

    /**
     * Runs {@code action} when this is cancelled, or at once if it was, until it is removed: it cancels a call
     * in flight, or wakes a wait on another monitor than this one (the rate pacer's, for another request's
     * answer), whose loop then sees {@link #isCancelled()}. It may run twice when a cancel races its adding.
     *
     * @param action what to run; removed by the same instance
     */
    public void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled) {
            action.run();
        }
    }

    /**
     * Stops running {@code action} on cancelling: the call it cancels has ended, or the wait it wakes is over.
     *
     * @param action an action given to {@link #onCancel}
     */
    public void removeOnCancel(Runnable action) {
        actions.remove(action);
    }

    /** {@return whether {@link #cancel()} was called} */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Waits {@code wait}, or less if cancelled meanwhile. The default {@link Sleeper#THREAD_SLEEP} waits here, on
     * this cancellation, so that a close wakes it at once; a sleeper of the caller's (tests) is called instead.
     *
     * @param wait    how long
     * @param sleeper the client's sleeper
     * @return whether the wait ran its course (false: cancelled)
     * @throws ConnectionException if the thread was interrupted while waiting
     */
    public boolean await(Duration wait, Sleeper sleeper) {
        if (cancelled) {
            return false;
        }
        if (sleeper != Sleeper.THREAD_SLEEP) {
            sleeper.sleep(wait);
            return !cancelled;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            for (long left = wait.toNanos(); left > 0 && !cancelled; left = deadline - System.nanoTime()) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ConnectionException("interrupted while waiting to send a request", e);
                }
            }
        }
        return !cancelled;
    }
}
