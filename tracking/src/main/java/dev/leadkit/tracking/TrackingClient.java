package dev.leadkit.tracking;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ForwardingLeadClient;
import dev.leadkit.core.internal.dialect.DefaultClientBuilder;
import dev.leadkit.core.internal.dialect.DialectClient;
import dev.leadkit.tracking.internal.TrackingDialect;

/**
 * A client of Octanist's lead-tracking API, "Get Leads" ({@code GET /leads}). Build it once and share it: it
 * is thread-safe and holds a connection pool.
 *
 * <pre>{@code
 * try (TrackingClient client = TrackingClient.builder()
 *         .apiKey(System.getenv("TRACKING_API_KEY"))     // sent as "X-API-KEY: <key>"
 *         .build()) {                                    // base URL defaults to OCTANIST
 *     client.leads().list(TrackingLeadQuery.builder()
 *                     .status(TrackingLeadStatus.WON)
 *                     .filter(TrackingFilter.gte(TrackingField.CREATED_AT, Instant.parse("2026-01-01T00:00:00Z")))
 *                     .filter(TrackingFilter.exists(TrackingField.GCLID, true))
 *                     .sort(TrackingSort.desc(TrackingField.VALUE))
 *                     .build())
 *             .stream()
 *             .forEach(lead -> System.out.println(lead.id() + " " + lead.value().orElse(BigDecimal.ZERO)));
 * }
 * }</pre>
 *
 * <p>Or from the environment: {@code TrackingClient.fromEnv()} reads {@code TRACKING_API_KEY} and, when
 * set, {@code TRACKING_BASE_URL}. {@code client.leads().list()} lists every lead with the vendor's defaults
 * (50 a page, newest first); a listing stops when {@code meta.pagination.hasMore} is false, without an
 * extra request.
 */
public final class TrackingClient extends ForwardingLeadClient<TrackingLeadQuery, TrackingLead> {

    /** Octanist: {@code https://octanist.com/api}, the default. */
    public static final String OCTANIST = "https://octanist.com/api";

    private TrackingClient(DialectClient<TrackingLeadQuery, TrackingLead> client) {
        super(client);
    }

    /**
     * Starts a client; only the API key is required. See {@link ClientBuilder} for every option.
     *
     * @return a new builder
     */
    public static ClientBuilder<TrackingClient> builder() {
        return new DefaultClientBuilder<>(TrackingDialect.INSTANCE, TrackingClient::new);
    }

    /**
     * A client configured from {@code TRACKING_API_KEY} and (optionally) {@code TRACKING_BASE_URL}.
     *
     * @return the client
     * @throws IllegalStateException if {@code TRACKING_API_KEY} is not set
     */
    public static TrackingClient fromEnv() {
        return builder().fromEnvironment(System.getenv()).build();
    }
}
