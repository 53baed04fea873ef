package dev.leadkit.examples;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A client of one vendor, configured from the environment ({@code AUTOCALLS_API_KEY}, {@code ORGLEADS_API_KEY},
 * {@code TRACKING_API_KEY} and their {@code _BASE_URL}s), or, when the key is not set, of the embedded sandbox
 * that speaks that vendor's dialect, so every example runs on a fresh machine without an account.
 *
 * <pre>{@code
 * try (Connection<AutocallsClient> autocalls = Connection.autocalls(System.getenv(), System.out)) {
 *     autocalls.client().leads().list().stream().limit(3).forEach(System.out::println);
 * }
 * }</pre>
 *
 * @param <C> the client type
 */
public final class Connection<C extends AutoCloseable> implements AutoCloseable {

    private final C client;
    private final Sandbox sandbox;

    private Connection(C client, Sandbox sandbox) {
        this.client = client;
        this.sandbox = sandbox;
    }

    /**
     * The Autocalls client of {@code env}, or of a sandbox of 250 leads.
     *
     * @param env the environment
     * @param out where to say which one it is
     * @return the connection
     */
    public static Connection<AutocallsClient> autocalls(Map<String, String> env, PrintStream out) {
        return open("AUTOCALLS", "Autocalls", env, out,
                () -> AutocallsSandbox.builder().leads(250).seed(7).start(),
                (key, url) -> AutocallsClient.builder().apiKey(key).baseUrl(url).build(),
                () -> AutocallsClient.builder().fromEnvironment(env).build());
    }

    /**
     * The Nexus ERP client of {@code env}, or of a sandbox of 180 leads.
     *
     * @param env the environment
     * @param out where to say which one it is
     * @return the connection
     */
    public static Connection<OrgLeadsClient> orgleads(Map<String, String> env, PrintStream out) {
        return open("ORGLEADS", "Nexus ERP", env, out,
                () -> OrgLeadsSandbox.builder().leads(180).seed(7).start(),
                (key, url) -> OrgLeadsClient.builder().apiKey(key).baseUrl(url).build(),
                () -> OrgLeadsClient.builder().fromEnvironment(env).build());
    }

    /**
     * The Octanist client of {@code env}, or of a sandbox of 300 leads.
     *
     * @param env the environment
     * @param out where to say which one it is
     * @return the connection
     */
    public static Connection<TrackingClient> tracking(Map<String, String> env, PrintStream out) {
        return open("TRACKING", "Octanist", env, out,
                () -> TrackingSandbox.builder().leads(300).seed(7).start(),
                (key, url) -> TrackingClient.builder().apiKey(key).baseUrl(url).build(),
                () -> TrackingClient.builder().fromEnvironment(env).build());
    }

    private static <C extends AutoCloseable> Connection<C> open(String prefix, String vendor, Map<String, String> env,
            PrintStream out, Supplier<Sandbox> sandboxes, BiFunction<String, String, C> toSandbox,
            Supplier<C> fromEnvironment) {
        String key = env.get(prefix + "_API_KEY");
        if (key != null && !key.isBlank()) {
            C client = fromEnvironment.get();
            out.println(vendor + ": using " + prefix + "_API_KEY against " + client);
            return new Connection<>(client, null);
        }
        Sandbox sandbox = sandboxes.get();
        out.println(vendor + ": " + prefix + "_API_KEY is not set, so this runs against the embedded " + vendor
                + " sandbox at " + sandbox.baseUrl());
        return new Connection<>(toSandbox.apply(sandbox.apiKey(), sandbox.baseUrl()), sandbox);
    }

    /** The client. */
    public C client() {
        return client;
    }

    /** The sandbox behind the client, when no API key was set. */
    public Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** Closes the client, then the sandbox if there is one. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
