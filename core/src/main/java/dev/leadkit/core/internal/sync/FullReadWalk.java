package dev.leadkit.core.internal.sync;

import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.SyncIncompleteException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A run over a vendor that can neither filter nor sort by update time: every lead of the query is read
 * (a pass), those updated since the watermark are delivered, and the pass is checked against the vendor's
 * total. Pages shift while they are read: a lead deleted from, or moved out of, the part already read moves
 * every later lead back a slot, so the lead at the next page boundary is skipped. A pass is accepted only when
 * it shows no sign of such a shift:
 * <ul>
 *   <li>it found at least as many distinct leads as the vendor counted when it began (its first page's total);
 *   <li>no page's total is lower than the page's before it (a deletion: the vendor's total tells, at the
 *       moment each page is answered, how far the leads before it have moved);
 *   <li>no lead came twice, the second time in a newer version (a lead updated and moved further on, behind
 *       the pages already read).
 * </ul>
 * A pass that shows one is followed by another, which delivers only what the run has not delivered yet in that
 * version, up to the sync's most passes; then the run fails rather than hand out a checkpoint that may have
 * skipped a lead. Leads created or moved forward during a pass shift the later leads on, not back: they may
 * come twice or be missed themselves, but they are newer than the pass's watermark, so the next run delivers
 * them if this one did not. What these signs cannot see is two changes between the answers to the same two
 * pages that hide each other: a deletion in the part read and a creation in the part not yet read keep both
 * the total and the count of distinct leads.
 *
 * <p>The checkpoint's watermark must not pass over a lead that changed while the last pass read: such a
 * lead may have been read before its change, and its new update time may be older than the newest one the
 * pass saw. So the watermark is the newest update time read, less the time the last pass took by the
 * client's clock: every change the vendor stamped after that pass began is at or after it, whatever the
 * offset between the two clocks.
 *
 * @param <L> the lead type
 */
final class FullReadWalk<L extends Lead> implements SyncWalk<L> {

    private final Supplier<PagedIterable<L>> listing;
    private final Optional<Instant> deliverFrom;
    private final Optional<Instant> previousWatermark;
    private final int maxPasses;
    private final Clock clock;
    private final ReadVersions delivered = new ReadVersions();
    private final ReadVersions seen = new ReadVersions();
    private final List<Integer> distinctByPass = new ArrayList<>();

    private Stream<Page<L>> pass;
    private Iterator<Page<L>> pages;
    private Instant passStart;
    private Duration lastPassTook = Duration.ZERO;
    private long totalAtStart = -1;
    private long previousTotal = -1;
    private boolean totalFell;
    private boolean movedBehind;
    /** The newest update time read so far; null until a lead that has one is read. */
    private Instant newest;
    private int passes;
    private int pagesRead;
    private boolean done;

    /**
     * @param listing           the query's listing, a new walk each call
     * @param deliverFrom       leads updated before this are not delivered (the checkpoint less the overlap)
     * @param previousWatermark the watermark the run started from, kept when the run sees nothing newer
     * @param maxPasses         the most passes before the run fails
     * @param clock             the client's clock, which times a pass
     */
    FullReadWalk(Supplier<PagedIterable<L>> listing, Optional<Instant> deliverFrom,
            Optional<Instant> previousWatermark, int maxPasses, Clock clock) {
        this.listing = listing;
        this.deliverFrom = deliverFrom;
        this.previousWatermark = previousWatermark;
        this.maxPasses = maxPasses;
        this.clock = clock;
    }

    @Override
    public List<L> next() {
        while (!done) {
            if (pages == null) {
                startPass();
            }
            if (pages.hasNext()) {
                return read(pages.next());
            }
            endPass();
        }
        return null;
    }

    private void startPass() {
        passes++;
        seen.clear();
        totalAtStart = -1;
        previousTotal = -1;
        totalFell = false;
        movedBehind = false;
        passStart = clock.instant();
        pass = listing.get().pages();
        pages = pass.iterator();
    }

    private List<L> read(Page<L> page) {
        pagesRead++;
        page.totalItems().ifPresent(total -> {
            if (totalAtStart < 0) {
                totalAtStart = total;
            }
            if (total < previousTotal) {
                totalFell = true;
            }
            previousTotal = total;
        });
        List<L> fresh = new ArrayList<>(page.items().size());
        for (L lead : page.items()) {
            Optional<Instant> updated = lead.updatedAt();
            long version = updated.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            if (seen.put(lead.id(), version) == ReadVersions.Seen.NEWER) {
                movedBehind = true;
            }
            if (updated.isPresent() && (newest == null || updated.get().isAfter(newest))) {
                newest = updated.get();
            }
            boolean changed = deliverFrom.isEmpty() || updated.isEmpty() || !updated.get().isBefore(deliverFrom.get());
            if (changed && delivered.putIfNewer(lead.id(), version)) {
                fresh.add(lead);
            }
        }
        return fresh;
    }

    private void endPass() {
        lastPassTook = Duration.between(passStart, clock.instant());
        pass.close();
        pass = null;
        pages = null;
        distinctByPass.add(seen.size());
        if (totalAtStart < 0 || seen.size() >= totalAtStart && !totalFell && !movedBehind) {
            done = true;
        } else if (passes >= maxPasses) {
            throw new SyncIncompleteException("the vendor's leads moved while they were read: each of " + passes
                    + " reads may have skipped a lead (distinct leads found " + distinctByPass + "; the last read"
                    + " began with a total of " + totalAtStart + (totalFell ? ", which fell from a page to the next" : "")
                    + (movedBehind ? ", and met a lead again in a newer version" : "")
                    + "); no checkpoint is given, run again from the same checkpoint");
        }
    }

    @Override
    public int pagesRead() {
        return pagesRead;
    }

    @Override
    public int passes() {
        return passes;
    }

    @Override
    public Optional<Instant> watermark() {
        // to the millisecond below, so that the checkpoint's text stays short and never passes a change
        Optional<Instant> seenFrom = Optional.ofNullable(newest)
                .map(instant -> instant.minus(lastPassTook).truncatedTo(ChronoUnit.MILLIS));
        return SyncWalk.later(seenFrom, previousWatermark);
    }

    @Override
    public void close() {
        if (pass != null) {
            pass.close();
        }
    }
}
