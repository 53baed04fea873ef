package dev.leadkit.core;

import java.time.Duration;

/**
 * Reads what changed at the vendor since the last run: every lead created or updated since a
 * {@link SyncCheckpoint}, none skipped while the vendor's data moves, at the fewest requests the vendor's API
 * allows. Made by {@code client.leads().sync(query)}; immutable and reusable, one sync per query.
 *
 * <pre>{@code
 * LeadSync<TrackingLead> sync = client.leads().sync();
 * String saved = store.loadCheckpoint();                         // null on the very first run
 * try (SyncRun<TrackingLead> run = saved == null ? sync.all() : sync.since(SyncCheckpoint.parse(saved))) {
 *     run.stream().forEach(store::upsert);                        // upsert by platform and id()
 *     store.saveCheckpoint(run.checkpoint().toString());          // only once the stream was read to its end
 * }
 * }</pre>
 *
 * <p><b>The guarantee.</b> A run from a checkpoint delivers every lead created or updated since that
 * checkpoint (by the vendor's own timestamps), in a version at least as new as that change; a lead that
 * changes while the run reads is delivered by this run or by the next. To survive late commits and clock
 * rounding, a run re-reads the {@linkplain #overlap(Duration) overlap} before its checkpoint, so a lead may be
 * delivered again (a bounded repeat, see below): store leads by upserting them by {@link Lead#id()}. A run that
 * fails is retried from the same old checkpoint and loses nothing.
 *
 * <p><b>How each vendor is read.</b> Where the vendor can filter and sort by update time (Octanist), a run
 * walks by update time: it asks for the leads updated at or after the watermark, oldest first, and moves the
 * watermark to the last one it read; it costs about {@code changed / 100 + 1} requests. Where it cannot
 * (the Autocalls platform, Nexus ERP), a run reads every lead of the query, 100 to a page, delivers those
 * updated since the checkpoint, and checks what it read against the vendor's total: a read that shows a sign of
 * pages shifted under it (fewer distinct leads than the vendor counted as it began, a total falling from one page
 * to the next, a lead met again in a newer version) is read again, up to {@linkplain #maxPasses(int) a few
 * times}, before a checkpoint is given, else the run fails with a {@link SyncIncompleteException}.
 *
 * <p><b>Repeats.</b> A run may deliver again the leads updated within the overlap before its checkpoint
 * (and, for the vendors read in full, within the time the previous run's last read took), and a lead that
 * changed while the run read it may come twice, its newer version last.
 *
 * @param <L> the dialect's lead type
 */
public interface LeadSync<L extends Lead> {

    /** The overlap a sync re-reads unless told otherwise: ten seconds. */
    Duration DEFAULT_OVERLAP = Duration.ofSeconds(10);

    /** The reads a full-read run makes at most before it gives up: three. */
    int DEFAULT_MAX_PASSES = 3;

    /**
     * A run that delivers every lead of the query, and ends with the first checkpoint.
     *
     * @return the run; nothing is requested until its stream is read
     * @throws IllegalStateException if the client is closed
     */
    SyncRun<L> all();

    /**
     * A run that delivers every lead created or updated since {@code checkpoint}.
     *
     * @param checkpoint a checkpoint of an earlier run of this vendor and this query
     * @return the run; nothing is requested until its stream is read
     * @throws IllegalArgumentException if the checkpoint was made by another vendor's sync or for another query
     * @throws NullPointerException     if {@code checkpoint} is null
     */
    SyncRun<L> since(SyncCheckpoint checkpoint);

    /**
     * The same sync, reading up to {@code pages} pages ahead where it reads in full (the Autocalls platform,
     * Nexus ERP); a sync that walks by update time asks for one page at a time whatever this says, since each
     * request starts where the last one ended.
     *
     * @param pages 1 to 64
     * @return a new sync
     * @throws IllegalArgumentException if {@code pages} is out of range
     */
    LeadSync<L> prefetch(int pages);

    /**
     * The same sync, re-reading {@code overlap} before each checkpoint: the longest a vendor may take to make a
     * change visible after stamping it, plus its timestamps' rounding. {@link #DEFAULT_OVERLAP} unless set.
     *
     * @param overlap zero to one day
     * @return a new sync
     * @throws IllegalArgumentException if {@code overlap} is negative or longer than a day
     */
    LeadSync<L> overlap(Duration overlap);

    /**
     * The same sync, reading a vendor's leads in full at most {@code passes} times in one run before it fails
     * with a {@link SyncIncompleteException}. {@link #DEFAULT_MAX_PASSES} unless set.
     *
     * @param passes 1 to 10
     * @return a new sync
     * @throws IllegalArgumentException if {@code passes} is out of range
     */
    LeadSync<L> maxPasses(int passes);
}
