package dev.leadkit.core;

import java.util.stream.Stream;

/**
 * One run of a {@link LeadSync}: the leads created or updated since its checkpoint, read lazily, and the
 * checkpoint to store once they were all read. Read it once, from one thread; close it when done (closing a
 * run part-read cancels its requests in flight).
 *
 * <pre>{@code
 * try (SyncRun<AutocallsLead> run = sync.since(SyncCheckpoint.parse(saved))) {
 *     run.stream().forEach(store::upsert);
 *     store.saveCheckpoint(run.checkpoint().toString());
 * }
 * }</pre>
 *
 * @param <L> the dialect's lead type
 */
public interface SyncRun<L extends Lead> extends Iterable<L>, AutoCloseable {

    /**
     * The run's leads, fetched page by page as the stream is read. A run has one stream: {@code stream()}
     * and {@code iterator()} hand out the same walk, and a second call fails.
     *
     * @return the leads
     * @throws IllegalStateException if the run's leads were already asked for, or the run is closed
     */
    Stream<L> stream();

    /**
     * Where the next run starts: valid only once the stream was read to its end without failing.
     *
     * @return the checkpoint
     * @throws IllegalStateException if the stream was not read to its end, or it failed
     */
    SyncCheckpoint checkpoint();

    /** {@return the pages this run has read so far: the requests it made, retries not counted} */
    int pagesRead();

    /** {@return the leads this run has delivered so far} */
    long leadsDelivered();

    /** Cancels the run's requests in flight; its checkpoint stays unavailable unless it was read to its end. */
    @Override
    void close();
}
