package dev.leadkit.spring.boot.observation;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.Platform;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Observes a client through Micrometer's Observation API: each attempt of each request ({@code leadkit.attempts},
 * timed from sending to the body's last byte, tagged {@code platform}, {@code method} and {@code status}: the HTTP
 * status, or {@code failed} when none came), and each retry, rate-limit wait, page and listing end
 * ({@link ObservationListener}). The Spring Boot starter does this to every client it makes when the application
 * has an {@link ObservationRegistry}, so Boot's metrics and tracing see every request; without Boot:
 *
 * <pre>{@code
 * AutocallsClient client = LeadkitObservation.observe(AutocallsClient.builder(), AutocallsLead.PLATFORM, registry)
 *         .apiKey(key)
 *         .build();
 * }</pre>
 */
public final class LeadkitObservation {

    /**
     * What every observed client is derived from: one connection pool for them all, holding up to 64 idle
     * connections for {@code prefetch(n)}, as a client's own pool does. Its idle connections close after OkHttp's
     * five minutes of keep-alive, and its threads are daemons.
     */
    private static final OkHttpClient SHARED = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
            .build();

    private LeadkitObservation() {
    }

    /**
     * Sets on {@code builder} the {@code listener} and the {@code httpClient} that observe the client it builds;
     * setting either again afterwards replaces the observation.
     *
     * @param builder  a client's builder
     * @param platform the client's platform, e.g. {@code AutocallsLead.PLATFORM}
     * @param registry where the observations go
     * @param <C>      the client type
     * @return the builder
     */
    public static <C> ClientBuilder<C> observe(ClientBuilder<C> builder, Platform platform, ObservationRegistry registry) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(registry, "registry");
        return builder
                .listener(new ObservationListener(registry))
                .httpClient(SHARED.newBuilder().addInterceptor(new AttemptObservations(registry, platform)).build());
    }
}
