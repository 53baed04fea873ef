package dev.leadkit.core.internal;

import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.Page;
import dev.leadkit.core.Platform;
import dev.leadkit.core.SyncCheckpoint;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A client's {@link LeadkitListener}, called so that it can never break a listing: a {@link RuntimeException} it
 * throws is logged on {@code dev.leadkit.http} (the first at WARNING with its stack trace, the rest at DEBUG)
 * and swallowed. An {@link Error} goes on to the caller, which ends its walk without losing a lead.
 */
public final class Events {

    private static final System.Logger LOG = System.getLogger("dev.leadkit.http");

    private static final Events NONE = new Events(LeadkitListener.NONE, new Platform("none", "no platform"));

    private final LeadkitListener listener;
    private final Platform platform;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * @param listener the user's listener
     * @param platform the client's platform, named in every event
     */
    public Events(LeadkitListener listener, Platform platform) {
        this.listener = listener;
        this.platform = platform;
    }

    /** {@return events that go nowhere: for a listing built without a client, in tests} */
    public static Events none() {
        return NONE;
    }

    /**
     * @param listing   the listing
     * @param request   the request line, already free of secrets
     * @param attempt   the attempt's number
     * @param status    the status, when answered
     * @param elapsed   how long it took
     * @param bytesRead the body bytes read
     * @param failure   what went wrong, already free of secrets
     */
    public void attempt(long listing, String request, int attempt, OptionalInt status, Duration elapsed, long bytesRead,
            Optional<String> failure) {
        deliver(l -> l.attempt(new LeadkitListener.Attempt(platform, listing, request, attempt, status, elapsed,
                bytesRead, failure)));
    }

    /**
     * @param listing     the listing
     * @param request     the request line
     * @param attempt     the attempt that failed
     * @param status      its status, when answered
     * @param reason      why it is retried
     * @param wait        the wait before the next attempt
     * @param vendorAsked whether the wait is the vendor's
     */
    public void retry(long listing, String request, int attempt, OptionalInt status, String reason, Duration wait,
            boolean vendorAsked) {
        deliver(l -> l.retry(new LeadkitListener.Retry(platform, listing, request, attempt, status, reason, wait, vendorAsked)));
    }

    /**
     * @param listing the listing
     * @param request the request line
     * @param wait    the wait
     * @param reason  why
     */
    public void rateLimitWait(long listing, String request, Duration wait, String reason) {
        deliver(l -> l.rateLimitWait(new LeadkitListener.RateLimitWait(platform, listing, request, wait, reason)));
    }

    /**
     * @param listing the listing
     * @param page    the page delivered
     */
    public void page(long listing, Page<?> page) {
        deliver(l -> l.page(new LeadkitListener.PageDelivered(platform, listing, page.number(), page.items().size(),
                page.totalItems(), page.totalPages())));
    }

    /**
     * @param listing the listing
     * @param pages   pages delivered
     * @param items   items delivered
     */
    public void listingEnded(long listing, int pages, long items) {
        deliver(l -> l.listingEnded(new LeadkitListener.ListingEnded(platform, listing, pages, items)));
    }

    /**
     * @param listing the listing
     * @param pages   pages delivered
     * @param items   items delivered
     * @param failure what it threw
     */
    public void listingFailed(long listing, int pages, long items, LeadkitException failure) {
        deliver(l -> l.listingFailed(new LeadkitListener.ListingFailed(platform, listing, pages, items, failure)));
    }

    /**
     * Tells the listener a sync run ended.
     *
     * @param pages      pages read
     * @param passes     reads from the start
     * @param leads      leads delivered
     * @param checkpoint the run's checkpoint
     */
    public void syncEnded(int pages, int passes, long leads, SyncCheckpoint checkpoint) {
        deliver(l -> l.syncEnded(new LeadkitListener.SyncEnded(platform, pages, passes, leads, checkpoint)));
    }

    /**
     * Tells the listener a sync run failed.
     *
     * @param pages   pages read
     * @param leads   leads delivered
     * @param failure what it threw
     */
    public void syncFailed(int pages, long leads, LeadkitException failure) {
        deliver(l -> l.syncFailed(new LeadkitListener.SyncFailed(platform, pages, leads, failure)));
    }

    private void deliver(Consumer<LeadkitListener> call) {
        if (listener == LeadkitListener.NONE) {
            return;
        }
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "a LeadkitListener threw; the listing goes on, and further throws of this"
                        + " listener are logged at DEBUG", e);
            } else {
                LOG.log(Level.DEBUG, "a LeadkitListener threw again: " + e);
            }
        }
    }
}
