package dev.leadkit.core;

import dev.leadkit.core.internal.http.ClientSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The options every leadkit client shares. Each dialect's {@code XxxClient.Builder} extends it, so the
 * same calls work on every client:
 *
 * <pre>{@code
 * AutocallsClient client = AutocallsClient.builder()
 *         .apiKey(System.getenv("AUTOCALLS_API_KEY"))
 *         .maxRetries(5)
 *         .timeout(Duration.ofSeconds(20))
 *         .httpClient(sharedOkHttp)          // your interceptors, proxy, TLS; pools are shared
 *         .serverZone(ZoneId.of("Europe/Bucharest"))
 *         .userAgent("acme-crm-sync/2.1")
 *         .build();
 * }</pre>
 *
 * <p>Every setter validates at once and names the parameter in its {@link IllegalArgumentException};
 * {@link #build()} checks what is required.
 *
 * @param <B> the concrete builder type, returned by every setter
 * @param <C> the client type built
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {

    private static final int MAX_RETRIES_LIMIT = 10;

    private final String envPrefix;
    private final String missingBaseUrlHint;
    private String apiKey;
    private String baseUrl;
    private int maxRetries = 3;
    private Duration timeout = Duration.ofSeconds(30);
    private Duration maxRetryWait = Duration.ofSeconds(60);
    private OkHttpClient httpClient;
    private ZoneId serverZone = ZoneOffset.UTC;
    private String userAgent;
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;
    private Clock clock = Clock.systemUTC();
    private boolean allowInsecureHttp;
    private long maxResponseBytes = 32L * 1024 * 1024;

    /**
     * @param envPrefix          the prefix of the dialect's environment variables, e.g. {@code AUTOCALLS}
     * @param defaultBaseUrl     the base URL used when none is set, or {@code null} when the dialect has none
     * @param missingBaseUrlHint what to tell a user who set no base URL where there is no default
     */
    protected ClientBuilder(String envPrefix, String defaultBaseUrl, String missingBaseUrlHint) {
        this.envPrefix = Objects.requireNonNull(envPrefix, "envPrefix");
        this.baseUrl = defaultBaseUrl;
        this.missingBaseUrlHint = missingBaseUrlHint;
    }

    /** {@return this builder as its concrete type} */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    /**
     * The API key, sent only to the base URL's host, in the header the vendor expects. Required.
     *
     * @param apiKey the key, sent verbatim (never URL-encoded)
     * @return this builder
     */
    public B apiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be null or blank");
        }
        this.apiKey = apiKey.strip();
        return self();
    }

    /**
     * The base URL, including any path prefix the vendor documents (for Autocalls, {@code /api}).
     * {@code https} is required, except for loopback hosts or after {@link #allowInsecureHttp()}.
     *
     * @param baseUrl an absolute http(s) URL
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
        if (baseUrl == null || HttpUrl.parse(baseUrl.strip()) == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, got: " + baseUrl);
        }
        this.baseUrl = baseUrl.strip();
        return self();
    }

    /**
     * How many times a failed request is retried (connection failures, timeouts, 408, 429, 500, 502,
     * 503, 504). Default 3; 0 turns retries off.
     *
     * @param maxRetries 0 to 10
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
        if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + MAX_RETRIES_LIMIT + ", got " + maxRetries);
        }
        this.maxRetries = maxRetries;
        return self();
    }

    /**
     * How long one attempt may take, from connecting to the last byte of the body. Default 30 seconds.
     * An attempt that runs out of time is retried like a connection failure.
     *
     * @param timeout positive, at most 10 minutes
     * @return this builder
     */
    public B timeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("timeout must be positive and at most 10 minutes, got " + timeout);
        }
        this.timeout = timeout;
        return self();
    }

    /**
     * The longest {@code Retry-After} the client will wait for. Default 60 seconds; when a vendor asks
     * for longer, a {@link RateLimitException} carrying the wait is thrown at once.
     *
     * @param maxRetryWait zero or positive
     * @return this builder
     */
    public B maxRetryWait(Duration maxRetryWait) {
        if (maxRetryWait == null || maxRetryWait.isNegative()) {
            throw new IllegalArgumentException("maxRetryWait must be zero or positive, got " + maxRetryWait);
        }
        this.maxRetryWait = maxRetryWait;
        return self();
    }

    /**
     * An {@link OkHttpClient} of yours (interceptors, proxy, TLS, connection pool). The client derives
     * its own from it with {@link OkHttpClient#newBuilder()}, sharing its pools; redirects and OkHttp's
     * silent connection retries are turned off on the derived client only, and closing the leadkit
     * client leaves yours untouched. Your pool is used as it is: for {@code prefetch(n)} with n above 5 over
     * HTTP/1.1, give it room for n idle connections ({@code new ConnectionPool(n, 5, TimeUnit.MINUTES)}),
     * or OkHttp closes the extra ones after every page and opens new ones.
     *
     * @param httpClient the client to derive from
     * @return this builder
     */
    public B httpClient(OkHttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
        return self();
    }

    /**
     * The zone in which timestamps without an offset (e.g. {@code 2025-06-30 11:18:04}) are read.
     * Default UTC.
     *
     * @param serverZone the vendor account's time zone
     * @return this builder
     */
    public B serverZone(ZoneId serverZone) {
        this.serverZone = Objects.requireNonNull(serverZone, "serverZone must not be null");
        return self();
    }

    /**
     * A product token of yours, sent before leadkit's own in the {@code User-Agent} header, e.g.
     * {@code acme-crm-sync/2.1}.
     *
     * @param userAgent printable ASCII
     * @return this builder
     */
    public B userAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, got: " + userAgent);
        }
        this.userAgent = userAgent.strip();
        return self();
    }

    /**
     * How the client waits between retries. Replace it in tests to make retries instant.
     *
     * @param sleeper the waiting strategy
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
        return self();
    }

    /**
     * The clock against which a {@code Retry-After} HTTP-date is measured. Default: the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        return self();
    }

    /**
     * Allows a plain {@code http://} base URL on a non-loopback host. Off by default: over plain HTTP
     * the API key travels readable by anyone on the path.
     *
     * @return this builder
     */
    public B allowInsecureHttp() {
        this.allowInsecureHttp = true;
        return self();
    }

    /**
     * The largest response body accepted. Default 32 MiB; a larger body fails with a
     * {@link DecodingException} instead of exhausting memory.
     *
     * @param maxResponseBytes at least 1 KiB
     * @return this builder
     */
    public B maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024, got " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return self();
    }

    /**
     * Reads {@code <PREFIX>_API_KEY} and {@code <PREFIX>_BASE_URL} from {@code environment} (normally
     * {@link System#getenv()}); variables that are unset or blank leave the builder as it was.
     *
     * @param environment the variables to read
     * @return this builder
     */
    public B fromEnvironment(Map<String, String> environment) {
        String key = environment.get(envPrefix + "_API_KEY");
        if (key != null && !key.isBlank()) {
            apiKey(key);
        }
        String url = environment.get(envPrefix + "_BASE_URL");
        if (url != null && !url.isBlank()) {
            baseUrl(url);
        }
        return self();
    }

    /**
     * Builds the client.
     *
     * @return a thread-safe client, to be built once and reused
     * @throws IllegalStateException if the API key or (where the dialect has no default) the base URL is missing
     */
    public abstract C build();

    /**
     * The validated settings; for the dialect's {@link #build()}.
     *
     * @return the settings
     */
    protected final ClientSettings settings() {
        if (apiKey == null) {
            throw new IllegalStateException("apiKey is required: call apiKey(...) or set " + envPrefix
                    + "_API_KEY and use fromEnv()");
        }
        if (baseUrl == null) {
            throw new IllegalStateException("baseUrl is required: " + missingBaseUrlHint + " (or set "
                    + envPrefix + "_BASE_URL and use fromEnv())");
        }
        HttpUrl url = HttpUrl.get(baseUrl);
        if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
            throw new IllegalStateException("baseUrl " + url.scheme() + "://" + url.host()
                    + " uses plain http: the API key would travel unencrypted. Use https, or call allowInsecureHttp()"
                    + " if this host is really meant to be reached without TLS");
        }
        return new ClientSettings(apiKey, url, maxRetries, timeout, maxRetryWait, httpClient,
                serverZone, userAgent, sleeper, clock, maxResponseBytes);
    }

    /** IPv4 loopback literals (127.0.0.0/8); a host name merely starting with {@code 127.} is not one. */
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || IPV4_LOOPBACK.matcher(host).matches() || host.equals("::1") || host.equals("[::1]");
    }
}
