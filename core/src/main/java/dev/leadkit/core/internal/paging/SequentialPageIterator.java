package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Page;
import dev.leadkit.core.internal.cancel.Cancellation;
import java.util.NoSuchElementException;

/**
 * One page at a time: the first page is always fetched (it may be empty); page {@code k + 1} is fetched
 * only when asked for and only when page {@code k} said another follows. No request is spent to find out
 * that there is no next page. {@link #close()}, from any thread, cancels the page being fetched.
 */
final class SequentialPageIterator<T> implements PageIterator<T> {

    private final PageFetcher<T> fetcher;
    private final int start;
    private final Cancellation cancellation;
    private Page<T> last;

    SequentialPageIterator(PageFetcher<T> fetcher, int start, long listing) {
        this.fetcher = fetcher;
        this.start = start;
        this.cancellation = new Cancellation(listing);
    }

    @Override
    public boolean hasNext() {
        return last == null || last.hasNext();
    }

    @Override
    public Page<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the vendor said page " + last.number() + " is the last");
        }
        last = fetcher.fetch(last == null ? start : last.number() + 1, cancellation);
        return last;
    }

    @Override
    public void close() {
        cancellation.cancel();
    }
}
