package dev.leadkit.autocalls;

import dev.leadkit.autocalls.internal.AutocallsDialect;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ForwardingLeadClient;
import dev.leadkit.core.internal.dialect.DefaultClientBuilder;
import dev.leadkit.core.internal.dialect.DialectClient;

/**
 * A client of the Autocalls platform's API, and of its white labels Aiployees and Sondos AI (same routes,
 * same JSON, another host): {@code GET /user/leads}. Build it once and share it: it is thread-safe and
 * holds a connection pool.
 *
 * <pre>{@code
 * try (AutocallsClient client = AutocallsClient.builder()
 *         .apiKey(System.getenv("AUTOCALLS_API_KEY"))    // sent as "Authorization: Bearer <key>"
 *         .baseUrl(AutocallsClient.AIPLOYEES)            // default AUTOCALLS
 *         .build()) {
 *     client.leads().list(AutocallsLeadQuery.builder().status(AutocallsLeadStatus.COMPLETED).build())
 *             .stream()
 *             .forEach(lead -> System.out.println(lead.phoneNumber() + " " + lead.name().orElse("")));
 * }
 * }</pre>
 *
 * <p>Or from the environment: {@code AutocallsClient.fromEnv()} reads {@code AUTOCALLS_API_KEY} and, when
 * set, {@code AUTOCALLS_BASE_URL}. {@code client.leads().list()} lists every lead with the vendor's default
 * page size (15).
 */
public final class AutocallsClient extends ForwardingLeadClient<AutocallsLeadQuery, AutocallsLead> {

    /** Autocalls: {@code https://app.autocalls.ai/api}, the default. */
    public static final String AUTOCALLS = "https://app.autocalls.ai/api";
    /** Aiployees: {@code https://call.aiployees.com/api}. */
    public static final String AIPLOYEES = "https://call.aiployees.com/api";
    /** Sondos AI: {@code https://app.sondos-ai.com/api}. */
    public static final String SONDOS = "https://app.sondos-ai.com/api";

    private AutocallsClient(DialectClient<AutocallsLeadQuery, AutocallsLead> client) {
        super(client);
    }

    /**
     * Starts a client; only the API key is required. See {@link ClientBuilder} for every option.
     *
     * @return a new builder
     */
    public static ClientBuilder<AutocallsClient> builder() {
        return new DefaultClientBuilder<>(AutocallsDialect.INSTANCE, AutocallsClient::new);
    }

    /**
     * A client configured from {@code AUTOCALLS_API_KEY} and (optionally) {@code AUTOCALLS_BASE_URL}.
     *
     * @return the client
     * @throws IllegalStateException if {@code AUTOCALLS_API_KEY} is not set
     */
    public static AutocallsClient fromEnv() {
        return builder().fromEnvironment(System.getenv()).build();
    }
}
