package dev.leadkit.testkit;

import java.time.Duration;
import java.time.Instant;

/**
 * What a sandbox's {@link Throttle} made of one request.
 *
 * @param admitted  whether the request was counted and is answered normally
 * @param limit     the requests allowed in a window
 * @param remaining the requests still allowed in this window, after this one (0 when rejected)
 * @param now       when the throttle saw the request, by the sandbox's clock
 * @param resetsAt  when the current window ends
 */
record ThrottleDecision(boolean admitted, int limit, int remaining, Instant now, Instant resetsAt) {

    /** {@return {@code Retry-After}: the whole seconds until the window ends, rounded up} */
    String retryAfter() {
        return Long.toString(TooManyAttempts.wholeSecondsUp(Duration.between(now, resetsAt)));
    }

    /** {@return the Unix epoch second of the window's end, rounded up: a client waiting until then is never early} */
    long resetEpochSecond() {
        return resetsAt.getEpochSecond() + (resetsAt.getNano() > 0 ? 1 : 0);
    }
}
