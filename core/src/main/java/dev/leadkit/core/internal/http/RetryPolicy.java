package dev.leadkit.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Headers;

/**
 * When a GET is retried and how long to wait first: statuses 408, 429, 500, 502, 503, 504 and any
 * connection failure or timeout; exponential backoff from 500 ms doubling to at most 8 s, less up to 25 %
 * jitter; a vendor's {@code Retry-After} (seconds or HTTP-date) replaces the backoff.
 */
final class RetryPolicy {

    static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    /**
     * The longest wait a vendor's header is read as: a {@code Retry-After} or {@code X-RateLimit-Reset}
     * further away, or too large to read as a number at all, counts as this long, far beyond any
     * {@code maxRetryWait} (at most a day), and is never added to an instant where it could overflow.
     */
    static final Duration LONGEST_WAIT = Duration.ofDays(3650);

    private RetryPolicy() {
    }

    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /**
     * The backoff before retry number {@code retry} (1 for the first retry).
     */
    static Duration backoff(int retry) {
        long base = Math.min(MAX_BACKOFF.toMillis(), INITIAL_BACKOFF.toMillis() << Math.min(retry - 1, 20));
        double jitter = 1.0 - ThreadLocalRandom.current().nextDouble() * 0.25;
        return Duration.ofMillis((long) (base * jitter));
    }

    /**
     * The vendor's {@code Retry-After}: delta-seconds or an HTTP-date measured against {@code clock};
     * empty when absent or unreadable. A date in the past means "now"; delta-seconds too large for a
     * {@code long}, or anything beyond {@link #LONGEST_WAIT}, means {@link #LONGEST_WAIT}.
     */
    static Optional<Duration> retryAfter(Headers headers, Clock clock) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String stripped = value.strip();
        if (stripped.matches("\\d+")) {
            return Optional.of(stripped.length() > 18 ? LONGEST_WAIT : atMostLongest(Duration.ofSeconds(Long.parseLong(stripped))));
        }
        if (stripped.matches("[+-]?\\d+")) {
            return Optional.empty(); // a signed number is no delta-seconds
        }
        Date date = headers.getDate("Retry-After");
        if (date == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(Instant.now(clock), date.toInstant());
        return Optional.of(wait.isNegative() ? Duration.ZERO : atMostLongest(wait));
    }

    /** {@code wait}, or {@link #LONGEST_WAIT} when it is longer. */
    static Duration atMostLongest(Duration wait) {
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
