package dev.leadkit.core.internal.http;

import dev.leadkit.core.LeadkitException;
import java.time.Duration;
import java.time.Instant;

/**
 * What the transport's loop does after an attempt, decided by {@link Verdicts#of}: deliver the decoded body,
 * throw, retry after a wait (spending a retry), or hold until a moment (the vendor's throttle: every request of
 * the client waits, and no retry is spent).
 *
 * @param <T> the decoded body's type
 */
sealed interface Verdict<T> {

    /**
     * The attempt succeeded: its decoded body is the request's result.
     *
     * @param value the decoded body, which may be null for a decoder that returns nothing
     * @param <T>   its type
     */
    record Deliver<T>(T value) implements Verdict<T> {
    }

    /**
     * The request fails with this exception.
     *
     * @param failure what to throw
     * @param <T>     the body's type
     */
    record Fail<T>(LeadkitException failure) implements Verdict<T> {
    }

    /**
     * The request is sent again after a wait, spending a retry.
     *
     * @param delay       how long to wait first
     * @param reason      why, e.g. {@code HTTP 503} or the connection failure
     * @param vendorAsked whether the wait is the vendor's {@code Retry-After} rather than the backoff
     * @param <T>         the body's type
     */
    record Retry<T>(Duration delay, String reason, boolean vendorAsked) implements Verdict<T> {
    }

    /**
     * The vendor's throttle: every request of the client is held until {@code until}, this one included, and
     * this one is sent again then without spending a retry.
     *
     * @param until  when requests may go again
     * @param reason what to tell the listener
     * @param <T>    the body's type
     */
    record Hold<T>(Instant until, String reason) implements Verdict<T> {
    }
}
