package dev.leadkit.core.internal.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * How a vendor's API lets a sync read what changed: by reading every lead of the query ({@link FullRead}),
 * or by walking its leads in update order from a watermark ({@link Keyset}).
 *
 * @param <Q> the dialect's query type
 */
public sealed interface SyncMode<Q> {

    /**
     * The vendor can neither filter nor sort by update time: a run reads every lead of the query and checks
     * what it read against the vendor's total.
     *
     * @param <Q> the dialect's query type
     * @return the mode
     */
    static <Q> SyncMode<Q> fullRead() {
        return new FullRead<>();
    }

    /**
     * The vendor filters and sorts by update time: a run walks from the watermark.
     *
     * @param <Q>     the dialect's query type
     * @param queries how the dialect's query is narrowed to a watermark or one instant
     * @return the mode
     */
    static <Q> SyncMode<Q> keyset(KeysetQueries<Q> queries) {
        return new Keyset<>(queries);
    }

    /**
     * Every lead of the query, read in full.
     *
     * @param <Q> the dialect's query type
     */
    record FullRead<Q>() implements SyncMode<Q> {
    }

    /**
     * A walk in update order.
     *
     * @param <Q>     the dialect's query type
     * @param queries how the dialect's query is narrowed
     */
    record Keyset<Q>(KeysetQueries<Q> queries) implements SyncMode<Q> {
    }

    /**
     * How a dialect narrows the user's query for a walk in update order; the dialect's page size stays the
     * query's (its largest when the query sets none).
     *
     * @param <Q> the dialect's query type
     */
    interface KeysetQueries<Q> {

        /**
         * Refuses a query that a walk in update order cannot read (one that sorts, or filters on the update
         * time itself), with an {@link IllegalArgumentException} that says what to leave out.
         *
         * @param query the user's query
         */
        void check(Q query);

        /**
         * The query's leads updated at or after ({@code inclusive}) or strictly after {@code watermark}
         * (every lead when empty), oldest update first.
         *
         * @param query     the user's query, checked
         * @param watermark where to start
         * @param inclusive whether leads updated exactly at the watermark are included
         * @return the narrowed query
         */
        Q from(Q query, Optional<Instant> watermark, boolean inclusive);

        /**
         * The query's leads updated exactly at {@code instant}.
         *
         * @param query   the user's query, checked
         * @param instant the update time
         * @return the narrowed query
         */
        Q at(Q query, Instant instant);
    }
}
