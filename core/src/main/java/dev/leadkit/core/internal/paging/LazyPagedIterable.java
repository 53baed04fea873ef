package dev.leadkit.core.internal.paging;

import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.internal.Events;
import dev.leadkit.core.internal.FailedPages;
import dev.leadkit.core.internal.cancel.Cancellation;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The one {@link PagedIterable} implementation: a {@link PageFetcher}, the page to start from, how many
 * pages may be requested ahead (0: sequential), and whether adjacent repeats are dropped.
 *
 * <p>{@link #stream()} closes its walk as soon as a short-circuiting operation ({@code limit},
 * {@code findFirst}, {@code anyMatch}, ...) stops reading, though Java streams tell nobody about a
 * short-circuit: each page's items are the inner stream of a {@code flatMap}, which Java closes when the
 * downstream has had enough, and an inner stream closed before its page was read to the end means the
 * consumer stopped. (Putting the whole listing inside one {@code flatMap} would signal that too, but it
 * would make {@code stream().iterator()} read the whole listing at its first {@code next()}.)
 *
 * @param <T> the item type
 */
public final class LazyPagedIterable<T> implements PagedIterable<T> {

    /** The most pages a listing requests at once; a client leadkit makes keeps as many idle connections. */
    static final int MAX_PREFETCH = 64;

    private final PageFetcher<T> fetcher;
    private final Events events;
    private final Runnable admission;
    private final AsyncPages asyncPages;
    private final int start;
    private final int prefetch;
    private final boolean distinctById;

    /**
     * A listing from page 1, sequential, telling no listener.
     *
     * @param fetcher fetches one page of the listing
     */
    public LazyPagedIterable(PageFetcher<T> fetcher) {
        this(fetcher, Events.none(), () -> { }, new AsyncPages());
    }

    /**
     * A listing from page 1, sequential, whose {@code pageAsync} fetches are bounded on their own.
     *
     * @param fetcher   fetches one page of the listing
     * @param events    the client's listener, told about each walk's pages, end and failure
     * @param admission throws an {@link IllegalStateException} when the listing's client is closed
     */
    public LazyPagedIterable(PageFetcher<T> fetcher, Events events, Runnable admission) {
        this(fetcher, events, admission, new AsyncPages());
    }

    /**
     * A listing from page 1, sequential.
     *
     * @param fetcher    fetches one page of the listing
     * @param events     the client's listener, told about each walk's pages, end and failure
     * @param admission  throws an {@link IllegalStateException} when the listing's client is closed: a
     *                   subscriber is told at once, before any demand
     * @param asyncPages the client's {@code pageAsync} fetches, which every listing of the client shares
     */
    public LazyPagedIterable(PageFetcher<T> fetcher, Events events, Runnable admission, AsyncPages asyncPages) {
        this(markingFailedPage(fetcher), events, admission, asyncPages, 1, 0, false);
    }

    private LazyPagedIterable(PageFetcher<T> fetcher, Events events, Runnable admission, AsyncPages asyncPages,
            int start, int prefetch, boolean distinctById) {
        this.fetcher = fetcher;
        this.events = events;
        this.admission = admission;
        this.asyncPages = asyncPages;
        this.start = start;
        this.prefetch = prefetch;
        this.distinctById = distinctById;
    }

    /** Every failure of a page fetch names the page, so the caller knows where to resume. */
    private static <T> PageFetcher<T> markingFailedPage(PageFetcher<T> fetcher) {
        return (number, cancellation) -> {
            try {
                return fetcher.fetch(number, cancellation);
            } catch (LeadkitException e) {
                throw FailedPages.mark(e, number);
            }
        };
    }

    @Override
    public Iterator<T> iterator() {
        return new ItemIterator<>(pageIterator());
    }

    @Override
    public Stream<T> stream() {
        PageIterator<T> pages = pageIterator();
        return pageStream(pages).flatMap(page -> {
            PageItems<T> items = new PageItems<>(page.items());
            return StreamSupport.stream(items, false).onClose(() -> {
                if (!items.exhausted()) {
                    pages.close(); // the consumer stopped inside this page: cancel what is in flight
                }
            });
        });
    }

    @Override
    public Stream<Page<T>> pages() {
        return pageStream(pageIterator());
    }

    /**
     * The pages as a stream that never splits: pages are fetched in order by one walk, so even a
     * {@code parallel()} pipeline reads them one after the other (what follows may still run in parallel),
     * and a short-circuit never meets a fork still pulling pages from a walk it has just ended.
     */
    private static <T> Stream<Page<T>> pageStream(PageIterator<T> pages) {
        Spliterator<Page<T>> inOrder = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super Page<T>> action) {
                if (!pages.hasNext()) {
                    return false;
                }
                action.accept(pages.next());
                return true;
            }

            @Override
            public Spliterator<Page<T>> trySplit() {
                return null;
            }
        };
        return StreamSupport.stream(inOrder, false).onClose(pages::close);
    }

    @Override
    public Page<T> page(int number) {
        requirePageNumber(number);
        return fetcher.fetch(number, new Cancellation());
    }

    @Override
    public OptionalLong totalItems() {
        return page(1).totalItems();
    }

    @Override
    public CompletableFuture<Page<T>> pageAsync(int number) {
        requirePageNumber(number);
        Cancellation cancellation = new Cancellation();
        CompletableFuture<Page<T>> page = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                // the future first: cancelling the call makes the fetch fail, and that failure must not
                // complete the future before it is cancelled
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                cancellation.cancel(); // the HTTP call, whether or not the caller allows interrupting
                return cancelled;
            }
        };
        asyncPages.submit(() -> {
            if (page.isDone()) {
                return; // cancelled while it waited for its turn: no request
            }
            try {
                page.complete(fetcher.fetch(number, cancellation));
            } catch (RuntimeException | Error e) {
                page.completeExceptionally(e);
            }
        });
        return page;
    }

    @Override
    public PagedIterable<T> startingAt(int number) {
        requirePageNumber(number);
        return new LazyPagedIterable<>(fetcher, events, admission, asyncPages, number, prefetch, distinctById);
    }

    @Override
    public PagedIterable<T> prefetch(int pages) {
        if (pages < 1 || pages > MAX_PREFETCH) {
            throw new IllegalArgumentException("prefetch pages must be between 1 and " + MAX_PREFETCH + ", got " + pages);
        }
        return new LazyPagedIterable<>(fetcher, events, admission, asyncPages, start, pages, distinctById);
    }

    @Override
    public PagedIterable<T> distinctById() {
        return new LazyPagedIterable<>(fetcher, events, admission, asyncPages, start, prefetch, true);
    }

    @Override
    public Flow.Publisher<T> publisher() {
        return new PagePublisher<>(this::pageIterator, PagerThreads.WORKERS, admission);
    }

    private PageIterator<T> pageIterator() {
        long listing = Cancellation.newListing();
        PageIterator<T> pages = prefetch == 0 ? new SequentialPageIterator<>(fetcher, start, listing)
                : new PrefetchingPageIterator<>(fetcher, start, prefetch, listing);
        return new ObservedPageIterator<>(pages, distinctById, events, listing);
    }

    private static void requirePageNumber(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be 1 or more, got " + number);
        }
    }

    @Override
    public String toString() {
        return "PagedIterable{start=" + start + ", prefetch=" + prefetch + ", distinctById=" + distinctById + '}';
    }
}
