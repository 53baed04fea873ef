package dev.leadkit.core.internal.dialect;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a page's envelope said about the listing, in the vendor's own terms mapped to core's; the
 * {@link Pagination} policy turns it into a page. Absent means the vendor did not say.
 *
 * @param hasMore      the vendor's own "another page follows" ({@code hasMore}, {@code hasNextPage}, ...)
 * @param totalItems   items in the whole listing
 * @param totalPages   pages in the whole listing
 * @param answeredPage the page number the server says it answered
 */
public record PageSignals(Optional<Boolean> hasMore, OptionalLong totalItems, OptionalLong totalPages,
                          OptionalLong answeredPage) {

    /** Checks for nulls. */
    public PageSignals {
        Objects.requireNonNull(hasMore, "hasMore");
        Objects.requireNonNull(totalItems, "totalItems");
        Objects.requireNonNull(totalPages, "totalPages");
        Objects.requireNonNull(answeredPage, "answeredPage");
    }
}
