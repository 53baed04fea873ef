package dev.leadkit.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change a sandbox applied to its leads, as {@link Sandbox#changeLog()} lists them.
 *
 * <pre>{@code
 * LeadChange change = sandbox.changes().apply(Change.update());
 * change.kind();      // UPDATED
 * change.id();        // the lead's id, as SandboxLead.leadId() gives it
 * change.at();        // the updatedAt the lead now carries
 * change.request();   // 0: applied directly, not before a request
 * }</pre>
 *
 * @param kind    what happened to the lead
 * @param id      the lead's id, as {@link SandboxLead#leadId()} gives it
 * @param at      the stamp given: the lead's new {@code updatedAt} (and {@code createdAt} for a creation), at the
 *                vendor's precision; for a deletion, the sandbox clock's time at the vendor's precision
 * @param request the number of the request the change was applied before (as {@link Sandbox#requests()} numbers
 *                them), or 0 for a change applied directly with {@link SandboxChanges#apply(Change)}
 */
public record LeadChange(Kind kind, String id, Instant at, int request) {

    /** What a change did to its lead. */
    public enum Kind {
        /** A new lead. */
        CREATED,
        /** A lead changed: its {@code updatedAt} moved and something visible with it. */
        UPDATED,
        /** A lead removed: no listing shows it any more. */
        DELETED
    }

    /**
     * Checks for nulls.
     *
     * @param kind    what happened to the lead
     * @param id      the lead's id
     * @param at      the stamp given
     * @param request the request the change was applied before, or 0
     */
    public LeadChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        if (request < 0) {
            throw new IllegalArgumentException("request must be 0 or more, got " + request);
        }
    }
}
