package dev.leadkit.core.internal.sync;

import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.SyncIncompleteException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A run over a vendor that can neither filter nor sort by update time: every lead of the query is read
 * (a pass), those updated since the watermark are delivered, and the pass is checked against the vendor's
 * total. Pages shift while they are read (a lead created, deleted or moved in the vendor's order moves every
 * later lead by a slot, so one lead per page boundary can be skipped or read twice); a skipped lead shows as
 * a pass that found fewer distinct leads than the largest total any of its pages reported. Such a pass is
 * followed by another, which delivers only what the run has not delivered yet in that version, up to the
 * sync's most passes; then the run fails rather than hand out a checkpoint that may have skipped a lead.
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
    private long largestTotal = -1;
    private Optional<Instant> newest = Optional.empty();
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
        largestTotal = -1;
        passStart = clock.instant();
        pass = listing.get().pages();
        pages = pass.iterator();
    }

    private List<L> read(Page<L> page) {
        pagesRead++;
        page.totalItems().ifPresent(total -> largestTotal = Math.max(largestTotal, total));
        List<L> fresh = new ArrayList<>(page.items().size());
        for (L lead : page.items()) {
            Optional<Instant> updated = lead.updatedAt();
            long version = updated.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            seen.putIfNewer(lead.id(), version);
            updated.ifPresent(instant -> newest = newest.filter(n -> !n.isBefore(instant)).or(() -> updated));
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
        if (largestTotal < 0 || seen.size() >= largestTotal) {
            done = true;
        } else if (passes >= maxPasses) {
            throw new SyncIncompleteException("the vendor's leads moved while they were read: each of "
                    + passes + " reads found fewer distinct leads than the vendor counted (found "
                    + distinctByPass + ", the last read's largest total " + largestTotal
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
        Optional<Instant> seenFrom = newest.map(instant -> instant.minus(lastPassTook));
        if (previousWatermark.isPresent() && seenFrom.isPresent()) {
            return seenFrom.get().isAfter(previousWatermark.get()) ? seenFrom : previousWatermark;
        }
        return seenFrom.or(() -> previousWatermark);
    }

    @Override
    public void close() {
        if (pass != null) {
            pass.close();
        }
    }
}
