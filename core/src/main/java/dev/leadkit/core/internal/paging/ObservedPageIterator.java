package dev.leadkit.core.internal.paging;

import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.Page;
import dev.leadkit.core.internal.Events;

/**
 * What every walk does to its pages, sequential or prefetching: watch for drift, drop adjacent repeats if
 * asked, and tell the listener about each page delivered and the walk's end or failure.
 */
final class ObservedPageIterator<T> implements PageIterator<T> {

    private final PageIterator<T> pages;
    private final DriftMonitor drift = new DriftMonitor();
    private final AdjacentDuplicates<T> duplicates;
    private final Events events;
    private final long listing;
    private int delivered;
    private long items;

    ObservedPageIterator(PageIterator<T> pages, boolean distinctById, Events events, long listing) {
        this.pages = pages;
        this.duplicates = distinctById ? new AdjacentDuplicates<>() : null;
        this.events = events;
        this.listing = listing;
    }

    @Override
    public boolean hasNext() {
        return pages.hasNext();
    }

    @Override
    public Page<T> next() {
        Page<T> page;
        try {
            page = pages.next();
        } catch (LeadkitException e) {
            events.listingFailed(listing, delivered, items, e);
            throw e;
        }
        drift.observe(page);
        Page<T> kept = duplicates == null ? page : duplicates.filter(page);
        delivered++;
        items += kept.items().size();
        events.page(listing, kept);
        if (!kept.hasNext()) {
            events.listingEnded(listing, delivered, items);
        }
        return kept;
    }

    @Override
    public void close() {
        pages.close();
    }
}
