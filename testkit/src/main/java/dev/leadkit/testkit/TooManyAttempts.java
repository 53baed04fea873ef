package dev.leadkit.testkit;

import java.time.Duration;

/**
 * The 429 a sandbox sends when it rate-limits a request: the vendor's error shape with Laravel's message,
 * and {@code Retry-After} in whole seconds, rounded up.
 */
final class TooManyAttempts {

    /** Laravel's message for a {@code ThrottleRequestsException}. */
    static final String MESSAGE = "Too Many Attempts.";

    private TooManyAttempts() {
    }

    /** The dialect's 429 in its error shape, without {@code Retry-After}. */
    static Reply reply(Dialect<?> dialect) {
        return dialect.error(429, MESSAGE);
    }

    /** {@code wait} in whole seconds, rounded up. */
    static long wholeSecondsUp(Duration wait) {
        return wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    }
}
