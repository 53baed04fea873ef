package dev.leadkit.tracking.internal;

import dev.leadkit.core.internal.http.QueryParams;
import dev.leadkit.tracking.TrackingField;
import dev.leadkit.tracking.TrackingFilter;
import dev.leadkit.tracking.TrackingLeadQuery;
import dev.leadkit.tracking.TrackingSort;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps a {@link TrackingLeadQuery} to the query parameters of {@code GET /leads}. Pure. */
public final class TrackingQueryParams {

    private TrackingQueryParams() {
    }

    /**
     * @param query the user's query
     * @param page  the 1-based page
     * @return the parameters: {@code limit}, {@code sort}, {@code search}, {@code fields} in the vendor's
     *         documented order, then the filters in the order they were added, then {@code page}
     */
    public static QueryParams of(TrackingLeadQuery query, int page) {
        QueryParams params = new QueryParams();
        params.add("limit", Integer.toString(query.limit().orElse(TrackingLeadQuery.MAX_LIMIT)));
        if (!query.sort().isEmpty()) {
            params.add("sort", query.sort().stream().map(TrackingSort::toString).collect(Collectors.joining(",")));
        }
        query.search().ifPresent(text -> params.add("search", text));
        if (!query.fields().isEmpty()) {
            // id first, always: the API promises it, and sending it costs nothing if the promise ever slips.
            Set<TrackingField> fields = new LinkedHashSet<>();
            fields.add(TrackingField.ID);
            fields.addAll(query.fields());
            params.add("fields", fields.stream().map(TrackingField::wireName).collect(Collectors.joining(",")));
        }
        for (TrackingFilter filter : query.filters()) {
            params.add(filter.parameterName(), filter.value());
        }
        return params.add("page", Integer.toString(page));
    }
}
