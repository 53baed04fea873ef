package dev.leadkit.testkit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How one vendor's leads change in a live account: what a new lead looks like, what an update touches, and
 * the precision of the vendor's timestamps. Pure: randomness comes from the {@link FakeData} given.
 *
 * @param <L> the sandbox's lead type
 */
interface LeadMutations<L extends SandboxLead> {

    /** {@return the vendor's timestamp precision: stamps are truncated to it} */
    ChronoUnit precision();

    /**
     * A new lead, created and updated at {@code stamp}, whose id no lead in {@code held} has.
     *
     * @param fake  the randomness
     * @param stamp the creation time, already at the vendor's precision
     * @param held  the leads the sandbox holds, in creation order
     * @return the new lead
     */
    L create(FakeData fake, Instant stamp, List<L> held);

    /**
     * {@code lead} updated at {@code stamp}: its {@code updatedAt} set to the stamp and something visible changed
     * with it (where the vendor's order depends on a field, that field, so that the lead moves).
     *
     * @param lead  the lead as it is
     * @param fake  the randomness
     * @param stamp the update's time, already at the vendor's precision
     * @return the lead as it is now
     */
    L update(L lead, FakeData fake, Instant stamp);

    /** {@return the first id {@code candidate} gives that no lead in {@code held} has} */
    static String freshId(List<? extends SandboxLead> held, Supplier<String> candidate) {
        Set<String> taken = held.stream().map(SandboxLead::leadId).collect(Collectors.toSet());
        String id;
        do {
            id = candidate.get();
        } while (taken.contains(id));
        return id;
    }
}
