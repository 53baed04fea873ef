package dev.leadkit.core.internal.sync;

import dev.leadkit.core.LeadkitListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that records the sync events a client tells, in order: the ends and the failures of its runs. */
final class SyncEvents implements LeadkitListener {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void syncEnded(SyncEnded end) {
        events.add(end);
    }

    @Override
    public void syncFailed(SyncFailed failure) {
        events.add(failure);
    }

    /** {@return the events told so far} */
    List<Object> told() {
        return events;
    }
}
