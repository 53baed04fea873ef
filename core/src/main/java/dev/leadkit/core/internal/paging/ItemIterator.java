package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The items of every page in order; empty pages are skipped, never taken for the end. */
final class ItemIterator<T> implements Iterator<T> {

    private final Iterator<Page<T>> pages;
    private Iterator<T> current = Collections.emptyIterator();

    ItemIterator(Iterator<Page<T>> pages) {
        this.pages = pages;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (!pages.hasNext()) {
                return false;
            }
            current = pages.next().items().iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
