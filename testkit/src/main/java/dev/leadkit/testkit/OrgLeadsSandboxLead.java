package dev.leadkit.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead held by an {@link OrgLeadsSandbox}, as Nexus ERP's CRM stores it. {@code primaryPhone} and
 * {@code primaryEmail} on the wire are the first of {@link #phones()} and {@link #emails()}.
 *
 * @param id           the lead id (24 hex digits)
 * @param name         the contact name, e.g. {@code Acme Co - Jane Doe}
 * @param phones       E.164 numbers, possibly none
 * @param emails       lowercase addresses, possibly none
 * @param contactId    the underlying contact's id
 * @param company      the company, if any
 * @param source       a free-text source label, if any
 * @param status       one of {@code NOT_CONTACTED CONTACTED QUALIFIED CONVERTED LOST}
 * @param notes        notes, if any
 * @param nextCallAt   the next scheduled call, if any
 * @param createdAt    creation time
 * @param updatedAt    last update
 * @param assignedToId the owning org member's id; empty when unassigned
 * @param clientId     the linked client's id, if any
 */
public record OrgLeadsSandboxLead(String id, String name, List<String> phones, List<String> emails, String contactId,
                                  Optional<String> company, Optional<String> source, String status,
                                  Optional<String> notes, Optional<Instant> nextCallAt, Instant createdAt,
                                  Instant updatedAt, Optional<String> assignedToId, Optional<String> clientId)
        implements SandboxLead {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param id           the lead id (24 hex digits)
     * @param name         the contact name, e.g. {@code Acme Co - Jane Doe}
     * @param phones       E.164 numbers, possibly none
     * @param emails       lowercase addresses, possibly none
     * @param contactId    the underlying contact's id
     * @param company      the company, if any
     * @param source       a free-text source label, if any
     * @param status       one of {@code NOT_CONTACTED CONTACTED QUALIFIED CONVERTED LOST}
     * @param notes        notes, if any
     * @param nextCallAt   the next scheduled call, if any
     * @param createdAt    creation time
     * @param updatedAt    last update
     * @param assignedToId the owning org member's id; empty when unassigned
     * @param clientId     the linked client's id, if any
     */
    public OrgLeadsSandboxLead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(nextCallAt, "nextCallAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(assignedToId, "assignedToId");
        Objects.requireNonNull(clientId, "clientId");
    }

    /**
     * The id: the same as {@link #id()}.
     *
     * @return the id
     */
    @Override
    public String leadId() {
        return id;
    }

    /**
     * The creation time: the same as {@link #createdAt()}.
     *
     * @return the creation instant
     */
    @Override
    public Instant createdInstant() {
        return createdAt;
    }

    /**
     * The last update's time: the same as {@link #updatedAt()}.
     *
     * @return the last update's instant
     */
    @Override
    public Instant updatedInstant() {
        return updatedAt;
    }

    /**
     * The first phone.
     *
     * @return it, or empty when the lead has none
     */
    public Optional<String> primaryPhone() {
        return phones.stream().findFirst();
    }

    /**
     * The first email.
     *
     * @return it, or empty when the lead has none
     */
    public Optional<String> primaryEmail() {
        return emails.stream().findFirst();
    }
}
