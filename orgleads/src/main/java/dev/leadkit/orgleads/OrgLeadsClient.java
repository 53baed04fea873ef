package dev.leadkit.orgleads;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.internal.http.AuthScheme;
import dev.leadkit.core.internal.http.ClientSettings;
import dev.leadkit.core.internal.http.HttpTransport;
import dev.leadkit.orgleads.internal.NexusErrorReader;

/**
 * A client of Nexus ERP's CRM API. Nexus ERP has no public host: each organisation's CRM has its own,
 * so {@link Builder#baseUrl(String) baseUrl} is required. Build the client once and share it: it is
 * thread-safe and holds a connection pool.
 *
 * <pre>{@code
 * try (OrgLeadsClient client = OrgLeadsClient.builder()
 *         .baseUrl("https://crm.example.com")            // your CRM's origin; required
 *         .apiKey(System.getenv("ORGLEADS_API_KEY"))     // sent as "Authorization: Bearer sk_..."
 *         .build()) {
 *     client.leads().list(OrgLeadQuery.builder().status(OrgLeadStatus.QUALIFIED).unassigned().build())
 *             .stream()
 *             .forEach(lead -> System.out.println(lead.contactName() + " " + lead.primaryPhone().orElse("")));
 * }
 * }</pre>
 *
 * <p>Or from the environment: {@code OrgLeadsClient.fromEnv()} reads {@code ORGLEADS_API_KEY} and
 * {@code ORGLEADS_BASE_URL}.
 *
 * <p>The base URL is the CRM's origin (plus any path prefix it is served under); the SDK appends
 * {@code api/v1/leads} itself.
 */
public final class OrgLeadsClient implements AutoCloseable {

    private final HttpTransport transport;
    private final OrgLeads leads;

    private OrgLeadsClient(HttpTransport transport) {
        this.transport = transport;
        this.leads = new OrgLeads(transport);
    }

    /**
     * Starts a client; the API key and the base URL are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from {@code ORGLEADS_API_KEY} and {@code ORGLEADS_BASE_URL}.
     *
     * @return the client
     * @throws IllegalStateException if either variable is not set
     */
    public static OrgLeadsClient fromEnv() {
        return builder().fromEnvironment(System.getenv()).build();
    }

    /** {@return the organisation's leads} */
    public OrgLeads leads() {
        return leads;
    }

    /** Releases connections and threads this client created; an {@code httpClient} you passed in is left open. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "OrgLeadsClient{" + transport.settings() + '}';
    }

    /** Builds {@link OrgLeadsClient}s; see {@link ClientBuilder} for the options every client shares. */
    public static final class Builder extends ClientBuilder<Builder, OrgLeadsClient> {

        private Builder() {
            super("ORGLEADS", null, "Nexus ERP has no public host; pass your CRM's URL, e.g."
                    + " baseUrl(\"https://crm.example.com\")");
        }

        /**
         * Builds the client.
         *
         * @return a thread-safe client, to be built once and reused
         * @throws IllegalStateException if the API key or the base URL is missing, or the base URL already
         *                               ends in {@code /api/v1} (the SDK appends {@code api/v1/leads} itself)
         */
        @Override
        public OrgLeadsClient build() {
            ClientSettings settings = settings();
            String path = settings.baseUrl().encodedPath();
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            if (trimmed.endsWith("/api/v1") || trimmed.endsWith("/api/v1/leads")) {
                // Without this check the request would go to .../api/v1/api/v1/leads and fail with a 404.
                throw new IllegalStateException("baseUrl must be the CRM's origin, without /api/v1: the SDK appends"
                        + " api/v1/leads itself (got a base URL whose path is " + path + ")");
            }
            return new OrgLeadsClient(new HttpTransport(settings, AuthScheme.bearer(), new NexusErrorReader(),
                    "orgleads"));
        }
    }
}
