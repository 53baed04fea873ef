package dev.leadkit.core.internal.sync;

import dev.leadkit.core.Lead;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One way of reading a run's leads, a page at a time: the run hands its batches out and asks for the
 * watermark once the walk says it is done.
 *
 * @param <L> the lead type
 */
interface SyncWalk<L extends Lead> {

    /**
     * Reads the next page.
     *
     * @return the leads of that page to deliver (possibly none), or {@code null} once the run read everything
     */
    List<L> next();

    /** {@return the pages read so far} */
    int pagesRead();

    /** {@return how many times the walk read its query, or its leads of one instant, from the start} */
    int passes();

    /**
     * The watermark of the run's checkpoint, once {@link #next()} returned {@code null}: the vendor's update
     * time from which every later change will be seen, before the overlap is taken off.
     *
     * @return the watermark, empty when the run saw no update time and had none to start from
     */
    Optional<Instant> watermark();

    /** Cancels what is in flight. */
    void close();

    /**
     * The later of two watermarks: a run never moves its checkpoint back.
     *
     * @param seen     what the run's reading allows, if it saw an update time
     * @param previous the watermark the run started from, if any
     * @return the later one, or whichever there is
     */
    static Optional<Instant> later(Optional<Instant> seen, Optional<Instant> previous) {
        if (seen.isPresent() && previous.isPresent()) {
            return seen.get().isAfter(previous.get()) ? seen : previous;
        }
        return seen.or(() -> previous);
    }
}
