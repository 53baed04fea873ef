package dev.leadkit.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A sandbox's change script: its leads change between requests as a live account's do, at a chosen request
 * or at random from a seed, so a sync can be tested against pages that shift while it reads. Every change is
 * stamped from the sandbox's clock at the vendor's precision and listed in {@link Sandbox#changeLog()}.
 * Thread-safe; script before or while a client runs. A change is applied whole, before the request it is
 * scheduled for is answered, and no request sees it before then, even with requests arriving concurrently.
 *
 * <pre>{@code
 * sandbox.changes()
 *         .before(2, Change.update())           // a lead changes just before request 2 is answered
 *         .before(2, Change.create())
 *         .random(7, 0.3);                      // and before each request, 3 times in 10, one random change
 * // ... read the leads ...
 * sandbox.changes().stop();                     // the sandbox holds still from here on
 * List<LeadChange> what = sandbox.changeLog();
 * }</pre>
 *
 * <p>Requests are numbered as {@link Sandbox#requests()} numbers them: every request counts, faulted,
 * throttled and unauthorised ones included, and each gets the changes due before it.
 */
public final class SandboxChanges {

    private final LiveLeads<?> leads;

    SandboxChanges(LiveLeads<?> leads) {
        this.leads = leads;
    }

    /**
     * Schedules {@code change} just before the sandbox answers request {@code requestNumber}. Several changes
     * for one request are applied in the order scheduled, before that request's random change. A change that
     * finds no lead when its request arrives (its lead deleted by an earlier change, or none left to pick)
     * fails that request with the vendor's 500.
     *
     * @param requestNumber a request not yet received: greater than the number of requests so far
     * @param change        the change
     * @return this script
     * @throws IllegalArgumentException when {@code requestNumber} was already received, or the change names a
     *                                  lead the sandbox does not hold
     */
    public SandboxChanges before(int requestNumber, Change change) {
        Objects.requireNonNull(change, "change");
        if (requestNumber < 1) {
            throw new IllegalArgumentException("requestNumber must be at least 1, got " + requestNumber);
        }
        leads.schedule(requestNumber, change);
        return this;
    }

    /**
     * Before each request from now on, with probability {@code perRequest}, one random change: a creation, an
     * update or a deletion, a third each (a creation while the sandbox holds no lead), of a lead picked at
     * random. The same seed, the same leads and the same sequence of requests give the same changes,
     * whatever threads send the requests. Replaces an earlier random script.
     *
     * @param seed       the script's seed
     * @param perRequest the probability of a change before each request, 0 to 1
     * @return this script
     * @throws IllegalArgumentException when {@code perRequest} is outside 0..1
     */
    public SandboxChanges random(long seed, double perRequest) {
        return random(seed, perRequest, Duration.ZERO);
    }

    /**
     * {@link #random(long, double)}, with each creation and update committed late
     * ({@link Change#committedLate(Duration)}) by a lag drawn from the script's seed between zero and
     * {@code maxLag}, whole milliseconds: the late commits a sync must overlap to survive, at random.
     *
     * @param seed       the script's seed
     * @param perRequest the probability of a change before each request, 0 to 1
     * @param maxLag     the longest lag, zero (no late commits) or positive
     * @return this script
     * @throws IllegalArgumentException when {@code perRequest} is outside 0..1 or {@code maxLag} is negative
     */
    public SandboxChanges random(long seed, double perRequest, Duration maxLag) {
        if (!(perRequest >= 0 && perRequest <= 1)) {
            throw new IllegalArgumentException("perRequest must be between 0 and 1, got " + perRequest);
        }
        if (maxLag == null || maxLag.isNegative()) {
            throw new IllegalArgumentException("maxLag must be zero or positive, got " + maxLag);
        }
        leads.random(seed, perRequest, maxLag);
        return this;
    }

    /**
     * Applies {@code change} now, between requests; the log records it with request 0.
     *
     * @param change the change
     * @return what was applied: the lead's id and the stamp given
     * @throws IllegalArgumentException when the change names a lead the sandbox does not hold
     * @throws IllegalStateException    for an update or deletion while the sandbox holds no lead
     */
    public LeadChange apply(Change change) {
        return leads.applyNow(Objects.requireNonNull(change, "change"));
    }

    /**
     * Stops the changes: the random script ends and changes scheduled for requests not yet received are
     * forgotten, so the sandbox holds still until scripted again. Changes already applied stay.
     *
     * @return this script
     */
    public SandboxChanges stop() {
        leads.stop();
        return this;
    }

    /**
     * How many scheduled changes are still to be applied.
     *
     * @return the count
     */
    public int pending() {
        return leads.pending();
    }

    @Override
    public String toString() {
        return "SandboxChanges{" + leads + "}";
    }
}
