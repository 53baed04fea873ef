package dev.leadkit.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a sandbox's {@link Throttle} made of one request.
 *
 * @param admitted  whether the request was counted and is answered normally
 * @param limit     the requests allowed in a window
 * @param remaining the requests still allowed in this window, after this one (0 when rejected)
 * @param now       when the throttle saw the request, by the sandbox's clock
 * @param openedAt  when the current window opened: the instant its first request came
 * @param closesAt  when the current window ends: {@code openedAt} plus the window
 * @param window    the window's length
 */
record ThrottleDecision(boolean admitted, int limit, int remaining, Instant now, Instant openedAt, Instant closesAt,
                        Duration window) {

    /** {@return {@code Retry-After} for a vendor that rounds the wait up: the whole seconds until the window ends} */
    String retryAfter() {
        return Long.toString(TooManyAttempts.wholeSecondsUp(Duration.between(now, closesAt)));
    }

    /**
     * {@return Laravel's {@code Retry-After}: its timer (below) less the whole seconds of now, never below 0} Both
     * are whole seconds truncated, so the wait is the true rest of the window give or take a second, and can be 0
     * in the window's last fraction of a second.
     */
    String laravelRetryAfter() {
        return Long.toString(Math.max(0, timerEpochSecond() - now.getEpochSecond()));
    }

    /**
     * {@return Laravel's {@code X-RateLimit-Reset}: the whole epoch seconds of now plus {@link #laravelRetryAfter}}
     * It names the second the window opened in plus the window, so it is up to a second before the window really
     * ends.
     */
    long laravelResetEpochSecond() {
        return now.getEpochSecond() + Long.parseLong(laravelRetryAfter());
    }

    /**
     * The value of Laravel's {@code :timer} key: the whole second the window opened in ({@code time()}) plus the
     * window, rounded up to a whole second for a window that is not one; the end of time for a window beyond the
     * calendar.
     */
    private long timerEpochSecond() {
        if (closesAt.equals(Instant.MAX)) {
            return Instant.MAX.getEpochSecond() + 1;
        }
        Instant end = openedAt.truncatedTo(ChronoUnit.SECONDS).plus(window);
        return end.getEpochSecond() + (end.getNano() > 0 ? 1 : 0);
    }
}
