package dev.leadkit.core.internal.dialect;

import dev.leadkit.core.Page;
import dev.leadkit.core.internal.json.MalformedBodyException;
import java.util.List;
import java.util.OptionalLong;

/**
 * The one pagination policy of every dialect: how a page's items and its envelope's signals become a
 * {@link Page}.
 * <ul>
 *   <li>An unpaginated answer (a bare array, or an item member the dialect calls the whole listing) is
 *       page 1 of 1 and holds every item; a later page of it is empty.
 *   <li>Another page follows when the vendor says so; when it does not say, while the page is before the
 *       vendor's page count. A page that says neither fails: leadkit never guesses where a listing ends.
 *   <li>A page the server says is another than the one requested fails: the server ignored the page
 *       parameter, and reading on would repeat a page for ever.
 *   <li>Totals are the vendor's, as {@code long}s.
 * </ul>
 */
final class Pagination {

    private Pagination() {
    }

    static <L> Page<L> wholeListing(List<L> items, int number) {
        return Page.of(number == 1 ? items : List.of(), number, false, OptionalLong.of(items.size()), OptionalLong.of(1));
    }

    static <L> Page<L> page(List<L> items, PageSignals signals, int number) {
        if (signals.answeredPage().isPresent() && signals.answeredPage().getAsLong() != number) {
            throw new MalformedBodyException("page " + number + " was requested but the server says it answered page "
                    + signals.answeredPage().getAsLong());
        }
        boolean hasNext = signals.hasMore().orElseGet(() -> {
            if (signals.totalPages().isEmpty()) {
                throw new MalformedBodyException("the page says neither whether another page follows nor how many"
                        + " pages there are");
            }
            return number < signals.totalPages().getAsLong();
        });
        return Page.of(items, number, hasNext, signals.totalItems(), signals.totalPages());
    }
}
