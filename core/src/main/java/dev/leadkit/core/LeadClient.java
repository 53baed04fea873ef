package dev.leadkit.core;

/**
 * What every leadkit client is: the leads of one account, and the connections and threads it holds until
 * closed. Build a client once and share it: it is thread-safe.
 *
 * <pre>{@code
 * List<LeadClient<?, ?>> clients = List.of(AutocallsClient.fromEnv(), TrackingClient.fromEnv());
 * clients.forEach(client -> System.out.println(client.leads().list().totalItems()));   // one request each
 * clients.forEach(LeadClient::close);
 * }</pre>
 *
 * @param <Q> the dialect's query type
 * @param <L> the dialect's lead type
 */
public interface LeadClient<Q, L extends Lead> extends AutoCloseable {

    /** {@return the account's leads} */
    Leads<Q, L> leads();

    /**
     * Releases the connections and threads this client created; an {@code OkHttpClient} passed in with
     * {@link ClientBuilder#httpClient} is left open. Once closed, the client refuses new requests with an
     * {@link IllegalStateException}.
     */
    @Override
    void close();
}
