package dev.leadkit.core.internal.http;

import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The validated options of one client, as {@code ClientBuilder} hands them to a dialect. Its
 * {@link #toString()} never shows the API key.
 */
public final class ClientSettings {

    private final String apiKey;
    private final HttpUrl baseUrl;
    private final int maxRetries;
    private final Duration timeout;
    private final Duration maxRetryWait;
    private final OkHttpClient callerHttpClient;
    private final ZoneId serverZone;
    private final String userAgent;
    private final Sleeper sleeper;
    private final Clock clock;
    private final long maxResponseBytes;
    private final LeadkitListener listener;
    private final RateLimit rateLimit;
    private final DecodeLimits decodeLimits;

    /** Called by {@code ClientBuilder} only, after validating every value. */
    public ClientSettings(String apiKey, HttpUrl baseUrl, int maxRetries, Duration timeout, Duration maxRetryWait,
            OkHttpClient callerHttpClient, ZoneId serverZone, String userAgent, Sleeper sleeper, Clock clock,
            long maxResponseBytes, LeadkitListener listener, RateLimit rateLimit, DecodeLimits decodeLimits) {
        this.apiKey = apiKey;
        this.baseUrl = baseUrl;
        this.maxRetries = maxRetries;
        this.timeout = timeout;
        this.maxRetryWait = maxRetryWait;
        this.callerHttpClient = callerHttpClient;
        this.serverZone = serverZone;
        this.userAgent = userAgent;
        this.sleeper = sleeper;
        this.clock = clock;
        this.maxResponseBytes = maxResponseBytes;
        this.listener = listener;
        this.rateLimit = rateLimit;
        this.decodeLimits = decodeLimits;
    }

    String apiKey() {
        return apiKey;
    }

    /** The base URL, path prefix included. */
    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /** How many times a failed attempt is retried. */
    public int maxRetries() {
        return maxRetries;
    }

    /** The longest one attempt may take. */
    public Duration timeout() {
        return timeout;
    }

    /** The longest {@code Retry-After} honoured. */
    public Duration maxRetryWait() {
        return maxRetryWait;
    }

    /** The OkHttp client the caller passed in, if any. */
    public Optional<OkHttpClient> callerHttpClient() {
        return Optional.ofNullable(callerHttpClient);
    }

    /** The zone of timestamps without an offset. */
    public ZoneId serverZone() {
        return serverZone;
    }

    /** The caller's product token for the {@code User-Agent}, if any. */
    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    /** How to wait between retries. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** The clock {@code Retry-After} dates are measured against. */
    public Clock clock() {
        return clock;
    }

    /** The largest body accepted. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** The listener told about every request and listing. */
    public LeadkitListener listener() {
        return listener;
    }

    /** The client's own rate limit, if it has one. */
    public Optional<RateLimit> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    /** What one page may decode into. */
    public DecodeLimits decodeLimits() {
        return decodeLimits;
    }

    @Override
    public String toString() {
        return "baseUrl=" + baseUrl + ", apiKey=****, maxRetries=" + maxRetries + ", timeout=" + timeout
                + ", serverZone=" + serverZone + (rateLimit == null ? "" : ", rateLimit=" + rateLimit)
                + (decodeLimits.equals(DecodeLimits.defaults()) ? "" : ", decodeLimits=" + decodeLimits);
    }
}
