package dev.leadkit.examples;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
 * <p>An example that needs more of its client (a listener, a rate limit) passes settings for the client's
 * builder, applied whichever way the client is built; one that wants a busier sandbox (a throttle) passes
 * settings for the sandbox's builder too, applied only when the sandbox answers:
 *
 * <pre>{@code
 * Connection.autocalls(env, out, client -> client.listener(listener), sandbox -> sandbox.throttle(4, Duration.ofSeconds(1)))
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
        return autocalls(env, out, client -> { }, sandbox -> { });
    }

    /**
     * The Autocalls client of {@code env}, or of a sandbox of 250 leads, with settings of the caller's.
     *
     * @param env     the environment
     * @param out     where to say which one it is
     * @param client  more settings for the client's builder, e.g. a {@code listener}
     * @param sandbox more settings for the sandbox's builder, e.g. a {@code throttle}, used only without a key
     * @return the connection
     */
    public static Connection<AutocallsClient> autocalls(Map<String, String> env, PrintStream out,
            Consumer<? super ClientBuilder<AutocallsClient>> client, Consumer<? super AutocallsSandbox.Builder> sandbox) {
        return open("AUTOCALLS", "Autocalls", env, out, () -> {
            AutocallsSandbox.Builder builder = AutocallsSandbox.builder().leads(250).seed(7);
            sandbox.accept(builder);
            return builder.start();
        }, AutocallsClient::builder, client);
    }

    /**
     * The Nexus ERP client of {@code env}, or of a sandbox of 180 leads.
     *
     * @param env the environment
     * @param out where to say which one it is
     * @return the connection
     */
    public static Connection<OrgLeadsClient> orgleads(Map<String, String> env, PrintStream out) {
        return orgleads(env, out, client -> { }, sandbox -> { });
    }

    /**
     * The Nexus ERP client of {@code env}, or of a sandbox of 180 leads, with settings of the caller's.
     *
     * @param env     the environment
     * @param out     where to say which one it is
     * @param client  more settings for the client's builder, e.g. a {@code listener}
     * @param sandbox more settings for the sandbox's builder, e.g. a {@code throttle}, used only without a key
     * @return the connection
     */
    public static Connection<OrgLeadsClient> orgleads(Map<String, String> env, PrintStream out,
            Consumer<? super ClientBuilder<OrgLeadsClient>> client, Consumer<? super OrgLeadsSandbox.Builder> sandbox) {
        return open("ORGLEADS", "Nexus ERP", env, out, () -> {
            OrgLeadsSandbox.Builder builder = OrgLeadsSandbox.builder().leads(180).seed(7);
            sandbox.accept(builder);
            return builder.start();
        }, OrgLeadsClient::builder, client);
    }

    /**
     * The Octanist client of {@code env}, or of a sandbox of 300 leads.
     *
     * @param env the environment
     * @param out where to say which one it is
     * @return the connection
     */
    public static Connection<TrackingClient> tracking(Map<String, String> env, PrintStream out) {
        return tracking(env, out, client -> { }, sandbox -> { });
    }

    /**
     * The Octanist client of {@code env}, or of a sandbox of 300 leads, with settings of the caller's.
     *
     * @param env     the environment
     * @param out     where to say which one it is
     * @param client  more settings for the client's builder, e.g. a {@code listener}
     * @param sandbox more settings for the sandbox's builder, e.g. a {@code throttle}, used only without a key
     * @return the connection
     */
    public static Connection<TrackingClient> tracking(Map<String, String> env, PrintStream out,
            Consumer<? super ClientBuilder<TrackingClient>> client, Consumer<? super TrackingSandbox.Builder> sandbox) {
        return open("TRACKING", "Octanist", env, out, () -> {
            TrackingSandbox.Builder builder = TrackingSandbox.builder().leads(300).seed(7);
            sandbox.accept(builder);
            return builder.start();
        }, TrackingClient::builder, client);
    }

    /**
     * The client of {@code env} when its key is set, else of a new sandbox; the caller's client settings are
     * applied last either way, so they win over the environment's and the sandbox's.
     */
    private static <C extends AutoCloseable> Connection<C> open(String prefix, String vendor, Map<String, String> env,
            PrintStream out, Supplier<Sandbox> sandboxes, Supplier<ClientBuilder<C>> builders,
            Consumer<? super ClientBuilder<C>> settings) {
        String key = env.get(prefix + "_API_KEY");
        if (key != null && !key.isBlank()) {
            ClientBuilder<C> builder = builders.get().fromEnvironment(env);
            settings.accept(builder);
            C client = builder.build();
            out.println(vendor + ": using " + prefix + "_API_KEY against " + client);
            return new Connection<>(client, null);
        }
        Sandbox sandbox = sandboxes.get();
        out.println(vendor + ": " + prefix + "_API_KEY is not set, so this runs against the embedded " + vendor
                + " sandbox at " + sandbox.baseUrl());
        try {
            ClientBuilder<C> builder = builders.get().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl());
            settings.accept(builder);
            return new Connection<>(builder.build(), sandbox);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
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
