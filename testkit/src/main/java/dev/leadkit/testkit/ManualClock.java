package dev.leadkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: give it to a sandbox ({@code clock(...)}) and to the
 * client, and let the client's sleeper advance it, so a wait the vendor imposes passes at once. Thread-safe;
 * copies made by {@link #withZone(ZoneId)} share its time.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T10:00:00Z"));
 * AutocallsSandbox sandbox = AutocallsSandbox.builder().throttle(60, Duration.ofMinutes(1)).clock(clock).start();
 * AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())
 *         .clock(clock).sleeper(clock::advance).build();   // a Retry-After wait moves the clock, not the test
 * }</pre>
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock showing {@code start}, in UTC, until advanced.
     *
     * @param start the instant it shows
     * @return the clock
     */
    public static ManualClock at(Instant start) {
        return new ManualClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    /**
     * Moves the clock forward; its signature is a leadkit {@code Sleeper}'s, so {@code clock::advance} is one.
     *
     * @param duration zero or positive
     */
    public void advance(Duration duration) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException("duration must be zero or positive, got " + duration);
        }
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /**
     * The instant the clock shows.
     *
     * @return the current instant of this clock
     */
    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * The zone of {@link #withZone(ZoneId)}, UTC unless changed.
     *
     * @return the zone
     */
    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * This clock in another zone, sharing its time: advancing either advances both.
     *
     * @param zone the zone
     * @return a clock showing the same instants
     */
    @Override
    public ManualClock withZone(ZoneId zone) {
        return new ManualClock(now, Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public String toString() {
        return "ManualClock[" + now.get() + ", " + zone + "]";
    }
}
