package dev.leadkit.core;

import java.time.Duration;

/**
 * How a client waits between retries. The default sleeps the calling thread; tests replace it to make
 * retries instant and to observe the waits:
 *
 * <pre>{@code
 * List<Duration> waits = new CopyOnWriteArrayList<>();
 * AutocallsClient client = AutocallsClient.builder().apiKey(key).sleeper(waits::add).build();
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

    /** The default: {@link Thread#sleep(long)}, restoring the interrupt flag if interrupted. */
    Sleeper THREAD_SLEEP = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while waiting to retry", e);
        }
    };

    /**
     * Waits for {@code duration}.
     *
     * @param duration how long, never negative
     */
    void sleep(Duration duration);
}
