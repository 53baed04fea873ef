package dev.leadkit.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.leadkit.core.ApiError;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.internal.Events;
import dev.leadkit.core.internal.cancel.Cancellation;
import dev.leadkit.core.internal.json.MalformedBodyException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a dialect's GET requests: auth, {@code Accept}, {@code User-Agent}; the client's rate pacer before
 * every attempt; retries with backoff and {@code Retry-After}; redirects refused; error bodies mapped to
 * typed exceptions; one DEBUG log line and one listener event per attempt. Thread-safe; one per client.
 *
 * <p>A 429 whose wait is within {@code maxRetryWait} is the vendor's throttle, not a failure: it holds every
 * request of the client until then and does not spend the retry budget; a request answered 429 more than
 * {@value Verdicts#MAX_THROTTLED} times in a row, with no request of the client answered successfully in between,
 * fails all the same, so that no server keeps a listing waiting for ever ({@link Verdicts}). A request that others overtake in
 * each window (a prefetching listing of a vendor that says nothing of its window) waits on while they are
 * answered: the listing is making progress. Every wait (the pacer's, a retry's) wakes at once when the listing
 * or the client is closed.
 */
public final class HttpTransport implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.leadkit.http");
    private static final List<String> LOGGED_HEADERS =
            List.of("Content-Type", "Content-Length", "Retry-After", "X-Request-Id", "X-RateLimit-Limit",
                    "X-RateLimit-Remaining", "X-RateLimit-Reset");
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
    private final RatePacer pacer;
    private final Events events;
    /** The listings with requests in flight or waiting, cancelled when the client closes. */
    private final Set<Cancellation> active = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile boolean closed;

    /**
     * @param settings    the client's validated settings
     * @param auth        how the vendor wants the key
     * @param errorReader how the vendor's error bodies read
     * @param events      the client's listener, with its platform
     * @param dialect     the dialect's short name, for the {@code User-Agent}
     */
    public HttpTransport(ClientSettings settings, AuthScheme auth, ErrorBodyReader errorReader, Events events,
            String dialect) {
        this.settings = settings;
        this.auth = auth;
        this.errorReader = errorReader;
        this.events = events;
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
                .addNetworkInterceptor(new FollowUpGuard())
                .build();
        this.userAgent = settings.userAgent().map(ua -> ua + " ").orElse("")
                + "leadkit-java/" + Version.LEADKIT + " (" + dialect + "; Java " + Runtime.version().feature() + ")";
        this.redactor = new Redactor(settings.apiKey());
        this.pacer = new RatePacer(settings.clock(), settings.rateLimit(), settings.maxRetryWait());
    }

    /** The client's settings. */
    public ClientSettings settings() {
        return settings;
    }

    /**
     * GETs {@code path} (relative to the base URL) with {@code query}, retrying as the policy allows, and
     * decodes the successful body.
     *
     * <p>One request's life is this loop: take a turn from the rate pacer (waiting as it says), send the attempt
     * and read what it got, then apply the verdict {@link Verdicts#of} gives for it: deliver, fail, retry after a
     * wait, or hold until a moment. Logging and the listener's events observe the loop; they decide nothing.
     *
     * @param path         the path below the base URL, e.g. {@code user/leads}
     * @param query        the query parameters
     * @param decoder      the dialect's decoder
     * @param cancellation the listing this call belongs to; cancelling it cancels the call and its waits
     * @param <T>          the decoded type
     * @return the decoded body
     * @throws LeadkitException API errors, connection failures, decoding failures
     * @throws IllegalStateException if the client was closed
     */
    public <T> T get(String path, QueryParams query, BodyDecoder<T> decoder, Cancellation cancellation) {
        requireOpen();
        active.add(cancellation);
        if (closed) {
            cancellation.cancel(); // closed meanwhile: the close may have missed this listing
        }
        HttpUrl url = url(path, query);
        String requestLine = "GET " + url.encodedPath();
        String shownRequest = "GET " + redactor.redact(pathAndQuery(url));
        Request request = request(url);
        int maxAttempts = settings.maxRetries() + 1;
        RatePacer.Streak streak = pacer.streak();
        Instant waited = Instant.MIN;
        for (int attempt = 1; ; ) {
            RatePacer.Turn turn = takeTurn(cancellation, requestLine, shownRequest, waited);
            Duration backoff = RetryPolicy.backoff(attempt);
            long started = System.nanoTime();
            Sent<T> sent;
            Verdict<T> verdict;
            try {
                sent = send(request, decoder, requestLine, attempt, backoff, turn, streak, cancellation);
                events.attempt(cancellation.listing(), shownRequest, attempt, sent.status(), elapsed(started),
                        sent.bytesRead(), sent.failure());
                if (sent.got() instanceof Verdicts.NoAnswer<T> none) {
                    stopIfCancelled(cancellation, requestLine, none.failure());
                }
                verdict = Verdicts.of(new Verdicts.Attempt(requestLine, attempt, maxAttempts, backoff, sent.readAt(),
                        settings.maxRetryWait()), sent.got());
                if (sent.status().equals(OptionalInt.of(429))) { // read with the hold it sets, at once
                    if (verdict instanceof Verdict.Hold<T> hold) {
                        pacer.throttled(sent.headers(), turn, hold.until(), hold.reason(), streak);
                    } else {
                        pacer.answered(sent.headers(), 429, turn);
                    }
                }
            } finally {
                pacer.unanswered(turn); // a no-op once the answer was read; else its turn is given back
            }
            waited = Instant.MIN;
            if (verdict instanceof Verdict.Deliver<T> deliver) {
                return deliver.value();
            } else if (verdict instanceof Verdict.Fail<T> fail) {
                throw fail.failure();
            } else if (verdict instanceof Verdict.Retry<T> retry) {
                events.retry(cancellation.listing(), shownRequest, attempt, sent.status(), retry.reason(), retry.delay(),
                        retry.vendorAsked());
                pause(retry.delay(), cancellation, requestLine);
                attempt++;
            } else {
                // the request that got the 429 waits the hold itself, to the nanosecond; the others of the client
                // wait for the same hold at their next turn. The vendor's throttle spends no retry.
                Instant until = ((Verdict.Hold<T>) verdict).until();
                Duration wait = Duration.between(sent.readAt(), until);
                events.rateLimitWait(cancellation.listing(), shownRequest, wait, "the vendor answered 429 and asked to wait " + wait);
                pause(wait, cancellation, requestLine);
                waited = until;
            }
        }
    }

    /** The GET every attempt of one request sends. */
    private Request request(HttpUrl url) {
        return new Request.Builder()
                .url(url)
                .get()
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip") // inflated by leadkit itself: see ContentEncodings
                .header("User-Agent", userAgent)
                .header(auth.headerName(), auth.headerValue(settings.apiKey()))
                .build();
    }

    /**
     * What one attempt got, and what the listener and the pacer hear of it.
     *
     * @param got       what the verdict is decided on
     * @param status    the HTTP status, when the server answered
     * @param headers   the answer's headers (none without an answer)
     * @param bytesRead the body bytes read
     * @param failure   the connection failure, described, when there was no answer
     * @param readAt    when the answer (or the failure) was read, by the client's clock
     */
    private record Sent<T>(Verdicts.Got<T> got, OptionalInt status, Headers headers, long bytesRead,
                           Optional<String> failure, Instant readAt) {
    }

    /** Sends one attempt and reads what it got; a connection failure is what it got, not an exception. */
    private <T> Sent<T> send(Request request, BodyDecoder<T> decoder, String requestLine, int attempt, Duration backoff,
            RatePacer.Turn turn, RatePacer.Streak streak, Cancellation cancellation) {
        long started = System.nanoTime();
        Call call = http.newCall(request);
        Runnable cancelCall = call::cancel;
        cancellation.onCancel(cancelCall);
        try (Response response = call.execute()) {
            return answer(FollowUpGuard.restore(response), decoder, requestLine, attempt, backoff, turn, streak);
        } catch (IOException e) {
            logFailure(request.url(), attempt, started, e);
            String description = describe(e);
            return new Sent<>(new Verdicts.NoAnswer<>(redactor.redactFailure(e), description), OptionalInt.empty(),
                    Headers.of(), 0, Optional.of(description), settings.clock().instant());
        } finally {
            cancellation.removeOnCancel(cancelCall);
        }
    }

    /**
     * Reads one answer. A connection that fails while the body streams in is an {@link IOException}, as one that
     * fails before any answer.
     */
    private <T> Sent<T> answer(Response response, BodyDecoder<T> decoder, String requestLine, int attempt,
            Duration backoff, RatePacer.Turn turn, RatePacer.Streak streak) throws IOException {
        int status = response.code();
        Headers headers = response.headers();
        if (status != 429) {
            pacer.answered(headers, status, turn); // a 429 is read with the hold it may set, once decided
        }
        logAttempt(response.request().url(), status, attempt, response);
        if (response.isSuccessful()) {
            BodyStream body = new BodyStream(ContentEncodings.decoded(response), settings.maxResponseBytes(),
                    EXCERPT_CHARS * 4);
            Verdicts.Got<T> got;
            try {
                got = new Verdicts.Body<>(decode(decoder, response, body, requestLine));
            } catch (LeadkitException e) {
                got = new Verdicts.Unusable<>(e);
            } catch (IOException midBody) {
                midBody.addSuppressed(new IOException("after " + body.count() + " bytes of the body"));
                throw midBody;
            }
            return new Sent<>(got, OptionalInt.of(status), headers, body.count(), Optional.empty(), settings.clock().instant());
        }
        if (status >= 300 && status < 400) {
            return new Sent<>(new Verdicts.Unusable<>(redirect(response, requestLine)), OptionalInt.of(status), headers, 0,
                    Optional.empty(), settings.clock().instant());
        }
        byte[] errorBody = ContentEncodings.head(response, MAX_ERROR_BODY_BYTES);
        Optional<Duration> retryAfter = RetryPolicy.retryAfter(headers, settings.clock());
        ApiError error = ErrorBodies.describe(status, requestLine, headers, errorBody, errorReader, redactor);
        Instant now = settings.clock().instant();
        Optional<Instant> vendorUntil = Optional.empty();
        Optional<Instant> closes = Optional.empty();
        int throttledInARow = 0;
        if (status == 429) {
            vendorUntil = pacer.resetOf(headers, retryAfter, now);
            closes = pacer.closeOf(headers, retryAfter, now, backoff);
            throttledInARow = pacer.throttledInARow(streak);
        }
        return new Sent<>(new Verdicts.Status<>(error, retryAfter, vendorUntil, closes, throttledInARow),
                OptionalInt.of(status), headers, errorBody.length, Optional.empty(), now);
    }

    /**
     * Refuses a closed client's requests.
     *
     * @throws IllegalStateException if the client was closed
     */
    public void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this client is closed: build a new one to send requests");
        }
    }

    /**
     * Waits until the client's rate pacer lets this attempt go, telling the listener about each wait.
     *
     * @return the turn the attempt goes on, for the pacer to hear of its answer
     */
    private RatePacer.Turn takeTurn(Cancellation cancellation, String requestLine, String shownRequest, Instant waited) {
        RatePacer.Turn turn = pacer.turn(waited);
        while (!turn.goes()) {
            stopIfCancelled(cancellation, requestLine, null);
            if (turn.answerWait().isPresent()) {
                // told once it is over, with how long it took: nobody knows beforehand when another's answer comes
                RatePacer.AnswerWait wait = turn.answerWait().get();
                Instant began = settings.clock().instant();
                Runnable wake = pacer::wake;
                cancellation.onCancel(wake);
                try {
                    pacer.await(wait, cancellation::isCancelled);
                } finally {
                    cancellation.removeOnCancel(wake);
                }
                stopIfCancelled(cancellation, requestLine, null);
                events.rateLimitWait(cancellation.listing(), shownRequest,
                        Duration.between(began, settings.clock().instant()), wait.reason());
            } else {
                RatePacer.Wait wait = turn.pause().get();
                events.rateLimitWait(cancellation.listing(), shownRequest, wait.duration(), wait.reason());
                // what is left of the wait when it starts: another request's wait may have moved a test's clock
                Duration left = Duration.between(settings.clock().instant(), wait.until());
                if (!left.isNegative() && !left.isZero() && !cancellation.await(left, settings.sleeper())) {
                    stopIfCancelled(cancellation, requestLine, null);
                }
                waited = wait.until();
            }
            turn = pacer.turn(waited);
        }
        if (cancellation.isCancelled()) {
            pacer.unanswered(turn); // the turn taken is given back: nothing is sent
            stopIfCancelled(cancellation, requestLine, null);
        }
        return turn;
    }

    /** Waits before a retry, unless the listing this call is for was closed (then at once, and throws). */
    private void pause(Duration wait, Cancellation cancellation, String requestLine) {
        stopIfCancelled(cancellation, requestLine, null);
        cancellation.await(wait, settings.sleeper());
        stopIfCancelled(cancellation, requestLine, null);
    }

    /** Throws if the listing this call is for was closed: there is nothing to send or retry for. */
    private void stopIfCancelled(Cancellation cancellation, String requestLine, Throwable failure) {
        if (cancellation.isCancelled()) {
            throw new ConnectionException(requestLine + " was cancelled: its listing or its client was closed",
                    redactor.redactFailure(failure));
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

    /**
     * Decodes the body while it streams in, so parsing overlaps the transfer and no copy of the body is
     * made. A failure of the connection mid-body (reset, timed out, closed before the body's end) is an
     * {@link IOException} for the retry loop; everything else that goes wrong is the body's fault and is not
     * retried: content that does not decode, and a transfer that arrived but is broken (a gzip stream that
     * does not inflate, a chunk size that is not one).
     */
    private <T> T decode(BodyDecoder<T> decoder, Response response, BodyStream stream, String requestLine)
            throws IOException {
        long maxBytes = settings.maxResponseBytes();
        if (!ContentEncodings.isEncoded(response) && response.body().contentLength() > maxBytes) {
            throw tooLarge(requestLine, maxBytes);
        }
        try {
            return decoder.decode(stream);
        } catch (BodyStream.TooLargeException e) {
            throw tooLarge(requestLine, maxBytes);
        } catch (ContentEncodings.BrokenBodyException e) {
            throw brokenBody(requestLine, e.getMessage(), stream, e);
        } catch (ProtocolException e) {
            if (String.valueOf(e.getMessage()).contains("unexpected end of stream")) {
                throw e; // the connection closed before the body's end: retried
            }
            throw brokenBody(requestLine, "the body's chunked framing is broken (" + e.getMessage() + ")", stream, e);
        } catch (VendorFailure failure) {
            throw ApiExceptions.forStatus(ErrorBodies.describe(response.code(), requestLine, response.headers(),
                    failure.envelope(), errorReader, redactor), null);
        } catch (JsonProcessingException | MalformedBodyException | IllegalArgumentException | IllegalStateException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new DecodingException(requestLine + " answered with a body leadkit could not read: "
                    + redactor.redact(reason), excerpt(stream.head()), redactor.redactFailure(e));
        }
    }

    private DecodingException brokenBody(String requestLine, String reason, BodyStream stream, IOException e) {
        return new DecodingException(requestLine + " answered with a body leadkit could not read: "
                + redactor.redact(reason), excerpt(stream.head()), redactor.redactFailure(e));
    }

    private String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
        text = redactor.redact(text);
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "…" : text;
    }

    private ApiException redirect(Response response, String requestLine) {
        String location = Optional.ofNullable(response.header("Location"))
                .map(response.request().url()::resolve)
                .map(target -> redactor.redact(target.scheme() + "://" + target.host() + target.encodedPath()))
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

    private void logAttempt(HttpUrl url, int status, int attempt, Response response) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "GET {0} -> {1} in {2} ms (attempt {3})", redactor.redact(pathAndQuery(url)), status,
                    response.receivedResponseAtMillis() - response.sentRequestAtMillis(), attempt);
        }
        if (LOG.isLoggable(Level.TRACE)) {
            StringBuilder headers = new StringBuilder();
            for (String name : LOGGED_HEADERS) {
                String value = response.header(name);
                if (value != null) {
                    headers.append(name).append(": ").append(redactor.redact(value)).append("; ");
                }
            }
            LOG.log(Level.TRACE, "GET {0} response headers: {1}", redactor.redact(url.encodedPath()), headers);
        }
    }

    private void logFailure(HttpUrl url, int attempt, long started, IOException e) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "GET {0} -> {1} after {2} ms (attempt {3})", redactor.redact(pathAndQuery(url)),
                    describe(e), elapsedMillis(started), attempt);
        }
    }

    private static String pathAndQuery(HttpUrl url) {
        return url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Refuses new requests from now on, cancels the listings in flight (their waits wake at once), and releases
     * the connection pool and threads if this transport created its OkHttp client itself; a caller's client is
     * left as it was.
     */
    @Override
    public void close() {
        closed = true;
        List<Cancellation> listings;
        synchronized (active) {
            listings = List.copyOf(active);
        }
        listings.forEach(Cancellation::cancel);
        if (ownsHttpClient) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
