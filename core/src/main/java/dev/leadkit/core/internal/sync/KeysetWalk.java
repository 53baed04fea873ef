package dev.leadkit.core.internal.sync;

import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.RunawayListingException;
import dev.leadkit.core.SyncIncompleteException;
import dev.leadkit.core.internal.sync.SyncMode.KeysetQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A run over a vendor that filters and sorts by update time, walked by its watermark rather than by page
 * number. Each request is page 1 of "updated at or after the watermark, oldest first"; after it the watermark
 * moves to the last update time the page held, and the leads of that instant already delivered are left out
 * of the next page, which starts with them again. Numbered pages are never walked here, so a lead updated
 * during the run (which moves to the end) shifts nothing: it is met again at its new place.
 *
 * <p>When a whole page shares one update time (more leads changed in one instant than a page holds), the
 * watermark cannot move: the leads of that instant are read by page number from their own query ("updated at
 * exactly that instant") until the distinct ids read number the vendor's total for it, re-read from page 1 at
 * most the sync's most passes, and the walk goes on strictly after that instant.
 *
 * <p>The checkpoint's watermark is the newest update time delivered: the walk read up to the vendor's last
 * page, so every lead updated before that last request was met; what is updated later is stamped later. It is
 * never later than the client's clock when the walk ended: a lead the vendor stamped in the future (a clock
 * ahead, a bad import) would otherwise carry the watermark past every change stamped until then, and those
 * changes would never be read. Taken down to the client's clock, the next run reads them; the price is that
 * such a lead is delivered again by every run until its time has come.
 *
 * @param <Q> the dialect's query type
 * @param <L> the lead type
 */
final class KeysetWalk<Q, L extends Lead> implements SyncWalk<L> {

    private final Function<Q, PagedIterable<L>> listing;
    private final KeysetQueries<Q> queries;
    private final Q query;
    private final Optional<Instant> previousWatermark;
    private final int maxPasses;
    private final Clock clock;

    private Optional<Instant> watermark;
    private boolean inclusive = true;
    private Set<String> deliveredAtWatermark = new HashSet<>();
    private Optional<Instant> newest = Optional.empty();
    private Tie tie;
    private int pagesRead;
    private int passes = 1;
    /** When the walk ended, by the client's clock; null while it goes on. */
    private Instant endedAt;
    private volatile boolean closed;
    private volatile Stream<Page<L>> inFlight;

    /** The leads of one instant, read by page number. */
    private static final class Tie {
        final Instant instant;
        final Set<String> ids;
        int page = 1;
        int round = 1;

        Tie(Instant instant, Set<String> ids) {
            this.instant = instant;
            this.ids = ids;
        }
    }

    /**
     * @param listing           lists a narrowed query
     * @param queries           the dialect's narrowing
     * @param query             the user's query, checked
     * @param readFrom          where the walk starts (the checkpoint less the overlap), empty for every lead
     * @param previousWatermark the watermark the run started from, kept when the run delivers nothing newer
     * @param maxPasses         how many times the leads of one instant are read from page 1 at most
     * @param clock             the client's clock, which bounds the watermark
     */
    KeysetWalk(Function<Q, PagedIterable<L>> listing, KeysetQueries<Q> queries, Q query, Optional<Instant> readFrom,
            Optional<Instant> previousWatermark, int maxPasses, Clock clock) {
        this.listing = listing;
        this.queries = queries;
        this.query = query;
        this.watermark = readFrom;
        this.previousWatermark = previousWatermark;
        this.maxPasses = maxPasses;
        this.clock = clock;
    }

    @Override
    public List<L> next() {
        if (endedAt != null) {
            return null;
        }
        return tie != null ? nextOfInstant() : nextFromWatermark();
    }

    private List<L> nextFromWatermark() {
        Page<L> page = fetch(queries.from(query, watermark, inclusive), 1);
        List<L> items = page.items();
        if (items.isEmpty()) {
            if (page.hasNext()) {
                throw new RunawayListingException("the vendor sent an empty first page of the leads updated from "
                        + watermark.map(Instant::toString).orElse("the start") + " while saying more follow");
            }
            end();
            return List.of();
        }
        Instant first = updatedAt(items.get(0));
        Instant last = checkOrder(items, first);
        List<L> fresh = new ArrayList<>(items.size());
        for (L lead : items) {
            Instant updated = updatedAt(lead);
            boolean repeat = inclusive && watermark.isPresent() && updated.equals(watermark.get())
                    && deliveredAtWatermark.contains(lead.id());
            if (!repeat) {
                deliver(lead, updated, fresh);
            }
        }
        if (!page.hasNext()) {
            end();
        } else if (first.equals(last)) {
            Set<String> ids = new HashSet<>();
            items.forEach(lead -> ids.add(lead.id()));
            if (watermark.isPresent() && watermark.get().equals(last)) {
                ids.addAll(deliveredAtWatermark);
            }
            tie = new Tie(last, ids);
        } else {
            Set<String> atLast = new HashSet<>();
            items.stream().filter(lead -> updatedAt(lead).equals(last)).forEach(lead -> atLast.add(lead.id()));
            watermark = Optional.of(last);
            inclusive = true;
            deliveredAtWatermark = atLast;
        }
        return fresh;
    }

    private List<L> nextOfInstant() {
        Page<L> page = fetch(queries.at(query, tie.instant), tie.page);
        List<L> fresh = new ArrayList<>(page.items().size());
        for (L lead : page.items()) {
            Instant updated = updatedAt(lead);
            if (!updated.equals(tie.instant)) {
                throw new RunawayListingException("the vendor answered the leads updated at " + tie.instant
                        + " with a lead updated at " + updated);
            }
            if (tie.ids.add(lead.id())) {
                deliver(lead, updated, fresh);
            }
        }
        long pagesOfInstant = page.totalPages().orElse(Long.MAX_VALUE);
        if (page.hasNext() && tie.page < pagesOfInstant && !page.items().isEmpty()) {
            tie.page++;
            return fresh;
        }
        long total = page.totalItems().orElse(tie.ids.size());
        if (tie.ids.size() >= total) {
            watermark = Optional.of(tie.instant);
            inclusive = false;
            deliveredAtWatermark = new HashSet<>();
            tie = null;
        } else if (tie.round < maxPasses) {
            tie.round++;
            passes = Math.max(passes, tie.round);
            tie.page = 1;
        } else {
            throw new SyncIncompleteException("the vendor counts " + total + " leads updated at " + tie.instant
                    + " but " + tie.round + " reads of them found " + tie.ids.size()
                    + "; no checkpoint is given, run again from the same checkpoint");
        }
        return fresh;
    }

    private Page<L> fetch(Q narrowed, int number) {
        // one page through a walk of its own, so that closing the run from another thread cancels it in flight
        try (Stream<Page<L>> pages = listing.apply(narrowed).startingAt(number).pages()) {
            inFlight = pages;
            if (closed) {
                throw new IllegalStateException("the sync run was closed");
            }
            Page<L> page = pages.findFirst().orElseThrow();
            pagesRead++;
            return page;
        } finally {
            inFlight = null;
        }
    }

    private void deliver(L lead, Instant updated, List<L> fresh) {
        fresh.add(lead);
        if (newest.isEmpty() || updated.isAfter(newest.get())) {
            newest = Optional.of(updated);
        }
    }

    /** The page's last update time, after checking the page is in update order and within the watermark. */
    private Instant checkOrder(List<L> items, Instant first) {
        if (watermark.isPresent() && (first.isBefore(watermark.get()) || !inclusive && first.equals(watermark.get()))) {
            throw new RunawayListingException("the vendor answered the leads updated "
                    + (inclusive ? "from " : "after ") + watermark.get() + " with a lead updated at " + first);
        }
        Instant previous = first;
        for (L lead : items) {
            Instant updated = updatedAt(lead);
            if (updated.isBefore(previous)) {
                throw new RunawayListingException("the vendor's page is not in update order: " + updated
                        + " follows " + previous);
            }
            previous = updated;
        }
        return previous;
    }

    private static Instant updatedAt(Lead lead) {
        return lead.updatedAt().orElseThrow(() -> new RunawayListingException("the vendor sent lead " + lead.id()
                + " without its update time, which a sync walks by"));
    }

    @Override
    public int pagesRead() {
        return pagesRead;
    }

    @Override
    public int passes() {
        return passes;
    }

    private void end() {
        endedAt = clock.instant();
    }

    @Override
    public Optional<Instant> watermark() {
        Optional<Instant> seen = newest.map(instant -> endedAt != null && instant.isAfter(endedAt) ? endedAt : instant);
        return SyncWalk.later(seen, previousWatermark);
    }

    @Override
    public void close() {
        closed = true;
        Stream<Page<L>> pages = inFlight;
        if (pages != null) {
            pages.close();
        }
    }
}
