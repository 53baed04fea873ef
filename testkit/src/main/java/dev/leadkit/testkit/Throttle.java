package dev.leadkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A fixed-window rate limit, kept as Laravel's {@code ThrottleRequests} middleware keeps it: the window
 * opens at the first request counted, on the whole second (Laravel's clock is {@code time()}), and lasts
 * {@code window}, so it resets on a whole second too and {@code X-RateLimit-Reset} is exact; at most
 * {@code limit} requests are admitted in it; a request over the budget is rejected and not counted; the first
 * request once the window has passed opens a new one. One bucket for the whole sandbox. Thread-safe.
 */
final class Throttle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private Instant resetsAt;
    private int used;

    Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** {@return whether the request fits the budget, counting it when it does} */
    synchronized ThrottleDecision admit() {
        Instant now = clock.instant();
        if (resetsAt == null || !now.isBefore(resetsAt)) {
            resetsAt = end(now.truncatedTo(ChronoUnit.SECONDS));
            used = 0;
        }
        if (used >= limit) {
            return new ThrottleDecision(false, limit, 0, now, resetsAt);
        }
        used++;
        return new ThrottleDecision(true, limit, limit - used, now, resetsAt);
    }

    /** {@code start + window}, or the end of time for a window longer than the calendar. */
    private Instant end(Instant start) {
        Duration left = Duration.between(start, Instant.MAX);
        return window.compareTo(left) >= 0 ? Instant.MAX : start.plus(window);
    }
}
