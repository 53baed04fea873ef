package dev.leadkit.core;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: the vendor asks the client to slow down. Thrown when retries are spent, or at once when the
 * vendor's {@code Retry-After} is longer than the client's {@code maxRetryWait}, so a sync job fails
 * fast instead of sleeping for hours.
 */
public class RateLimitException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** How long the vendor asked to wait, or {@code null} when it did not say. */
    private final Duration retryAfter;

    /**
     * An exception for the vendor's 429, with how long it asked to wait.
     *
     * @param error      what the vendor answered
     * @param retryAfter how long the vendor asked to wait, or {@code null} when it did not say
     */
    public RateLimitException(ApiError error, Duration retryAfter) {
        super(error);
        this.retryAfter = retryAfter;
    }

    /** {@return how long the vendor asked to wait ({@code Retry-After}), when it said} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
