package dev.leadkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A fixed-window rate limit, kept as Laravel's limiter ({@code Illuminate\Cache\RateLimiter::hit}) keeps it: the
 * first request once no window is open opens one, at that very instant, lasting {@code window} (Laravel adds its
 * {@code :timer} key only when it is absent, with the decay as its time to live), so a window neither starts nor
 * ends on a whole second; at most {@code limit} requests are admitted in it; a request over the budget is
 * rejected and not counted. One bucket for the whole sandbox. Thread-safe.
 *
 * <p>No vendor leadkit speaks is known to open its windows on whole wall-clock seconds, so the throttle has no
 * such mode.
 */
final class Throttle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private Instant openedAt;
    private Instant closesAt;
    private int used;

    Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** {@return whether the request fits the budget, counting it when it does} */
    synchronized ThrottleDecision admit() {
        Instant now = clock.instant();
        if (closesAt == null || !now.isBefore(closesAt)) {
            openedAt = now;
            closesAt = end(now);
            used = 0;
        }
        if (used >= limit) {
            return new ThrottleDecision(false, limit, 0, now, openedAt, closesAt, window);
        }
        used++;
        return new ThrottleDecision(true, limit, limit - used, now, openedAt, closesAt, window);
    }

    /** {@code start + window}, or the end of time for a window longer than the calendar. */
    private Instant end(Instant start) {
        Duration left = Duration.between(start, Instant.MAX);
        return window.compareTo(left) >= 0 ? Instant.MAX : start.plus(window);
    }
}
