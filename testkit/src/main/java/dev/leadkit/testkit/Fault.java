package dev.leadkit.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * A misbehaviour a test scripts on a sandbox, through {@link Faults}. Immutable.
 *
 * <pre>{@code
 * sandbox.faults()
 *         .next(Fault.status(503))                                  // the next request: a 503 with an HTML page
 *         .onRequest(3, Fault.rateLimited(Duration.ofSeconds(2)))   // request #3: 429, Retry-After: 2
 *         .onRequest(5, Fault.cutMidBody());                        // request #5: the connection drops mid-body
 * }</pre>
 *
 * <p>Faults of two kinds: those that replace the reply ({@link #status}, {@link #rateLimited},
 * {@link #rateLimitedUntil}, {@link #noResponse}) and those that spoil the reply the sandbox would have
 * sent ({@link #cutMidBody}, {@link #truncatedBody}, {@link #delay}).
 */
public final class Fault {

    private enum Kind { STATUS, RATE_LIMITED, CUT_MID_BODY, TRUNCATED_BODY, DELAY, NO_RESPONSE }

    private final Kind kind;
    private final int status;
    private final String retryAfter;
    private final Duration delay;
    private final String contentType;
    private final String body;
    private final Map<String, String> headers;

    private Fault(Kind kind, int status, String retryAfter, Duration delay, String contentType, String body,
                  Map<String, String> headers) {
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.delay = delay;
        this.contentType = contentType;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    private static Fault of(Kind kind) {
        return new Fault(kind, 0, null, null, null, null, Map.of());
    }

    /**
     * Answers 200 with an HTML page instead of the vendor's JSON: a login page, a captive portal, or a base
     * URL that points at the vendor's website rather than its API.
     *
     * @return the fault
     */
    public static Fault htmlPage() {
        String page = "<!DOCTYPE html>\r\n<html><head><title>Sign in</title></head><body><form action=\"/login\">"
                + "</form></body></html>\r\n";
        return new Fault(Kind.STATUS, 200, null, null, Reply.HTML, page, Map.of());
    }

    /**
     * Answers {@code code} with the HTML error page a reverse proxy (nginx) sends in front of the vendor's
     * app, the way a real 500/502/503/504 usually looks: not the vendor's JSON. Change the body with
     * {@link #withBody(String, String)}.
     *
     * @param code an HTTP status from 400 to 599
     * @return the fault
     */
    public static Fault status(int code) {
        if (code < 400 || code > 599) {
            throw new IllegalArgumentException("code must be between 400 and 599, got " + code);
        }
        String title = code + " " + reason(code);
        String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return new Fault(Kind.STATUS, code, null, null, Reply.HTML, page, Map.of());
    }

    /**
     * Answers 429 with {@code Retry-After} in delta-seconds (rounded up) and the vendor's error body.
     *
     * @param retryAfter zero or positive
     * @return the fault
     */
    public static Fault rateLimited(Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must be zero or positive, got " + retryAfter);
        }
        String seconds = Long.toString(TooManyAttempts.wholeSecondsUp(retryAfter));
        return new Fault(Kind.RATE_LIMITED, 429, seconds, null, null, null, Map.of());
    }

    /**
     * Answers 429 with {@code Retry-After} as an HTTP-date ({@code Wed, 21 Oct 2026 07:28:00 GMT}) and the
     * vendor's error body. Give a client a fixed {@code Clock} to make the wait it computes exact.
     *
     * @param until when the client may try again
     * @return the fault
     */
    public static Fault rateLimitedUntil(Instant until) {
        Objects.requireNonNull(until, "until must not be null");
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atOffset(ZoneOffset.UTC));
        return new Fault(Kind.RATE_LIMITED, 429, date, null, null, null, Map.of());
    }

    /**
     * Sends the normal reply's status line, headers and about half of its body, then drops the connection.
     *
     * @return the fault
     */
    public static Fault cutMidBody() {
        return of(Kind.CUT_MID_BODY);
    }

    /**
     * Sends the normal reply with its body cut in half, properly framed ({@code Content-Length} matches):
     * the HTTP exchange succeeds and the JSON ends mid-way.
     *
     * @return the fault
     */
    public static Fault truncatedBody() {
        return of(Kind.TRUNCATED_BODY);
    }

    /**
     * Sends the normal reply after waiting {@code delay} before the status line (for timeouts).
     *
     * @param delay positive
     * @return the fault
     */
    public static Fault delay(Duration delay) {
        if (delay == null || delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive, got " + delay);
        }
        return new Fault(Kind.DELAY, 0, null, delay, null, null, Map.of());
    }

    /**
     * Reads the request and drops the connection without sending a byte of response.
     *
     * @return the fault
     */
    public static Fault noResponse() {
        return of(Kind.NO_RESPONSE);
    }

    /**
     * This fault with another body; for {@link #status} and the rate limits only.
     *
     * @param contentType e.g. {@code application/json}
     * @param body        the body, sent as UTF-8
     * @return a new fault
     */
    public Fault withBody(String contentType, String body) {
        if (kind != Kind.STATUS && kind != Kind.RATE_LIMITED) {
            throw new IllegalStateException("withBody applies to status and rate-limit faults, not to " + this);
        }
        return new Fault(kind, status, retryAfter, delay, Objects.requireNonNull(contentType, "contentType"),
                Objects.requireNonNull(body, "body"), headers);
    }

    /**
     * This fault with one more response header (e.g. {@code X-RateLimit-Remaining: 0}); for {@link #status}
     * and the rate limits only.
     *
     * @param name  the header name
     * @param value its value
     * @return a new fault
     */
    public Fault withHeader(String name, String value) {
        if (kind != Kind.STATUS && kind != Kind.RATE_LIMITED) {
            throw new IllegalStateException("withHeader applies to status and rate-limit faults, not to " + this);
        }
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Fault(kind, status, retryAfter, delay, contentType, body, more);
    }

    /** What the client gets instead of {@code normal}; {@code status} is the status sent, 0 for none. */
    MockResponse apply(Reply normal, Dialect<?> dialect) {
        return switch (kind) {
            case STATUS -> replacement(new Reply(status, contentType, body, headers));
            case RATE_LIMITED -> {
                Reply reply = body == null ? TooManyAttempts.reply(dialect)
                        : new Reply(429, contentType, body, Map.of());
                for (Map.Entry<String, String> header : headers.entrySet()) {
                    reply = reply.withHeader(header.getKey(), header.getValue());
                }
                yield replacement(reply.withHeader("Retry-After", retryAfter));
            }
            case CUT_MID_BODY -> normal.toMockResponse().onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
            case TRUNCATED_BODY -> {
                String whole = normal.body() == null ? "" : normal.body();
                yield normal.withBody(whole.substring(0, whole.length() / 2)).toMockResponse().build();
            }
            case DELAY -> normal.toMockResponse().headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
            case NO_RESPONSE -> new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
        };
    }

    /** The status the client sees begin, given the normal reply's; 0 when no response is sent. */
    int statusSent(Reply normal) {
        return switch (kind) {
            case STATUS, RATE_LIMITED -> status;
            case CUT_MID_BODY, TRUNCATED_BODY, DELAY -> normal.status();
            case NO_RESPONSE -> 0;
        };
    }

    private static MockResponse replacement(Reply reply) {
        return reply.toMockResponse().build();
    }

    private static String reason(int code) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Time-out";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> code < 500 ? "Client Error" : "Server Error";
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STATUS -> status == 200 ? "Fault.htmlPage()" : "Fault.status(" + status + ")";
            case RATE_LIMITED -> "Fault.rateLimited(Retry-After: " + retryAfter + ")";
            case CUT_MID_BODY -> "Fault.cutMidBody()";
            case TRUNCATED_BODY -> "Fault.truncatedBody()";
            case DELAY -> "Fault.delay(" + delay + ")";
            case NO_RESPONSE -> "Fault.noResponse()";
        };
    }
}
