package dev.leadkit.core.internal.paging;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.Page;
import dev.leadkit.core.RunawayListingException;
import dev.leadkit.core.internal.Events;
import dev.leadkit.core.internal.FailedPages;

/**
 * What every walk does to its pages, sequential or prefetching: watch for drift and for a runaway server,
 * drop adjacent repeats if asked, and tell the listener about each page delivered and the walk's end or
 * failure. A runaway's page is delivered; the page after it is the {@link RunawayListingException}, and
 * what was requested ahead is cancelled.
 *
 * <p>A listener's {@link RuntimeException} is contained by {@link Events}. An {@link Error} is not (it may be
 * the JVM's own, out of memory): it is thrown to the consumer in place of the page being delivered, and it
 * ends the walk cleanly, its requests in flight cancelled, so that its leads are never silently skipped: a
 * consumer that catches it and reads on gets a {@link ConnectionException} naming that page, from which
 * {@code startingAt} resumes.
 */
final class ObservedPageIterator<T> implements PageIterator<T> {

    private final PageIterator<T> pages;
    private final DriftMonitor drift = new DriftMonitor();
    private final RunawayGuard runaways = new RunawayGuard();
    private final AdjacentDuplicates<T> duplicates;
    private final Events events;
    private final long listing;
    private int delivered;
    private long items;
    private RunawayListingException runaway;
    private ConnectionException endedByListener;

    ObservedPageIterator(PageIterator<T> pages, boolean distinctById, Events events, long listing) {
        this.pages = pages;
        this.duplicates = distinctById ? new AdjacentDuplicates<>() : null;
        this.events = events;
        this.listing = listing;
    }

    @Override
    public boolean hasNext() {
        return endedByListener != null || runaway != null || pages.hasNext();
    }

    @Override
    public Page<T> next() {
        if (endedByListener != null) {
            throw endedByListener;
        }
        if (runaway != null) {
            events.listingFailed(listing, delivered, items, runaway);
            throw runaway;
        }
        Page<T> page;
        try {
            page = pages.next();
        } catch (LeadkitException e) {
            events.listingFailed(listing, delivered, items, e);
            throw e;
        }
        drift.observe(page);
        runaways.observe(page).ifPresent(failure -> {
            runaway = FailedPages.mark(failure, page.number() == Integer.MAX_VALUE ? page.number() : page.number() + 1);
            pages.close();
        });
        Page<T> kept = duplicates == null ? page : duplicates.filter(page);
        delivered++;
        items += kept.items().size();
        try {
            events.page(listing, kept);
            if (!kept.hasNext()) {
                events.listingEnded(listing, delivered, items);
            }
        } catch (Error listenerError) {
            endedByListener = FailedPages.mark(new ConnectionException("the listing ended before page "
                    + page.number() + " was handed out, when the LeadkitListener told of it threw " + listenerError
                    + "; startingAt(" + page.number() + ") reads on from it", listenerError), page.number());
            pages.close();
            throw listenerError;
        }
        return kept;
    }

    @Override
    public void close() {
        pages.close();
    }
}
