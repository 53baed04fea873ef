package dev.leadkit.testkit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to a sandbox's leads, as a live account sees them: a lead created, updated or deleted. Give it to
 * {@link SandboxChanges#before(int, Change)} or {@link SandboxChanges#apply(Change)}. Immutable.
 *
 * <pre>{@code
 * sandbox.changes()
 *         .before(3, Change.create())                                   // a new lead, just before request 3
 *         .before(3, Change.update(sandbox.leads().get(0).leadId()))    // a lead named by its id
 *         .before(5, Change.delete())                                   // a lead picked from the sandbox's seed
 *         .before(6, Change.update().committedLate(Duration.ofSeconds(2)));  // stamped 2 s before the clock's now
 * }</pre>
 *
 * <p>Every change is stamped from the sandbox's clock ({@link SandboxBuilder#clock}), at the vendor's precision
 * (Autocalls whole seconds, Nexus ERP and Octanist milliseconds): a creation sets {@code createdAt} and
 * {@code updatedAt}, an update {@code updatedAt} and something visible besides (the status; Nexus ERP's next
 * call, so the lead moves in that vendor's order).
 */
public final class Change {

    enum Kind { CREATE, UPDATE, DELETE }

    private final Kind kind;
    private final Optional<String> id;
    private final Duration lag;

    private Change(Kind kind, Optional<String> id, Duration lag) {
        this.kind = kind;
        this.id = id;
        this.lag = lag;
    }

    /**
     * A new lead, generated as the sandbox's own leads are, created now.
     *
     * @return the change
     */
    public static Change create() {
        return new Change(Kind.CREATE, Optional.empty(), Duration.ZERO);
    }

    /**
     * An update of a lead the sandbox picks at random (reproducibly, from its seed or the random script's).
     *
     * @return the change
     */
    public static Change update() {
        return new Change(Kind.UPDATE, Optional.empty(), Duration.ZERO);
    }

    /**
     * An update of the lead with this id.
     *
     * @param id a lead's id, as {@link SandboxLead#leadId()} gives it; the sandbox must hold it when the change
     *           is applied
     * @return the change
     */
    public static Change update(String id) {
        return new Change(Kind.UPDATE, Optional.of(requireId(id)), Duration.ZERO);
    }

    /**
     * The deletion of a lead the sandbox picks at random (reproducibly, from its seed or the random script's).
     *
     * @return the change
     */
    public static Change delete() {
        return new Change(Kind.DELETE, Optional.empty(), Duration.ZERO);
    }

    /**
     * The deletion of the lead with this id.
     *
     * @param id a lead's id, as {@link SandboxLead#leadId()} gives it; the sandbox must hold it when the change
     *           is applied
     * @return the change
     */
    public static Change delete(String id) {
        return new Change(Kind.DELETE, Optional.of(requireId(id)), Duration.ZERO);
    }

    /**
     * This creation or update, committed late: stamped {@code lag} before the sandbox clock's now, as a
     * transaction that committed after others had read past its timestamp, or a clock that rounds. A sync that
     * reads from a watermark misses it unless it overlaps by at least {@code lag}.
     *
     * @param lag zero or positive
     * @return the late change
     * @throws IllegalArgumentException when {@code lag} is null or negative
     * @throws IllegalStateException    for a deletion, which carries no stamp of its own
     */
    public Change committedLate(Duration lag) {
        if (lag == null || lag.isNegative()) {
            throw new IllegalArgumentException("lag must be zero or positive, got " + lag);
        }
        if (kind == Kind.DELETE) {
            throw new IllegalStateException("only a creation or an update can be committed late, not a deletion");
        }
        return new Change(kind, id, lag);
    }

    Kind kind() {
        return kind;
    }

    Optional<String> id() {
        return id;
    }

    Duration lag() {
        return lag;
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be null or blank");
        }
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Change change && kind == change.kind && id.equals(change.id) && lag.equals(change.lag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, lag);
    }

    @Override
    public String toString() {
        return "Change." + kind.name().toLowerCase(Locale.ROOT) + "(" + id.orElse("") + ")"
                + (lag.isZero() ? "" : ".committedLate(" + lag + ")");
    }
}
