package dev.leadkit.core.internal.http;

import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.immutables.value.Value;

/**
 * The options of one client, each declared here once with its default. {@code ClientBuilder} fills a
 * {@link ModifiableClientSettings} as its setters are called (each value checked as it is set) and hands the
 * immutable copy to the dialect at {@code build()}. Its {@link #toString()} never shows the API key.
 */
@Value.Immutable
@Value.Modifiable
// leadkit's style, except that the generated types are public: the builder that fills them is in another package
@Value.Style(visibility = Value.Style.ImplementationVisibility.PUBLIC, jdkOnly = true,
        allowedClasspathAnnotations = Override.class, jacksonIntegration = false,
        defaults = @Value.Immutable(copy = false))
public abstract class ClientSettings {

    ClientSettings() {
    }

    /** The API key, stripped and checked sendable. */
    @Value.Redacted
    abstract String apiKey();

    /** The base URL, path prefix included. */
    public abstract HttpUrl baseUrl();

    /** Whether a plain-http base URL on a host other than loopback is allowed. */
    @Value.Default
    public boolean allowInsecureHttp() {
        return false;
    }

    /** How many times a failed attempt is retried. */
    @Value.Default
    public int maxRetries() {
        return 3;
    }

    /** The longest one attempt may take. */
    @Value.Default
    public Duration timeout() {
        return Duration.ofSeconds(30);
    }

    /** The longest {@code Retry-After} honoured. */
    @Value.Default
    public Duration maxRetryWait() {
        return Duration.ofSeconds(60);
    }

    /** The OkHttp client the caller passed in, if any. */
    public abstract Optional<OkHttpClient> callerHttpClient();

    /** The zone of timestamps without an offset. */
    @Value.Default
    public ZoneId serverZone() {
        return ZoneOffset.UTC;
    }

    /** The caller's product token for the {@code User-Agent}, if any. */
    public abstract Optional<String> userAgent();

    /** How to wait between retries. */
    @Value.Default
    public Sleeper sleeper() {
        return Sleeper.THREAD_SLEEP;
    }

    /** The clock {@code Retry-After} dates are measured against. */
    @Value.Default
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** The largest body accepted. */
    @Value.Default
    public long maxResponseBytes() {
        return 32L * 1024 * 1024;
    }

    /** The listener told about every request and listing. */
    @Value.Default
    public LeadkitListener listener() {
        return LeadkitListener.NONE;
    }

    /** The client's own rate limit, if it has one. */
    public abstract Optional<RateLimit> rateLimit();

    /** What one page may decode into. */
    @Value.Default
    public DecodeLimits decodeLimits() {
        return DecodeLimits.defaults();
    }

    @Override
    public String toString() {
        return "baseUrl=" + baseUrl() + ", apiKey=****, maxRetries=" + maxRetries() + ", timeout=" + timeout()
                + ", serverZone=" + serverZone() + rateLimit().map(limit -> ", rateLimit=" + limit).orElse("")
                + (decodeLimits().equals(DecodeLimits.defaults()) ? "" : ", decodeLimits=" + decodeLimits());
    }
}
