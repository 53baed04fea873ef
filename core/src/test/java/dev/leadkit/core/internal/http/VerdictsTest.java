package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a request does after each attempt, as a table: the attempt, what it got, the verdict. No HTTP. */
class VerdictsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration BACKOFF = Duration.ofMillis(450);
    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(60);
    private static final DecodingException BAD_BODY = new DecodingException("GET /leads answered with a body leadkit could not read", "", null);

    /** Attempt {@code number} of 4 (three retries). */
    private static Verdicts.Attempt attempt(int number) {
        return new Verdicts.Attempt("GET /leads", number, 4, BACKOFF, NOW, MAX_RETRY_WAIT);
    }

    private static Verdicts.Got<String> status(int code) {
        return status(code, Optional.empty(), Optional.empty(), 0);
    }

    private static Verdicts.Got<String> status(int code, Optional<Duration> retryAfter, Optional<Instant> vendorUntil,
            int throttledInARow) {
        ApiError error = ApiError.builder().statusCode(code).request("GET /leads").message("HTTP " + code).build();
        return new Verdicts.Status<>(error, retryAfter, vendorUntil, vendorUntil.map(until -> until.plusMillis(300)),
                throttledInARow);
    }

    private static Optional<Duration> seconds(long seconds) {
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private static Optional<Instant> inSeconds(long seconds) {
        return Optional.of(NOW.plusSeconds(seconds));
    }

    private static Verdicts.Got<String> noAnswer() {
        return new Verdicts.NoAnswer<>(new SocketTimeoutException("timeout"), "timed out or interrupted: timeout");
    }

    /** Each row: the attempt, what it got, and what the verdict must be. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("a body delivers", attempt(1), new Verdicts.Body<>("page"), new Verdict.Deliver<>("page")),
                Arguments.of("a body that does not decode fails", attempt(1), new Verdicts.Unusable<>(BAD_BODY),
                        new Verdict.Fail<>(BAD_BODY)),
                Arguments.of("no answer is retried after the backoff", attempt(1), noAnswer(),
                        new Verdict.Retry<>(BACKOFF, "timed out or interrupted: timeout", false)),
                Arguments.of("a 503 is retried after the backoff", attempt(2), status(503),
                        new Verdict.Retry<>(BACKOFF, "HTTP 503", false)),
                Arguments.of("a 503's Retry-After replaces the backoff", attempt(1), status(503, seconds(7), Optional.empty(), 0),
                        new Verdict.Retry<>(Duration.ofSeconds(7), "HTTP 503", true)),
                Arguments.of("a 408 is retried", attempt(1), status(408), new Verdict.Retry<>(BACKOFF, "HTTP 408", false)),
                Arguments.of("a 429 without a wait is retried like a failure", attempt(1), status(429),
                        new Verdict.Retry<>(BACKOFF, "HTTP 429", false)),
                Arguments.of("a 429 with a wait holds until the window closes, spending no retry", attempt(4),
                        status(429, seconds(7), inSeconds(7), 0),
                        new Verdict.Hold<>(NOW.plusSeconds(7).plusMillis(300), "the vendor answered 429 and asked to wait PT7S")),
                Arguments.of("a 429 after nine in a row still holds", attempt(1), status(429, seconds(1), inSeconds(1), 9),
                        new Verdict.Hold<>(NOW.plusSeconds(1).plusMillis(300), "the vendor answered 429 and asked to wait PT1S")),
                Arguments.of("a 429 after ten in a row fails", attempt(1), status(429, seconds(1), inSeconds(1), 10), null),
                Arguments.of("a 429 whose wait is beyond maxRetryWait fails at once", attempt(1),
                        status(429, seconds(61), inSeconds(61), 0), null),
                Arguments.of("a 404 fails", attempt(1), status(404), null),
                Arguments.of("a 503 at the last attempt fails", attempt(4), status(503), null),
                Arguments.of("no answer at the last attempt fails", attempt(4), noAnswer(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theVerdictOfAnAttempt(String row, Verdicts.Attempt attempt, Verdicts.Got<String> got, Verdict<String> expected) {
        Verdict<String> verdict = Verdicts.of(attempt, got);

        if (expected != null) {
            assertThat(verdict).isEqualTo(expected);
        } else {
            assertThat(verdict).isInstanceOf(Verdict.Fail.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void whatAFailedRequestThrows(String row, Verdicts.Attempt attempt, Verdicts.Got<String> got,
            Class<? extends Exception> type, String message) {
        Verdict<String> verdict = Verdicts.of(attempt, got);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Fail.class, fail -> assertThat(fail.failure())
                .isInstanceOf(type).hasMessageContaining(message));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("ten 429s in a row", attempt(1), status(429, seconds(1), inSeconds(1), 10), RateLimitException.class, "429"),
                Arguments.of("a wait beyond maxRetryWait", attempt(1), status(429, seconds(61), inSeconds(61), 0),
                        RateLimitException.class, "429"),
                Arguments.of("a 404", attempt(1), status(404), NotFoundException.class, "404"),
                Arguments.of("a 503 at the last attempt", attempt(4), status(503), ServerException.class, "503"),
                Arguments.of("a 301", attempt(1), status(301), ApiException.class, "301"),
                Arguments.of("no answer at the last attempt", attempt(4), noAnswer(), ConnectionException.class,
                        "GET /leads failed after 4 attempts: timed out or interrupted: timeout"));
    }
}
