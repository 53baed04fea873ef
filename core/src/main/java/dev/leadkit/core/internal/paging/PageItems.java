package dev.leadkit.core.internal.paging;

import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The items of one page, remembering whether they were read to the end: a page's items stream closed
 * before then was cut short by its consumer.
 */
final class PageItems<T> implements Spliterator<T> {

    private final Spliterator<T> items;
    private boolean exhausted;

    PageItems(List<T> items) {
        this.items = items.spliterator();
    }

    /** Whether every item was handed out (or the page was empty). */
    boolean exhausted() {
        return exhausted;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (items.tryAdvance(action)) {
            return true;
        }
        exhausted = true;
        return false;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        items.forEachRemaining(action);
        exhausted = true;
    }

    @Override
    public Spliterator<T> trySplit() {
        return null; // a page is read in order, by one thread
    }

    @Override
    public long estimateSize() {
        return items.estimateSize();
    }

    @Override
    public int characteristics() {
        return items.characteristics() & ~(Spliterator.SUBSIZED);
    }
}
