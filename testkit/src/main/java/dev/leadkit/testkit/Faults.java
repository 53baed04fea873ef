package dev.leadkit.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sandbox's fault script. Two ways to aim a {@link Fault}: at the next requests, in order, or at a
 * request by its number (counted from 1 since the sandbox started, as in {@link SandboxRequest#index()}).
 * A fault aimed at a request's number wins over the queue, which is then left untouched for that request.
 * Thread-safe; script before or while a client runs. On a throttled sandbox the throttle counts each
 * request first and the fault works on its answer ({@link SandboxBuilder#throttle}).
 *
 * <pre>{@code
 * sandbox.faults().next(Fault.status(502), Fault.status(503));      // the next two requests fail, one each
 * sandbox.faults().next(3, Fault.rateLimited(Duration.ofSeconds(1))); // then three 429s
 * sandbox.faults().onRequest(10, Fault.truncatedBody());            // and request #10 comes back cut
 * }</pre>
 */
public final class Faults {

    private final Deque<Fault> queue = new ArrayDeque<>();
    private final Map<Integer, Fault> byIndex = new HashMap<>();

    Faults() {
    }

    /**
     * Queues faults for the next requests, one each, in order.
     *
     * @param faults the faults
     * @return this script
     */
    public synchronized Faults next(Fault... faults) {
        for (Fault fault : faults) {
            queue.addLast(Objects.requireNonNull(fault, "fault"));
        }
        return this;
    }

    /**
     * Queues {@code fault} for each of the next {@code count} requests.
     *
     * @param count at least 1
     * @param fault the fault
     * @return this script
     */
    public synchronized Faults next(int count, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        Objects.requireNonNull(fault, "fault");
        for (int i = 0; i < count; i++) {
            queue.addLast(fault);
        }
        return this;
    }

    /**
     * Aims {@code fault} at the request numbered {@code index} (from 1, all requests counted).
     *
     * @param index at least 1
     * @param fault the fault, replacing any earlier one aimed at the same number
     * @return this script
     */
    public synchronized Faults onRequest(int index, Fault fault) {
        if (index < 1) {
            throw new IllegalArgumentException("index must be at least 1, got " + index);
        }
        byIndex.put(index, Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Forgets every fault not yet used.
     *
     * @return this script
     */
    public synchronized Faults clear() {
        queue.clear();
        byIndex.clear();
        return this;
    }

    /**
     * How many scripted faults are still to be used (queued and numbered).
     *
     * @return the count
     */
    public synchronized int pending() {
        return queue.size() + byIndex.size();
    }

    /** The fault for the request numbered {@code index}, consumed; empty for a normal reply. */
    synchronized Optional<Fault> take(int index) {
        Fault aimed = byIndex.remove(index);
        return aimed != null ? Optional.of(aimed) : Optional.ofNullable(queue.pollFirst());
    }
}
