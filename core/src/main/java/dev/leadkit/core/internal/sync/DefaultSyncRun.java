package dev.leadkit.core.internal.sync;

import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.SyncCheckpoint;
import dev.leadkit.core.SyncRun;
import dev.leadkit.core.internal.Events;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A run: hands out its walk's leads one by one, and its checkpoint only once the walk ended without failing.
 *
 * @param <L> the lead type
 */
final class DefaultSyncRun<L extends Lead> implements SyncRun<L> {

    private enum State { NEW, READING, ENDED, FAILED, CLOSED }

    private final SyncWalk<L> walk;
    private final Function<SyncWalk<L>, SyncCheckpoint> checkpointOf;
    private final Events events;
    private volatile State state = State.NEW;
    private SyncCheckpoint checkpoint;
    private long delivered;

    DefaultSyncRun(SyncWalk<L> walk, Function<SyncWalk<L>, SyncCheckpoint> checkpointOf, Events events) {
        this.walk = walk;
        this.checkpointOf = checkpointOf;
        this.events = events;
    }

    @Override
    public Iterator<L> iterator() {
        if (state != State.NEW) {
            throw new IllegalStateException(state == State.CLOSED ? "this sync run is closed"
                    : "this sync run's leads were already asked for: a run is read once");
        }
        state = State.READING;
        return new Leads();
    }

    @Override
    public Stream<L> stream() {
        Spliterator<L> leads = Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(leads, false).onClose(this::close);
    }

    @Override
    public SyncCheckpoint checkpoint() {
        if (checkpoint == null) {
            throw new IllegalStateException(switch (state) {
                case FAILED -> "this sync run failed: it has no checkpoint; run again from the previous one";
                case CLOSED -> "this sync run was closed before its leads were read to the end: it has no checkpoint";
                default -> "this sync run's leads have not been read to the end yet: the checkpoint comes after the"
                        + " last lead";
            });
        }
        return checkpoint;
    }

    @Override
    public int pagesRead() {
        return walk.pagesRead();
    }

    @Override
    public long leadsDelivered() {
        return delivered;
    }

    @Override
    public void close() {
        if (state == State.NEW || state == State.READING) {
            state = State.CLOSED;
        }
        walk.close();
    }

    @Override
    public String toString() {
        return "SyncRun{" + state.name().toLowerCase(java.util.Locale.ROOT) + ", pages=" + walk.pagesRead()
                + ", leads=" + delivered + (checkpoint == null ? "" : ", checkpoint=" + checkpoint) + '}';
    }

    /** The run's leads, a page's worth at a time. */
    private final class Leads implements Iterator<L> {

        private Iterator<L> batch = List.<L>of().iterator();

        @Override
        public boolean hasNext() {
            while (!batch.hasNext()) {
                if (state != State.READING) {
                    return false;
                }
                List<L> next = read();
                if (next == null) {
                    return false;
                }
                batch = next.iterator();
            }
            return true;
        }

        @Override
        public L next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the sync run has no more leads");
            }
            delivered++;
            return batch.next();
        }

        private List<L> read() {
            List<L> next;
            try {
                next = walk.next();
            } catch (LeadkitException e) {
                state = State.FAILED;
                events.syncFailed(walk.pagesRead(), delivered, e);
                throw e;
            } catch (RuntimeException | Error e) {
                state = State.FAILED;
                throw e;
            }
            if (next == null) {
                checkpoint = checkpointOf.apply(walk);
                state = State.ENDED;
                events.syncEnded(walk.pagesRead(), walk.passes(), delivered, checkpoint);
            }
            return next;
        }
    }
}
