package dev.leadkit.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/** Warm-up, repeated runs, medians; allocation on the measuring thread. */
final class Measure {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Measure() {
    }

    /** One timed run: how many items, how long, how many bytes the calling thread allocated. */
    static final class Run {
        final long items;
        final long nanos;
        final long allocatedBytes;

        Run(long items, long nanos, long allocatedBytes) {
            this.items = items;
            this.nanos = nanos;
            this.allocatedBytes = allocatedBytes;
        }

        double itemsPerSecond() {
            return items * 1e9 / nanos;
        }

        double nanosPerItem() {
            return (double) nanos / items;
        }

        double bytesPerItem() {
            return (double) allocatedBytes / items;
        }
    }

    static Run once(LongSupplier work) {
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        long items = work.getAsLong();
        long nanos = System.nanoTime() - started;
        return new Run(items, nanos, THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
    }

    /** Runs {@code a} and {@code b} alternately, {@code warmups} times each unmeasured, then {@code rounds} times each. */
    static List<List<Run>> alternating(LongSupplier a, LongSupplier b, int warmups, int rounds) {
        for (int i = 0; i < warmups; i++) {
            a.getAsLong();
            b.getAsLong();
        }
        List<Run> runsA = new ArrayList<>();
        List<Run> runsB = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            // which goes first swaps every round, so neither always pays the other's garbage collection
            if (i % 2 == 0) {
                runsA.add(once(a));
                runsB.add(once(b));
            } else {
                runsB.add(once(b));
                runsA.add(once(a));
            }
        }
        return List.of(runsA, runsB);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
