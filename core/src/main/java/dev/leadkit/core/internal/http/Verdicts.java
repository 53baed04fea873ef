package dev.leadkit.core.internal.http;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.LeadkitException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place a request's next step is decided: a pure function from the attempt and what it got to a
 * {@link Verdict}. It sends nothing, waits for nothing and changes nothing; the transport's loop applies what it
 * returns. Retried: connection failures and timeouts, and 408, 429, 500, 502, 503, 504, while attempts remain,
 * after the vendor's {@code Retry-After} or else the backoff. A 429 with a wait within {@code maxRetryWait} is
 * the vendor's throttle: held, not retried, unless the request met {@value #MAX_THROTTLED} of them in a row with
 * nothing of the client answered in between.
 */
final class Verdicts {

    /** The most 429s in a row, with no success of the client in between, one request waits out before it fails. */
    static final int MAX_THROTTLED = 10;

    private Verdicts() {
    }

    /**
     * One attempt, as far as the decision needs it.
     *
     * @param request      the request line, for exception messages
     * @param number       which attempt: 1 for the first, 2 for the first retry; the throttle's holds spend none
     * @param maxAttempts  the retries allowed plus one
     * @param backoff      what the next retry waits unless the vendor says otherwise
     * @param now          when the answer was read
     * @param maxRetryWait the longest vendor's wait the client honours
     */
    record Attempt(String request, int number, int maxAttempts, Duration backoff, Instant now, Duration maxRetryWait) {

        boolean last() {
            return number >= maxAttempts;
        }
    }

    /** What an attempt got. */
    sealed interface Got<T> {
    }

    /**
     * A body that decoded.
     *
     * @param value the decoded body
     * @param <T>   its type
     */
    record Body<T>(T value) implements Got<T> {
    }

    /**
     * An answer that is the request's failure whatever the attempt: a body that did not decode, a redirect, a
     * success whose body says the request failed.
     *
     * @param failure the exception
     * @param <T>     the body's type
     */
    record Unusable<T>(LeadkitException failure) implements Got<T> {
    }

    /**
     * An error status.
     *
     * @param error           what the vendor's error body and headers say
     * @param retryAfter      the vendor's {@code Retry-After}, when it has one
     * @param vendorUntil     for a 429: when the vendor says its window resets, when it says
     * @param closes          for a 429: when the client's rate pacer reckons the window closes, at least the backoff
     *                        from now
     * @param throttledInARow the 429s this request met in a row so far, with nothing of the client answered between
     * @param <T>             the body's type
     */
    record Status<T>(ApiError error, Optional<Duration> retryAfter, Optional<Instant> vendorUntil,
                     Optional<Instant> closes, int throttledInARow) implements Got<T> {
    }

    /**
     * No answer, or one cut off in its body: the connection failed or timed out.
     *
     * @param failure     the failure, with the API key already taken out of it
     * @param description what it was, for the listener and the exception message
     * @param <T>         the body's type
     */
    record NoAnswer<T>(Throwable failure, String description) implements Got<T> {
    }

    /**
     * What to do after {@code attempt}, which got {@code got}.
     *
     * @param attempt the attempt
     * @param got     what it got
     * @param <T>     the body's type
     * @return the verdict
     */
    static <T> Verdict<T> of(Attempt attempt, Got<T> got) {
        if (got instanceof Body<T> body) {
            return new Verdict.Deliver<>(body.value());
        }
        if (got instanceof Unusable<T> unusable) {
            return new Verdict.Fail<>(unusable.failure());
        }
        if (got instanceof NoAnswer<T> none) {
            if (attempt.last()) {
                return new Verdict.Fail<>(new ConnectionException(attempt.request() + " failed after " + attempt.number()
                        + " attempt" + (attempt.number() == 1 ? "" : "s") + ": " + none.description(), none.failure()));
            }
            return new Verdict.Retry<>(attempt.backoff(), none.description(), false);
        }
        Status<T> status = (Status<T>) got;
        int code = status.error().statusCode();
        Optional<Duration> vendorWait = status.vendorUntil().map(until -> Duration.between(attempt.now(), until))
                .or(status::retryAfter);
        boolean waitTooLong = vendorWait.isPresent() && vendorWait.get().compareTo(attempt.maxRetryWait()) > 0;
        boolean throttle = code == 429 && status.vendorUntil().isPresent();
        if (throttle && !waitTooLong && status.throttledInARow() < MAX_THROTTLED) {
            return new Verdict.Hold<>(status.closes().orElse(status.vendorUntil().get()),
                    "the vendor answered 429 and asked to wait " + vendorWait.get());
        }
        if (!RetryPolicy.isRetryableStatus(code) || attempt.last() || waitTooLong || throttle) {
            return new Verdict.Fail<>(ApiExceptions.forStatus(status.error(), status.retryAfter().or(() -> vendorWait).orElse(null)));
        }
        return new Verdict.Retry<>(status.retryAfter().orElse(attempt.backoff()), "HTTP " + code, status.retryAfter().isPresent());
    }
}
