package dev.leadkit.core.internal.dialect;

import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.Sleeper;
import dev.leadkit.core.internal.http.ClientSettings;
import dev.leadkit.core.internal.http.ModifiableClientSettings;
import dev.leadkit.core.internal.http.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The {@link ClientBuilder} of every dialect: checks each option as it is set, and at {@link #build()} what
 * is required, then hands a {@link DialectClient} to the dialect's public client class.
 *
 * @param <Q> the dialect's query type
 * @param <L> the dialect's lead type
 * @param <C> the public client type
 */
public final class DefaultClientBuilder<Q, L extends Lead, C> implements ClientBuilder<C> {

    private static final int MAX_RETRIES_LIMIT = 10;
    /** IPv4 loopback literals (127.0.0.0/8); a host name merely starting with {@code 127.} is not one. */
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final Dialect<Q, L> dialect;
    private final Function<DialectClient<Q, L>, C> wrap;
    /** The options set so far; what is not set keeps the default {@link ClientSettings} declares. */
    private final ModifiableClientSettings settings = ModifiableClientSettings.create();

    /**
     * @param dialect the vendor's dialect
     * @param wrap    makes the dialect's public client around the built client
     */
    public DefaultClientBuilder(Dialect<Q, L> dialect, Function<DialectClient<Q, L>, C> wrap) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.wrap = Objects.requireNonNull(wrap, "wrap");
        dialect.defaultBaseUrl().map(HttpUrl::get).ifPresent(settings::setBaseUrl);
    }

    @Override
    public ClientBuilder<C> apiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be null or blank");
        }
        settings.setApiKey(ApiKeys.requireSendable(apiKey.strip()));
        return this;
    }

    @Override
    public ClientBuilder<C> baseUrl(String baseUrl) {
        HttpUrl parsed = baseUrl == null ? null : HttpUrl.parse(baseUrl.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, got: " + shown(baseUrl));
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new IllegalArgumentException("baseUrl must not hold a user name or password (user:password@):"
                    + " the API key is the only credential leadkit sends");
        }
        if (parsed.query() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query string: leadkit writes each request's"
                    + " query itself, got " + parsed.scheme() + "://" + parsed.host() + parsed.encodedPath() + "?...");
        }
        if (parsed.fragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a fragment (#...), got " + parsed.scheme() + "://"
                    + parsed.host() + parsed.encodedPath() + "#...");
        }
        settings.setBaseUrl(parsed);
        return this;
    }

    @Override
    public ClientBuilder<C> maxRetries(int maxRetries) {
        if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + MAX_RETRIES_LIMIT + ", got " + maxRetries);
        }
        settings.setMaxRetries(maxRetries);
        return this;
    }

    @Override
    public ClientBuilder<C> timeout(Duration timeout) {
        if (timeout == null || timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("timeout must be between 1 millisecond and 10 minutes, got " + timeout);
        }
        settings.setTimeout(timeout);
        return this;
    }

    @Override
    public ClientBuilder<C> maxRetryWait(Duration maxRetryWait) {
        if (maxRetryWait == null || maxRetryWait.isNegative() || maxRetryWait.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("maxRetryWait must be between zero and a day, got " + maxRetryWait);
        }
        settings.setMaxRetryWait(maxRetryWait);
        return this;
    }

    @Override
    public ClientBuilder<C> httpClient(OkHttpClient httpClient) {
        settings.setCallerHttpClient(Objects.requireNonNull(httpClient, "httpClient must not be null"));
        return this;
    }

    @Override
    public ClientBuilder<C> serverZone(ZoneId serverZone) {
        settings.setServerZone(Objects.requireNonNull(serverZone, "serverZone must not be null"));
        return this;
    }

    @Override
    public ClientBuilder<C> userAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, got: " + userAgent);
        }
        settings.setUserAgent(userAgent.strip());
        return this;
    }

    @Override
    public ClientBuilder<C> sleeper(Sleeper sleeper) {
        settings.setSleeper(Objects.requireNonNull(sleeper, "sleeper must not be null"));
        return this;
    }

    @Override
    public ClientBuilder<C> clock(Clock clock) {
        settings.setClock(Objects.requireNonNull(clock, "clock must not be null"));
        return this;
    }

    @Override
    public ClientBuilder<C> allowInsecureHttp() {
        settings.setAllowInsecureHttp(true);
        return this;
    }

    @Override
    public ClientBuilder<C> maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024, got " + maxResponseBytes);
        }
        settings.setMaxResponseBytes(maxResponseBytes);
        return this;
    }

    @Override
    public ClientBuilder<C> decodeLimits(DecodeLimits decodeLimits) {
        settings.setDecodeLimits(Objects.requireNonNull(decodeLimits, "decodeLimits must not be null"));
        return this;
    }

    @Override
    public ClientBuilder<C> listener(LeadkitListener listener) {
        settings.setListener(Objects.requireNonNull(listener, "listener must not be null (LeadkitListener.NONE listens to nothing)"));
        return this;
    }

    @Override
    public ClientBuilder<C> rateLimit(int requests, Duration per) {
        if (requests < 1) {
            throw new IllegalArgumentException("rateLimit requests must be 1 or more, got " + requests);
        }
        if (per == null || per.isNegative() || per.isZero() || per.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("rateLimit per must be positive and at most a day, got " + per);
        }
        settings.setRateLimit(new RateLimit(requests, per));
        return this;
    }

    @Override
    public ClientBuilder<C> fromEnvironment(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment must not be null");
        String keyVariable = dialect.envPrefix() + "_API_KEY";
        String key = environment.get(keyVariable);
        if (key != null && !key.isBlank()) {
            try {
                apiKey(key);
            } catch (IllegalArgumentException unsendable) {
                throw new IllegalArgumentException(keyVariable + ": " + unsendable.getMessage());
            }
        }
        String url = environment.get(dialect.envPrefix() + "_BASE_URL");
        if (url != null && !url.isBlank()) {
            baseUrl(url);
        }
        return this;
    }

    @Override
    public C build() {
        OkHttpVersionCheck.require();
        String prefix = dialect.envPrefix();
        if (!settings.apiKeyIsSet()) {
            throw new IllegalStateException("apiKey is required: call apiKey(...) or set " + prefix
                    + "_API_KEY and use fromEnv()");
        }
        if (!settings.baseUrlIsSet()) {
            throw new IllegalStateException("baseUrl is required: " + dialect.missingBaseUrlHint() + " (or set "
                    + prefix + "_BASE_URL and use fromEnv())");
        }
        HttpUrl url = settings.baseUrl();
        if (!url.isHttps() && !settings.allowInsecureHttp() && !isLoopback(url.host())) {
            throw new IllegalStateException("baseUrl " + url.scheme() + "://" + url.host()
                    + " uses plain http: the API key would travel unencrypted. Use https, or call allowInsecureHttp()"
                    + " if this host is really meant to be reached without TLS");
        }
        dialect.baseUrlCheck().accept(url);
        return wrap.apply(new DialectClient<>(dialect, settings.toImmutable()));
    }

    /** A rejected URL as a message may show it: not at all when it may hold a password. */
    private static String shown(String url) {
        return url == null ? "null" : url.indexOf('@') >= 0 ? "a URL with '@' (not shown: it may hold a password)" : url;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || IPV4_LOOPBACK.matcher(host).matches() || host.equals("::1") || host.equals("[::1]");
    }

    @Override
    public String toString() {
        return dialect.platform().name() + " client builder{baseUrl=" + (settings.baseUrlIsSet() ? settings.baseUrl() : null)
                + ", apiKey=" + (settings.apiKeyIsSet() ? "****" : "unset") + '}';
    }
}
