package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Page;

/** What every walk does to its pages, sequential or prefetching: watch for drift, drop adjacent repeats if asked. */
final class ObservedPageIterator<T> implements PageIterator<T> {

    private final PageIterator<T> pages;
    private final DriftMonitor drift = new DriftMonitor();
    private final AdjacentDuplicates<T> duplicates;

    ObservedPageIterator(PageIterator<T> pages, boolean distinctById) {
        this.pages = pages;
        this.duplicates = distinctById ? new AdjacentDuplicates<>() : null;
    }

    @Override
    public boolean hasNext() {
        return pages.hasNext();
    }

    @Override
    public Page<T> next() {
        Page<T> page = pages.next();
        drift.observe(page);
        return duplicates == null ? page : duplicates.filter(page);
    }

    @Override
    public void close() {
        pages.close();
    }
}
