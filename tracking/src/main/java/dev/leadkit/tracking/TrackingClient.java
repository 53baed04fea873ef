package dev.leadkit.tracking;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.internal.http.AuthScheme;
import dev.leadkit.core.internal.http.HttpTransport;
import dev.leadkit.tracking.internal.OctanistErrorReader;

/**
 * A client of Octanist's lead-tracking API. Build it once and share it: it is thread-safe and holds a
 * connection pool.
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
 *                     .limit(100)
 *                     .build())
 *             .stream()
 *             .forEach(lead -> System.out.println(lead.id() + " " + lead.value().orElse(BigDecimal.ZERO)));
 * }
 * }</pre>
 *
 * <p>Or from the environment: {@code TrackingClient.fromEnv()} reads {@code TRACKING_API_KEY} and, when
 * set, {@code TRACKING_BASE_URL}.
 */
public final class TrackingClient implements AutoCloseable {

    /** Octanist: {@code https://octanist.com/api}, the default. */
    public static final String OCTANIST = "https://octanist.com/api";

    private final HttpTransport transport;
    private final TrackingLeads leads;

    private TrackingClient(HttpTransport transport) {
        this.transport = transport;
        this.leads = new TrackingLeads(transport);
    }

    /**
     * Starts a client; only the API key is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
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

    /** {@return the account's leads} */
    public TrackingLeads leads() {
        return leads;
    }

    /** Releases connections and threads this client created; an {@code httpClient} you passed in is left open. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "TrackingClient{" + transport.settings() + '}';
    }

    /** Builds {@link TrackingClient}s; see {@link ClientBuilder} for the options every client shares. */
    public static final class Builder extends ClientBuilder<Builder, TrackingClient> {

        private Builder() {
            super("TRACKING", OCTANIST, null);
        }

        @Override
        public TrackingClient build() {
            return new TrackingClient(new HttpTransport(settings(), AuthScheme.header("X-API-KEY"),
                    new OctanistErrorReader(), "tracking"));
        }
    }
}
