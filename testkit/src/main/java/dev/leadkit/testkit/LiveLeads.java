package dev.leadkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The leads a sandbox holds, changing as a live account's do, and the script of those changes. One lock
 * guards everything: a change is applied whole, and {@link #beforeRequest(int)} applies what is due and hands
 * out the snapshot its request is answered from, so concurrent requests never see half a change nor a change
 * scheduled for a later request.
 *
 * @param <L> the sandbox's lead type
 */
final class LiveLeads<L extends SandboxLead> {

    private final LeadMutations<L> mutations;
    private final Clock clock;
    private final Optional<Comparator<L>> listingOrder;
    private final FakeData scripted;
    private final List<L> held;
    private final TreeMap<Integer, List<Change>> scheduled = new TreeMap<>();
    private final List<LeadChange> log = new ArrayList<>();
    private Optional<RandomScript> random = Optional.empty();
    private int lastRequest;
    private List<L> listed;

    /**
     * @param initial      the leads to start with, in creation order
     * @param mutations    how the vendor's leads change
     * @param clock        the sandbox's clock, which stamps changes
     * @param seed         the sandbox's seed, for the random choices of scripted changes
     * @param listingOrder the order the vendor lists leads in when it is fixed; empty for creation order
     */
    LiveLeads(List<L> initial, LeadMutations<L> mutations, Clock clock, long seed,
              Optional<Comparator<L>> listingOrder) {
        this.mutations = mutations;
        this.clock = clock;
        this.listingOrder = listingOrder;
        this.scripted = new FakeData(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        this.held = new ArrayList<>(initial);
        refresh();
    }

    /** {@return the leads held now, in the order the vendor lists them (creation order unless it has a fixed one)} */
    synchronized List<L> listed() {
        return listed;
    }

    /** {@return every change applied so far, in order} */
    synchronized List<LeadChange> changeLog() {
        return List.copyOf(log);
    }

    /**
     * Applies what is due before request {@code request} (the changes scheduled for it, then the random
     * script's) and returns the leads it is to be answered from. Called once per request, in numbering order.
     *
     * @throws IllegalStateException when a scheduled change names a lead the sandbox no longer holds
     */
    synchronized List<L> beforeRequest(int request) {
        lastRequest = request;
        List<Change> due = scheduled.remove(request);
        if (due != null) {
            for (Change change : due) {
                apply(change, scripted, request);
            }
        }
        if (random.isPresent() && random.get().fake.chance(random.get().perRequest)) {
            FakeData fake = random.get().fake;
            Change change = held.isEmpty() ? Change.create() : switch (fake.between(0, 2)) {
                case 0 -> Change.create();
                case 1 -> Change.update();
                default -> Change.delete();
            };
            Duration maxLag = random.get().maxLag;
            if (change.kind() != Change.Kind.DELETE && !maxLag.isZero()) {
                change = change.committedLate(fake.upToMillis(maxLag));
            }
            apply(change, fake, request);
        }
        return listed;
    }

    synchronized void schedule(int request, Change change) {
        if (request <= lastRequest) {
            throw new IllegalArgumentException("requestNumber must be after the last request received (" + lastRequest
                    + "), got " + request);
        }
        change.id().ifPresent(id -> indexOf(id).orElseThrow(() -> new IllegalArgumentException(
                "id must name a lead the sandbox holds; it holds no lead " + id)));
        scheduled.computeIfAbsent(request, r -> new ArrayList<>()).add(change);
    }

    synchronized LeadChange applyNow(Change change) {
        change.id().ifPresent(id -> indexOf(id).orElseThrow(() -> new IllegalArgumentException(
                "id must name a lead the sandbox holds; it holds no lead " + id)));
        if (change.kind() != Change.Kind.CREATE && held.isEmpty()) {
            throw new IllegalStateException("the sandbox holds no lead to " + change.kind().name().toLowerCase(Locale.ROOT));
        }
        return apply(change, scripted, 0);
    }

    synchronized void random(long seed, double perRequest, Duration maxLag) {
        random = Optional.of(new RandomScript(new FakeData(seed), perRequest, maxLag));
    }

    /** Stops the random script and forgets the scheduled changes not yet applied. */
    synchronized void stop() {
        random = Optional.empty();
        scheduled.clear();
    }

    synchronized int pending() {
        return scheduled.values().stream().mapToInt(List::size).sum();
    }

    private LeadChange apply(Change change, FakeData fake, int request) {
        Instant stamp = clock.instant().minus(change.lag()).truncatedTo(mutations.precision());
        LeadChange applied = switch (change.kind()) {
            case CREATE -> {
                L lead = mutations.create(fake, stamp, held);
                held.add(lead);
                yield new LeadChange(LeadChange.Kind.CREATED, lead.leadId(), stamp, request);
            }
            case UPDATE -> {
                int index = target(change, fake);
                L lead = mutations.update(held.get(index), fake, stamp);
                held.set(index, lead);
                yield new LeadChange(LeadChange.Kind.UPDATED, lead.leadId(), stamp, request);
            }
            case DELETE -> {
                L lead = held.remove(target(change, fake));
                yield new LeadChange(LeadChange.Kind.DELETED, lead.leadId(), stamp, request);
            }
        };
        log.add(applied);
        refresh();
        return applied;
    }

    private int target(Change change, FakeData fake) {
        if (change.id().isPresent()) {
            return indexOf(change.id().get()).orElseThrow(() -> new IllegalStateException(
                    change + " names a lead the sandbox no longer holds"));
        }
        if (held.isEmpty()) {
            throw new IllegalStateException(change + " found no lead: the sandbox holds none");
        }
        return fake.between(0, held.size() - 1);
    }

    private Optional<Integer> indexOf(String id) {
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i).leadId().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void refresh() {
        listed = listingOrder.map(order -> held.stream().sorted(order).toList()).orElseGet(() -> List.copyOf(held));
    }

    /** The random script: its own randomness, so that the same seed gives the same changes. */
    private record RandomScript(FakeData fake, double perRequest, Duration maxLag) {
    }

    @Override
    public synchronized String toString() {
        return "LiveLeads{" + held.size() + " leads, " + log.size() + " changes, " + pending() + " scheduled}";
    }

}
