package dev.leadkit.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * The options every leadkit client takes: each dialect's {@code XxxClient.builder()} returns one, so the
 * same calls work on every client.
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
 * <p>Every setter checks its argument at once and throws an {@link IllegalArgumentException} that names the
 * parameter and what is allowed (a {@link NullPointerException} for a null {@code OkHttpClient}, zone, sleeper,
 * clock or environment); {@link #build()} checks what is required and throws an {@link IllegalStateException}
 * when it is missing or does not fit. A builder is not thread-safe; the client it builds is.
 * leadkit implements this interface; it is not meant to be implemented elsewhere.
 *
 * @param <C> the client type built
 */
public interface ClientBuilder<C> {

    /**
     * The API key, sent only to the base URL's host, in the header the vendor expects. Required.
     *
     * @param apiKey the key alone (without {@code Bearer}), sent verbatim (never URL-encoded); surrounding
     *               whitespace is dropped, and what is left must be visible ASCII, at most 4,096 characters: a
     *               pasted non-breaking or zero-width space, line break or other non-ASCII character is an
     *               {@link IllegalArgumentException} naming its position and code point, never the key
     * @return this builder
     */
    ClientBuilder<C> apiKey(String apiKey);

    /**
     * The base URL, including any path prefix the vendor documents (for Autocalls and Octanist, {@code /api}).
     * {@code https} is required, except for loopback hosts or after {@link #allowInsecureHttp()}.
     *
     * @param baseUrl an absolute http(s) URL
     * @return this builder
     */
    ClientBuilder<C> baseUrl(String baseUrl);

    /**
     * How many times a failed request is retried (connection failures, timeouts, 408, 429, 500, 502, 503,
     * 504). Default 3; 0 turns retries off.
     *
     * @param maxRetries 0 to 10
     * @return this builder
     */
    ClientBuilder<C> maxRetries(int maxRetries);

    /**
     * How long one attempt may take, from connecting to the last byte of the body. Default 30 seconds. An
     * attempt that runs out of time is retried like a connection failure.
     *
     * @param timeout at least 1 millisecond (OkHttp's resolution; a shorter one would mean no timeout at all),
     *                at most 10 minutes
     * @return this builder
     */
    ClientBuilder<C> timeout(Duration timeout);

    /**
     * The longest {@code Retry-After} the client will wait for. Default 60 seconds; when a vendor asks for
     * longer, a {@link RateLimitException} carrying the wait is thrown at once.
     *
     * @param maxRetryWait zero to a day. A {@code Retry-After} too large to read as a number counts as
     *                     longer than any of them
     * @return this builder
     */
    ClientBuilder<C> maxRetryWait(Duration maxRetryWait);

    /**
     * An {@link OkHttpClient} of yours (interceptors, proxy, TLS, connection pool). The client derives its
     * own from it with {@link OkHttpClient#newBuilder()}, sharing its pools; redirects and OkHttp's silent
     * connection retries are turned off on the derived client only, and closing the leadkit client leaves
     * yours untouched. Your pool is used as it is: for {@code prefetch(n)} with n above 5 over HTTP/1.1,
     * give it room for n idle connections ({@code new ConnectionPool(n, 5, TimeUnit.MINUTES)}), or OkHttp
     * closes the extra ones after every page and opens new ones.
     *
     * @param httpClient the client to derive from
     * @return this builder
     */
    ClientBuilder<C> httpClient(OkHttpClient httpClient);

    /**
     * The zone in which timestamps without an offset (e.g. {@code 2025-06-30 11:18:04}) are read. Default UTC.
     *
     * @param serverZone the vendor account's time zone
     * @return this builder
     */
    ClientBuilder<C> serverZone(ZoneId serverZone);

    /**
     * A product token of yours, sent before leadkit's own in the {@code User-Agent} header, e.g.
     * {@code acme-crm-sync/2.1}.
     *
     * @param userAgent printable ASCII
     * @return this builder
     */
    ClientBuilder<C> userAgent(String userAgent);

    /**
     * How the client waits between retries. Replace it in tests to make retries instant.
     *
     * @param sleeper the waiting strategy
     * @return this builder
     */
    ClientBuilder<C> sleeper(Sleeper sleeper);

    /**
     * The clock against which a {@code Retry-After} HTTP-date is measured. Default: the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    ClientBuilder<C> clock(Clock clock);

    /**
     * Allows a plain {@code http://} base URL on a non-loopback host. Off by default: over plain HTTP the
     * API key travels readable by anyone on the path.
     *
     * @return this builder
     */
    ClientBuilder<C> allowInsecureHttp();

    /**
     * The largest response body accepted, counted after any decompression. Default 32 MiB; a larger body
     * fails with a {@link DecodingException} instead of exhausting memory. What the body decodes into is
     * bounded by {@link #decodeLimits(DecodeLimits)}.
     *
     * @param maxResponseBytes at least 1 KiB
     * @return this builder
     */
    ClientBuilder<C> maxResponseBytes(long maxResponseBytes);

    /**
     * How much one page may decode into: JSON tokens, nesting and string length. A page beyond them fails
     * with a {@link DecodingException} naming the limit. Default {@link DecodeLimits#defaults()}.
     *
     * @param decodeLimits the limits
     * @return this builder
     */
    ClientBuilder<C> decodeLimits(DecodeLimits decodeLimits);

    /**
     * Who is told about every attempt, retry and rate-limit wait of this client, and every page, end and
     * failure of its listings: see {@link LeadkitListener}. Default {@link LeadkitListener#NONE}.
     *
     * @param listener the listener
     * @return this builder
     */
    ClientBuilder<C> listener(LeadkitListener listener);

    /**
     * A rate limit of the client's own, for vendors that send no rate-limit headers: at most {@code requests}
     * requests (attempts and retries alike) in any span of {@code per}, across every listing of the client.
     * The vendor's own limit, where it says it ({@code X-RateLimit-*}, 429s with {@code Retry-After}), is kept
     * as well. No limit unless set.
     *
     * @param requests 1 or more
     * @param per      positive, at most a day
     * @return this builder
     */
    ClientBuilder<C> rateLimit(int requests, Duration per);

    /**
     * Reads {@code <PREFIX>_API_KEY} and {@code <PREFIX>_BASE_URL} from {@code environment} (normally
     * {@link System#getenv()}), where the prefix is the dialect's ({@code AUTOCALLS}, {@code ORGLEADS},
     * {@code TRACKING}); variables that are unset or blank leave the builder as it was.
     *
     * @param environment the variables to read
     * @return this builder
     */
    ClientBuilder<C> fromEnvironment(Map<String, String> environment);

    /**
     * Builds the client.
     *
     * @return a thread-safe client, to be built once and reused
     * @throws IllegalStateException if the API key or (where the dialect has no default) the base URL is
     *                               missing, or the base URL is not one the dialect can use, or the
     *                               {@code okhttp3} classes on the class path are not OkHttp 5's (an OkHttp 4
     *                               jar found first): the message says what to exclude
     */
    C build();
}
