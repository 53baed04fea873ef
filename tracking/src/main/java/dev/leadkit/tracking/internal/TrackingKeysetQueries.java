package dev.leadkit.tracking.internal;

import dev.leadkit.core.internal.sync.SyncMode.KeysetQueries;
import dev.leadkit.tracking.TrackingField;
import dev.leadkit.tracking.TrackingFilter;
import dev.leadkit.tracking.TrackingLeadQuery;
import dev.leadkit.tracking.TrackingSort;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a sync narrows an Octanist query: {@code updatedAt[gte]} (or {@code [gt]}) at the watermark and
 * {@code sort=updatedAt:asc}, with {@code updatedAt} among the fields when the query names fields. A query that
 * sorts, or filters on {@code updatedAt} itself, cannot be synced: the sync sets both.
 */
final class TrackingKeysetQueries implements KeysetQueries<TrackingLeadQuery> {

    @Override
    public void check(TrackingLeadQuery query) {
        if (!query.sort().isEmpty()) {
            throw new IllegalArgumentException("a sync's query must not sort (it has sort " + query.sort()
                    + "): a sync reads in updatedAt order, oldest first");
        }
        for (TrackingFilter filter : query.filters()) {
            if (filter.field() == TrackingField.UPDATED_AT) {
                throw new IllegalArgumentException("a sync's query must not filter on updatedAt (it has "
                        + filter.parameterName() + "): the sync filters on it from its checkpoint");
            }
        }
    }

    @Override
    public TrackingLeadQuery from(TrackingLeadQuery query, Optional<Instant> watermark, boolean inclusive) {
        TrackingLeadQuery.Builder narrowed = inUpdateOrder(query);
        watermark.ifPresent(instant -> narrowed.filter(inclusive ? TrackingFilter.gte(TrackingField.UPDATED_AT, instant)
                : TrackingFilter.gt(TrackingField.UPDATED_AT, instant)));
        return narrowed.build();
    }

    @Override
    public TrackingLeadQuery at(TrackingLeadQuery query, Instant instant) {
        return inUpdateOrder(query)
                .filter(TrackingFilter.gte(TrackingField.UPDATED_AT, instant))
                .filter(TrackingFilter.lte(TrackingField.UPDATED_AT, instant))
                .build();
    }

    private static TrackingLeadQuery.Builder inUpdateOrder(TrackingLeadQuery query) {
        TrackingLeadQuery.Builder narrowed = TrackingLeadQuery.builder().from(query)
                .sort(TrackingSort.asc(TrackingField.UPDATED_AT));
        if (!query.fields().isEmpty() && !query.fields().contains(TrackingField.UPDATED_AT)) {
            Set<TrackingField> fields = new LinkedHashSet<>(query.fields());
            fields.add(TrackingField.UPDATED_AT);
            narrowed.fields(fields);
        }
        return narrowed;
    }
}
