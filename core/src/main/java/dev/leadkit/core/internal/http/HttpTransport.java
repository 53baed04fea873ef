package dev.leadkit.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.leadkit.core.ApiError;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.internal.dialect.VendorFailure;
import dev.leadkit.core.internal.json.MalformedBodyException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Sends a dialect's GET requests: auth, {@code Accept}, {@code User-Agent}, retries with backoff and
 * {@code Retry-After}, redirects refused, error bodies mapped to typed exceptions, one DEBUG log line per
 * attempt. Thread-safe; one per client.
 */
public final class HttpTransport implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.leadkit.http");
    private static final List<String> LOGGED_HEADERS =
            List.of("Content-Type", "Content-Length", "Retry-After", "X-Request-Id", "X-RateLimit-Limit",
                    "X-RateLimit-Remaining");
    /**
     * Idle connections kept by a client leadkit makes itself: as many as the most pages a listing requests
     * at once ({@code prefetch(64)}), so a prefetching listing over HTTP/1.1 reuses its n connections page
     * after page instead of OkHttp's default pool (5 idle) closing the rest and opening, with a TLS handshake
     * each, new ones.
     */
    static final int IDLE_CONNECTIONS = 64;
    private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
    private static final int EXCERPT_CHARS = 300;

    private final ClientSettings settings;
    private final AuthScheme auth;
    private final ErrorBodyReader errorReader;
    private final OkHttpClient http;
    private final boolean ownsHttpClient;
    private final String userAgent;
    private final Redactor redactor;
    private volatile boolean closed;

    /**
     * @param settings    the client's validated settings
     * @param auth        how the vendor wants the key
     * @param errorReader how the vendor's error bodies read
     * @param dialect     the dialect's short name, for the {@code User-Agent}
     */
    public HttpTransport(ClientSettings settings, AuthScheme auth, ErrorBodyReader errorReader, String dialect) {
        this.settings = settings;
        this.auth = auth;
        this.errorReader = errorReader;
        this.ownsHttpClient = settings.callerHttpClient().isEmpty();
        OkHttpClient base = settings.callerHttpClient().orElseGet(() -> new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES)) // OkHttp's keep-alive
                .build());
        long timeoutMillis = settings.timeout().toMillis();
        this.http = base.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .writeTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .callTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .build();
        this.userAgent = settings.userAgent().map(ua -> ua + " ").orElse("")
                + "leadkit-java/" + Version.LEADKIT + " (" + dialect + "; Java " + Runtime.version().feature() + ")";
        this.redactor = new Redactor(settings.apiKey());
    }

    /** The client's settings. */
    public ClientSettings settings() {
        return settings;
    }

    /**
     * GETs {@code path} (relative to the base URL) with {@code query}, retrying as the policy allows, and
     * decodes the successful body.
     *
     * @param path         the path below the base URL, e.g. {@code user/leads}
     * @param query        the query parameters
     * @param decoder      the dialect's decoder
     * @param cancellation the walk this call belongs to; cancelling it cancels the call and its retries
     * @param <T>          the decoded type
     * @return the decoded body
     * @throws LeadkitException API errors, connection failures, decoding failures
     * @throws IllegalStateException if the client was closed
     */
    public <T> T get(String path, QueryParams query, BodyDecoder<T> decoder, Cancellation cancellation) {
        if (closed) {
            throw new IllegalStateException("this client is closed: build a new one to send requests");
        }
        HttpUrl url = url(path, query);
        String requestLine = "GET " + url.encodedPath();
        Request request = new Request.Builder()
                .url(url)
                .get()
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .header(auth.headerName(), auth.headerValue(settings.apiKey()))
                .build();
        int maxAttempts = settings.maxRetries() + 1;
        for (int attempt = 1; ; attempt++) {
            boolean lastAttempt = attempt == maxAttempts;
            long started = System.nanoTime();
            stopIfCancelled(cancellation, requestLine, null);
            Call call = http.newCall(request);
            cancellation.register(call);
            try (Response response = call.execute()) {
                int status = response.code();
                logAttempt(url, status, attempt, started, response);
                if (response.isSuccessful()) {
                    return decode(decoder, response, requestLine);
                }
                if (status >= 300 && status < 400) {
                    throw redirect(response, requestLine);
                }
                Optional<Duration> retryAfter = RetryPolicy.retryAfter(response.headers(), settings.clock());
                ApiError error = ErrorBodies.describe(status, requestLine, response.headers(),
                        readErrorBody(response.body()), errorReader, redactor);
                boolean waitTooLong = retryAfter.isPresent() && retryAfter.get().compareTo(settings.maxRetryWait()) > 0;
                if (!RetryPolicy.isRetryableStatus(status) || lastAttempt || waitTooLong) {
                    throw ApiExceptions.forStatus(error, retryAfter.orElse(null));
                }
                pause(retryAfter.isPresent() ? retryAfter.get() : RetryPolicy.backoff(attempt), cancellation, requestLine);
            } catch (IOException e) {
                logFailure(url, attempt, started, e);
                stopIfCancelled(cancellation, requestLine, e);
                if (lastAttempt) {
                    throw new ConnectionException(requestLine + " failed after " + attempt + " attempt"
                            + (attempt == 1 ? "" : "s") + ": " + describe(e), redactor.redactFailure(e));
                }
                pause(RetryPolicy.backoff(attempt), cancellation, requestLine);
            } finally {
                cancellation.unregister(call);
            }
        }
    }

    /** Waits before a retry, unless the listing this call is for was closed. */
    private void pause(Duration wait, Cancellation cancellation, String requestLine) {
        stopIfCancelled(cancellation, requestLine, null);
        settings.sleeper().sleep(wait);
    }

    /** Throws if the listing this call is for was closed: there is nothing to retry for. */
    private void stopIfCancelled(Cancellation cancellation, String requestLine, IOException failure) {
        if (cancellation.isCancelled()) {
            throw new ConnectionException(requestLine + " was cancelled", redactor.redactFailure(failure));
        }
    }

    private HttpUrl url(String path, QueryParams query) {
        HttpUrl.Builder url = settings.baseUrl().newBuilder().addPathSegments(path);
        String encoded = query.encoded();
        url.encodedQuery(encoded.isEmpty() ? null : encoded);
        return url.build();
    }

    private static DecodingException tooLarge(String requestLine, long maxBytes) {
        return new DecodingException(requestLine + " answered with a body larger than maxResponseBytes ("
                + maxBytes + " bytes)", "", null);
    }

    private static byte[] readErrorBody(ResponseBody body) {
        try {
            BufferedSource source = body.source();
            source.request(MAX_ERROR_BODY_BYTES);
            Buffer buffer = source.getBuffer();
            return buffer.readByteArray(Math.min(buffer.size(), MAX_ERROR_BODY_BYTES));
        } catch (IOException unreadable) {
            return new byte[0];
        }
    }

    /**
     * Decodes the body while it streams in, so parsing overlaps the transfer and no copy of the body is
     * made. A failure of the connection mid-body is an {@link IOException} for the retry loop; everything
     * else that goes wrong is the body's fault and is not retried.
     */
    private <T> T decode(BodyDecoder<T> decoder, Response response, String requestLine) throws IOException {
        ResponseBody body = response.body();
        long maxBytes = settings.maxResponseBytes();
        if (body.contentLength() > maxBytes) {
            throw tooLarge(requestLine, maxBytes);
        }
        BodyStream stream = new BodyStream(body.byteStream(), maxBytes, EXCERPT_CHARS * 4);
        try {
            return decoder.decode(stream);
        } catch (BodyStream.TooLargeException e) {
            throw tooLarge(requestLine, maxBytes);
        } catch (VendorFailure failure) {
            throw ApiExceptions.forStatus(ErrorBodies.describe(response.code(), requestLine, response.headers(),
                    failure.envelope(), errorReader, redactor), null);
        } catch (JsonProcessingException | MalformedBodyException | IllegalArgumentException | IllegalStateException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new DecodingException(requestLine + " answered with a body leadkit could not read: "
                    + redactor.redact(reason), excerpt(stream.head()), redactor.redactFailure(e));
        }
    }

    private String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
        text = redactor.redact(text);
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "…" : text;
    }

    private ApiException redirect(Response response, String requestLine) {
        String location = Optional.ofNullable(response.header("Location"))
                .map(response.request().url()::resolve)
                .map(target -> target.scheme() + "://" + target.host() + target.encodedPath())
                .orElse("an unnamed location");
        ApiError error = ApiError.builder()
                .statusCode(response.code())
                .request(requestLine)
                .message("redirected to " + location + "; leadkit never follows redirects, so the API key is only"
                        + " ever sent to the base URL's host. Check the base URL and that the key is accepted")
                .build();
        return new ApiException(error);
    }

    private String describe(IOException e) {
        String message = e.getMessage();
        String kind = e instanceof InterruptedIOException ? "timed out or interrupted" : e.getClass().getSimpleName();
        return redactor.redact(message == null ? kind : kind + ": " + message);
    }

    private void logAttempt(HttpUrl url, int status, int attempt, long started, Response response) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "GET {0} -> {1} in {2} ms (attempt {3})", pathAndQuery(url), status,
                    elapsedMillis(started), attempt);
        }
        if (LOG.isLoggable(Level.TRACE)) {
            StringBuilder headers = new StringBuilder();
            for (String name : LOGGED_HEADERS) {
                String value = response.header(name);
                if (value != null) {
                    headers.append(name).append(": ").append(value).append("; ");
                }
            }
            LOG.log(Level.TRACE, "GET {0} response headers: {1}", url.encodedPath(), headers);
        }
    }

    private void logFailure(HttpUrl url, int attempt, long started, IOException e) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "GET {0} -> {1} after {2} ms (attempt {3})", pathAndQuery(url), describe(e),
                    elapsedMillis(started), attempt);
        }
    }

    private static String pathAndQuery(HttpUrl url) {
        return url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /**
     * Refuses new requests from now on, and releases the connection pool and threads if this transport
     * created its OkHttp client itself; a caller's client is left as it was.
     */
    @Override
    public void close() {
        closed = true;
        if (ownsHttpClient) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
