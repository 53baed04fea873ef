package dev.leadkit.core.internal.http;

import java.time.Duration;

/**
 * A client's own rate limit: at most {@code requests} requests in any span of {@code per}.
 *
 * @param requests how many
 * @param per      in how long
 */
public record RateLimit(int requests, Duration per) {

    /** {@return the limit as people say it: {@code 60 per PT1M}} */
    @Override
    public String toString() {
        return requests + " per " + per;
    }
}
