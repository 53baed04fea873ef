package dev.leadkit.testkit;

import java.time.Clock;
import java.util.Optional;

/**
 * A sandbox of Octanist's lead-tracking API, Get Leads ({@code GET /api/leads}), over real HTTP on 127.0.0.1.
 *
 * <pre>{@code
 * try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(1000).seed(42).start()) {
 *     Request request = new Request.Builder()
 *             .url(sandbox.baseUrl() + "/leads?status=won,lost&value[gte]=100&gclid[exists]=true&sort=value:desc")
 *             .header("X-API-KEY", sandbox.apiKey())
 *             .build();
 *     // {"success": true, "data": [...], "meta": {"pagination": {...}, "requestId": "req_...", "timestamp": "..."}}
 * }
 * }</pre>
 *
 * <p>What it implements, from Octanist's public API docs:
 * <ul>
 *   <li>{@code X-API-KEY: <key>}; else 401 with code {@code UNAUTHORIZED} in Octanist's error envelope;
 *   <li>equality on {@code status} (comma-separated values; legacy {@code win} reads as {@code won}),
 *       {@code source}, {@code labelId}, {@code website}, {@code utm_source}, {@code utm_medium},
 *       {@code utm_campaign}, the click ids and the dates; {@code [gte] [gt] [lte] [lt]} on {@code value},
 *       {@code createdAt}, {@code updatedAt}, {@code qualifiedAt}; {@code [exists]=true|false} on the dates and
 *       the click ids. An unknown field, or an operator the field does not support, is 400
 *       {@code INVALID_FILTER}; an unreadable date 400 {@code INVALID_DATE};
 *   <li>{@code sort=field:dir,...} over {@code createdAt updatedAt qualifiedAt value name email status}
 *       (default {@code createdAt:desc}; leads without the value come last either way; ties by id);
 *       {@code fields=a,b} ({@code id} always included); {@code search} (case-insensitive over name,
 *       email, phone); {@code limit} 1..100 (default 50) and {@code page}, else 400 {@code VALIDATION_ERROR};
 *   <li>legacy {@code updated_after} ({@code updatedAt[gte]}) and {@code sort=updated_at:desc};
 *   <li>the envelope {@code {success, data, meta: {pagination: {limit, page, totalPages, total, hasMore},
 *       requestId, timestamp}}}; {@code custom} is a string holding JSON;
 *   <li>no documented rate limit; with {@link Builder#throttle}, 429 in the error envelope with code
 *       {@code RATE_LIMITED} and {@code Retry-After} once the window's budget is spent, no other header.
 * </ul>
 * Dates are read as ISO-8601 instants, with or without millis or with an offset, or as plain dates (UTC midnight).
 * {@link #baseUrl()} is {@code http://127.0.0.1:PORT/api} (Get Leads is {@code /leads} below it); {@link #leads()}
 * lists the leads in creation order, the reverse of the API's default order.
 */
public final class TrackingSandbox extends AbstractSandbox<TrackingSandboxLead> {

    /** The key a sandbox accepts unless {@link Builder#apiKey(String)} says otherwise. */
    public static final String DEFAULT_API_KEY = "oct_sandbox_0123456789abcdef";

    private TrackingSandbox(Builder builder) {
        super(builder, new TrackingDialect(builder.apiKey(), builder.clock(), builder.seed()),
                TrackingGenerator::generate, initial -> new TrackingGenerator.Mutations(), Optional.empty(), "/api");
    }

    /**
     * Starts configuring a sandbox: 100 generated leads, seed 1, {@link #DEFAULT_API_KEY}, the system clock.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return {@code http://127.0.0.1:PORT/api}: the base URL to give a tracking client (Get Leads is {@code /leads} below it)} */

    /** Configures and starts a {@link TrackingSandbox}. */
    public static final class Builder extends SandboxBuilder<Builder, TrackingSandboxLead, TrackingSandbox> {

        private Builder() {
            super(DEFAULT_API_KEY);
        }

        /**
         * The clock of {@code meta.timestamp}, of the changes' stamps and of {@link #throttle(int, java.time.Duration)}'s
         * window.
         *
         * @param clock the clock
         * @return this builder
         */
        @Override
        public Builder clock(Clock clock) {
            return super.clock(clock);
        }

        /**
         * Generates the leads and starts listening on a free port of 127.0.0.1.
         *
         * @return the running sandbox; close it when done
         */
        @Override
        public TrackingSandbox start() {
            return new TrackingSandbox(this);
        }
    }
}
