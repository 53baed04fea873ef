package dev.leadkit.core.internal.paging;

import dev.leadkit.core.Page;
import dev.leadkit.core.internal.cancel.Cancellation;

/**
 * Fetches page {@code number} of one listing: the original query plus the page parameter. A dialect's
 * list call is one of these; the pager does the rest.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

    /**
     * @param number       the 1-based page number
     * @param cancellation the walk the fetch belongs to: cancelling it cancels the fetch's calls
     * @return the page, whose {@link Page#number()} is {@code number}
     */
    Page<T> fetch(int number, Cancellation cancellation);
}
