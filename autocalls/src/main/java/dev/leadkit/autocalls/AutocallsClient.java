package dev.leadkit.autocalls;

import dev.leadkit.autocalls.internal.LaravelErrorReader;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.internal.http.AuthScheme;
import dev.leadkit.core.internal.http.HttpTransport;

/**
 * A client of the Autocalls platform's API, and of its white labels Aiployees and Sondos AI (same routes,
 * same JSON, another host). Build it once and share it: it is thread-safe and holds a connection pool.
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
 * set, {@code AUTOCALLS_BASE_URL}.
 */
public final class AutocallsClient implements AutoCloseable {

    /** Autocalls: {@code https://app.autocalls.ai/api}, the default. */
    public static final String AUTOCALLS = "https://app.autocalls.ai/api";
    /** Aiployees: {@code https://call.aiployees.com/api}. */
    public static final String AIPLOYEES = "https://call.aiployees.com/api";
    /** Sondos AI: {@code https://app.sondos-ai.com/api}. */
    public static final String SONDOS = "https://app.sondos-ai.com/api";

    private final HttpTransport transport;
    private final AutocallsLeads leads;

    private AutocallsClient(HttpTransport transport) {
        this.transport = transport;
        this.leads = new AutocallsLeads(transport);
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
     * A client configured from {@code AUTOCALLS_API_KEY} and (optionally) {@code AUTOCALLS_BASE_URL}.
     *
     * @return the client
     * @throws IllegalStateException if {@code AUTOCALLS_API_KEY} is not set
     */
    public static AutocallsClient fromEnv() {
        return builder().fromEnvironment(System.getenv()).build();
    }

    /** {@return the account's leads} */
    public AutocallsLeads leads() {
        return leads;
    }

    /** Releases connections and threads this client created; an {@code httpClient} you passed in is left open. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "AutocallsClient{" + transport.settings() + '}';
    }

    /** Builds {@link AutocallsClient}s; see {@link ClientBuilder} for the options every client shares. */
    public static final class Builder extends ClientBuilder<Builder, AutocallsClient> {

        private Builder() {
            super("AUTOCALLS", AUTOCALLS, null);
        }

        @Override
        public AutocallsClient build() {
            return new AutocallsClient(new HttpTransport(settings(), AuthScheme.bearer(), new LaravelErrorReader(),
                    "autocalls"));
        }
    }
}
