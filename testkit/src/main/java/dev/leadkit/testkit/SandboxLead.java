package dev.leadkit.testkit;

import java.time.Instant;

/**
 * What every sandbox's lead says about itself, whichever vendor it comes from: its id and its two
 * timestamps as the vendor sends them, so a test can check a sync against {@link Sandbox#leads()} and
 * {@link Sandbox#changeLog()} without knowing the vendor.
 *
 * <p>The names differ from the lead types' own accessors on purpose: {@link AutocallsSandboxLead}'s
 * {@code id()} is a {@code long} and its {@code createdAt()} a zone-less {@code LocalDateTime}, as the vendor
 * stores them, so this view adds {@link #leadId()}, {@link #createdInstant()} and {@link #updatedInstant()}
 * beside them.
 */
public interface SandboxLead {

    /**
     * The lead's id as the vendor's JSON carries it, as text: Autocalls' decimal id ({@code "42"}), Nexus ERP's
     * 24 hex digits, Octanist's {@code lead_...}.
     *
     * @return the id
     */
    String leadId();

    /**
     * When the lead was created, as the vendor sends it: whole seconds for Autocalls (its zone-less timestamps
     * read as UTC, the zone the sandbox writes them in), milliseconds for Nexus ERP and Octanist.
     *
     * @return the creation instant
     */
    Instant createdInstant();

    /**
     * When the lead was last changed, at the vendor's precision as {@link #createdInstant()}.
     *
     * @return the last update's instant
     */
    Instant updatedInstant();
}
