package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The one {@link PagedIterable} implementation: a {@link PageFetcher}, the page to start from, and how
 * many pages may be requested ahead.
 *
 * @param <T> the item type
 */
public final class LazyPagedIterable<T> implements PagedIterable<T> {

    static final int MAX_PREFETCH = 64;

    private final PageFetcher<T> fetcher;
    private final int start;
    private final int prefetch;

    /**
     * A listing from page 1, sequential.
     *
     * @param fetcher fetches one page of the listing
     */
    public LazyPagedIterable(PageFetcher<T> fetcher) {
        this(fetcher, 1, 1);
    }

    private LazyPagedIterable(PageFetcher<T> fetcher, int start, int prefetch) {
        this.fetcher = fetcher;
        this.start = start;
        this.prefetch = prefetch;
    }

    @Override
    public Iterator<T> iterator() {
        return new ItemIterator<>(pageIterator());
    }

    @Override
    public Stream<T> stream() {
        return pages().flatMap(page -> page.items().stream());
    }

    @Override
    public Stream<Page<T>> pages() {
        PageIterator<T> pages = pageIterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(pages::close);
    }

    @Override
    public Page<T> page(int number) {
        requirePageNumber(number);
        return fetcher.fetch(number);
    }

    @Override
    public PagedIterable<T> startingAt(int number) {
        requirePageNumber(number);
        return new LazyPagedIterable<>(fetcher, number, prefetch);
    }

    @Override
    public PagedIterable<T> prefetch(int pages) {
        if (pages < 1 || pages > MAX_PREFETCH) {
            throw new IllegalArgumentException("prefetch pages must be between 1 and " + MAX_PREFETCH + ", got " + pages);
        }
        return new LazyPagedIterable<>(fetcher, start, pages);
    }

    private PageIterator<T> pageIterator() {
        return prefetch == 1 ? new SequentialPageIterator<>(fetcher, start)
                : new PrefetchingPageIterator<>(fetcher, start, prefetch);
    }

    private static void requirePageNumber(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be 1 or more, got " + number);
        }
    }

    @Override
    public String toString() {
        return "PagedIterable{start=" + start + ", prefetch=" + prefetch + '}';
    }
}
