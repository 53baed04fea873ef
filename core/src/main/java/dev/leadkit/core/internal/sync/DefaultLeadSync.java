package dev.leadkit.core.internal.sync;

import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadSync;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.Platform;
import dev.leadkit.core.SyncCheckpoint;
import dev.leadkit.core.SyncRun;
import dev.leadkit.core.internal.Events;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every dialect's {@link LeadSync}: a query, how the vendor lets it be read ({@link SyncMode}), and how one
 * narrowed query is listed. Immutable; each setting makes a new sync.
 *
 * @param <Q> the dialect's query type
 * @param <L> the lead type
 */
public final class DefaultLeadSync<Q, L extends Lead> implements LeadSync<L> {

    /** How a sync reaches its client: its identity, how it lists, its clock and listener. */
    public record Source<Q, L extends Lead>(Platform platform, Function<Q, PagedIterable<L>> listing, Clock clock,
                                            Events events, Runnable admission) {
    }

    private static final int MAX_PREFETCH = 64;
    private static final int MAX_PASSES = 10;
    private static final Duration MAX_OVERLAP = Duration.ofDays(1);

    private final Source<Q, L> source;
    private final Q query;
    private final String fingerprint;
    private final SyncMode<Q> mode;
    private final int prefetch;
    private final Duration overlap;
    private final int maxPasses;

    /**
     * A sync with the default settings.
     *
     * @param source      the client
     * @param query       the user's query, already checked against {@code mode}
     * @param fingerprint the query's fingerprint, 16 hex digits
     * @param mode        how the vendor lets a sync read
     */
    public DefaultLeadSync(Source<Q, L> source, Q query, String fingerprint, SyncMode<Q> mode) {
        this(source, query, fingerprint, mode, 0, DEFAULT_OVERLAP, DEFAULT_MAX_PASSES);
    }

    private DefaultLeadSync(Source<Q, L> source, Q query, String fingerprint, SyncMode<Q> mode, int prefetch,
            Duration overlap, int maxPasses) {
        this.source = source;
        this.query = query;
        this.fingerprint = fingerprint;
        this.mode = mode;
        this.prefetch = prefetch;
        this.overlap = overlap;
        this.maxPasses = maxPasses;
    }

    @Override
    public SyncRun<L> all() {
        return run(Optional.empty());
    }

    @Override
    public SyncRun<L> since(SyncCheckpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint must not be null");
        if (!checkpoint.platformId().equals(source.platform().id())) {
            throw new IllegalArgumentException("checkpoint was made by a sync of platform " + checkpoint.platformId()
                    + ", not of this sync's " + source.platform().id());
        }
        if (!checkpoint.queryFingerprint().equals(fingerprint)) {
            throw new IllegalArgumentException("checkpoint was made by a sync of another query (query "
                    + checkpoint.queryFingerprint() + ", this sync's is " + fingerprint
                    + "): a sync resumes only the query it was made for");
        }
        return run(checkpoint.watermark());
    }

    private SyncRun<L> run(Optional<Instant> previous) {
        source.admission().run();
        Optional<Instant> readFrom = previous.map(watermark -> watermark.minus(overlap));
        SyncWalk<L> walk = mode instanceof SyncMode.Keyset<Q> keyset
                ? new KeysetWalk<>(source.listing(), keyset.queries(), query, readFrom, previous, maxPasses,
                        source.clock())
                : new FullReadWalk<>(this::listing, readFrom, previous, maxPasses, source.clock());
        return new DefaultSyncRun<>(walk, done -> SyncCheckpoint.of(source.platform().id(), fingerprint,
                done.watermark()), source.events());
    }

    private PagedIterable<L> listing() {
        PagedIterable<L> listing = source.listing().apply(query);
        return prefetch == 0 ? listing : listing.prefetch(prefetch);
    }

    @Override
    public LeadSync<L> prefetch(int pages) {
        if (pages < 1 || pages > MAX_PREFETCH) {
            throw new IllegalArgumentException("pages must be between 1 and " + MAX_PREFETCH + ", got " + pages);
        }
        return new DefaultLeadSync<>(source, query, fingerprint, mode, pages, overlap, maxPasses);
    }

    @Override
    public LeadSync<L> overlap(Duration overlap) {
        Objects.requireNonNull(overlap, "overlap must not be null");
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw new IllegalArgumentException("overlap must be between 0 and " + MAX_OVERLAP + ", got " + overlap);
        }
        return new DefaultLeadSync<>(source, query, fingerprint, mode, prefetch, overlap, maxPasses);
    }

    @Override
    public LeadSync<L> maxPasses(int passes) {
        if (passes < 1 || passes > MAX_PASSES) {
            throw new IllegalArgumentException("passes must be between 1 and " + MAX_PASSES + ", got " + passes);
        }
        return new DefaultLeadSync<>(source, query, fingerprint, mode, prefetch, overlap, passes);
    }

    @Override
    public String toString() {
        return "LeadSync{" + source.platform().id() + ", query " + fingerprint + ", "
                + (mode instanceof SyncMode.Keyset ? "walked by update time" : "read in full")
                + ", overlap " + overlap + ", prefetch " + prefetch + ", max passes " + maxPasses + '}';
    }
}
