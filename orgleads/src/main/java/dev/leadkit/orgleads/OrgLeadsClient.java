package dev.leadkit.orgleads;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ForwardingLeadClient;
import dev.leadkit.core.internal.dialect.DefaultClientBuilder;
import dev.leadkit.core.internal.dialect.DialectClient;
import dev.leadkit.orgleads.internal.OrgLeadsDialect;

/**
 * A client of Nexus ERP's CRM API, {@code GET /api/v1/leads} (scope {@code leads.read}). Nexus ERP has no
 * public host: each organisation's CRM has its own, so {@link ClientBuilder#baseUrl(String) baseUrl} is
 * required; it is the CRM's origin (plus any path prefix it is served under), and the SDK appends
 * {@code api/v1/leads} itself. Build the client once and share it: it is thread-safe and holds a
 * connection pool.
 *
 * <pre>{@code
 * try (OrgLeadsClient client = OrgLeadsClient.builder()
 *         .baseUrl("https://crm.example.com")            // your CRM's origin; required
 *         .apiKey(System.getenv("ORGLEADS_API_KEY"))     // sent as "Authorization: Bearer sk_..."
 *         .build()) {
 *     client.leads().list(OrgLeadQuery.builder().status(OrgLeadStatus.QUALIFIED).unassigned().build())
 *             .stream()
 *             .forEach(lead -> System.out.println(lead.name().orElse("") + " " + lead.primaryPhone().orElse("")));
 * }
 * }</pre>
 *
 * <p>Or from the environment: {@code OrgLeadsClient.fromEnv()} reads {@code ORGLEADS_API_KEY} and
 * {@code ORGLEADS_BASE_URL}.
 *
 * <p>The API orders leads by {@code nextCallAt} ascending, then by creation time descending, and
 * {@code nextCallAt} changes as calls are scheduled. A lead whose next call moves while you read may
 * therefore shift to a page you have already read (and be missed) or to one you have yet to read (and come
 * out twice). The SDK pages by number as the API documents; for a complete sync, read in one fast pass (a
 * larger {@code pageSize}, {@code prefetch}), drop repeats with {@code distinctById()}, and re-sync
 * periodically, reconciling by {@link OrgLead#id()}.
 */
public final class OrgLeadsClient extends ForwardingLeadClient<OrgLeadQuery, OrgLead> {

    private OrgLeadsClient(DialectClient<OrgLeadQuery, OrgLead> client) {
        super(client);
    }

    /**
     * Starts a client; the API key and the base URL are required. See {@link ClientBuilder} for every
     * option; {@code build()} also rejects a base URL that already ends in {@code /api/v1}.
     *
     * @return a new builder
     */
    public static ClientBuilder<OrgLeadsClient> builder() {
        return new DefaultClientBuilder<>(OrgLeadsDialect.INSTANCE, OrgLeadsClient::new);
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
}
