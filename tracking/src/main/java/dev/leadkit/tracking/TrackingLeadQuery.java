package dev.leadkit.tracking;

import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.dialect.QueryChecks;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The filters, sort, field selection and page size of an Octanist lead listing, each sent as the API
 * documents it. Everything is optional; an empty query lists every lead in the vendor's default order
 * ({@code sort=createdAt:desc}), 100 to a page ({@code limit=100}, the largest; the vendor's own default is 50).
 *
 * <pre>{@code
 * TrackingLeadQuery query = TrackingLeadQuery.builder()
 *         .status(TrackingLeadStatus.WON, TrackingLeadStatus.LOST)                 // status=won,lost
 *         .source(TrackingLeadSource.INBOUND)                                      // source=inbound
 *         .filter(TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("100")))  // value[gte]=100
 *         .filter(TrackingFilter.exists(TrackingField.GCLID, true))                // gclid[exists]=true
 *         .filter(TrackingFilter.gte(TrackingField.CREATED_AT, Instant.parse("2026-01-01T00:00:00Z")))
 *                                                                   // createdAt[gte]=2026-01-01T00:00:00Z
 *         .sort(TrackingSort.desc(TrackingField.CREATED_AT), TrackingSort.asc(TrackingField.VALUE))
 *                                                                   // sort=createdAt:desc,value:asc
 *         .fields(TrackingField.NAME, TrackingField.EMAIL)          // fields=id,name,email
 *         .search("jane")                                           // search=jane
 *         .limit(50)                                                // limit=50 (1..100; unset: 100)
 *         .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} throws {@link IllegalArgumentException}, naming the parameter, for a
 * {@code limit} outside 1..100, a blank {@code search}, the same filter parameter twice (e.g. two
 * {@code value[gte]}, or {@code status(...)} called twice: pass every status in one call), or the same
 * field sorted twice. The filter factories themselves reject an operator a field does not support.
 */
@Value.Immutable
@LeadkitStyle
public abstract class TrackingLeadQuery {

    /** The most leads a page may hold. */
    public static final int MAX_LIMIT = 100;

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    TrackingLeadQuery() {
    }

    /**
     * Starts a query.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a query without filters: every lead, in the vendor's default order, 100 to a page} */
    public static TrackingLeadQuery all() {
        return builder().build();
    }

    /** {@return the filters, in the order they are sent; at most one per parameter name} */
    public abstract List<TrackingFilter> filters();

    /** {@return the sort keys ({@code sort}), most significant first; empty for the vendor's default, {@code createdAt:desc}} */
    public abstract List<TrackingSort> sort();

    /**
     * {@return the fields to return ({@code fields}); empty for all of them} {@code id} is always returned
     * (and always sent first); the other fields of the leads come back absent.
     */
    public abstract List<TrackingField> fields();

    /** {@return text to search for across name, email and phone ({@code search})} */
    public abstract Optional<String> search();

    /** {@return leads per page ({@code limit}), 1 to 100; when unset leadkit sends 100, the largest (the vendor's own default is 50)} */
    public abstract OptionalInt limit();

    @Value.Check
    void validate() {
        limit().ifPresent(n -> QueryChecks.between("limit", n, 1, MAX_LIMIT));
        search().ifPresent(text -> QueryChecks.notBlank("search", text));
        Set<String> parameters = new HashSet<>();
        for (TrackingFilter filter : filters()) {
            if (!parameters.add(filter.parameterName())) {
                throw new IllegalArgumentException("filter " + filter.parameterName() + " is given twice"
                        + (filter.field() == TrackingField.STATUS ? "; pass every status in one status(...) call" : ""));
            }
        }
        Set<TrackingField> sorted = new HashSet<>();
        for (TrackingSort key : sort()) {
            if (!sorted.add(key.field())) {
                throw new IllegalArgumentException("sort on " + key.field().wireName() + " is given twice");
            }
        }
    }

    /** Builds {@link TrackingLeadQuery}s; {@link #build()} validates. */
    public static final class Builder extends ImmutableTrackingLeadQuery.Builder {

        Builder() {
        }

        /**
         * Adds a filter.
         *
         * @param filter e.g. {@code TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("100"))}
         * @return this builder
         */
        public Builder filter(TrackingFilter filter) {
            return addFilters(filter);
        }

        /**
         * Only leads with one of these statuses: {@code status=won,lost}.
         *
         * @param statuses one or more, in one call
         * @return this builder
         */
        public Builder status(TrackingLeadStatus... statuses) {
            return addFilters(TrackingFilter.status(statuses));
        }

        /**
         * Only leads from this source: {@code source=inbound}.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(TrackingLeadSource source) {
            return addFilters(TrackingFilter.source(source));
        }

        /**
         * Only leads updated at or after {@code instant}: the legacy {@code updated_after} parameter, sent as
         * what the API maps it to, {@code updatedAt[gte]}.
         *
         * @param instant the earliest update
         * @return this builder
         */
        public Builder updatedAfter(Instant instant) {
            return addFilters(TrackingFilter.gte(TrackingField.UPDATED_AT, instant));
        }

        /**
         * The sort keys, most significant first: {@code sort=createdAt:desc,value:asc}. Replaces any set before.
         *
         * @param keys one or more keys, each field at most once
         * @return this builder
         */
        public Builder sort(TrackingSort... keys) {
            return sort(Arrays.asList(keys));
        }

        /**
         * The fields to return: {@code fields=id,name,email}. Replaces any set before; {@code id} is always
         * included and repeats are dropped.
         *
         * @param fields the fields
         * @return this builder
         */
        public Builder fields(TrackingField... fields) {
            return fields(Arrays.asList(fields));
        }
    }
}
