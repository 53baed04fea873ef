package dev.leadkit.testkit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead held by an {@link AutocallsSandbox}, as the vendor stores it. The sandbox writes it out exactly as
 * the vendor's example does; use it to assert what a client decoded.
 *
 * @param id                the lead id
 * @param campaignId        its campaign's id
 * @param campaignName      its campaign's name
 * @param phoneNumber       E.164
 * @param variables         the lead's variables; the sandbox sets {@code customer_name} and {@code email},
 *                          as the vendor's examples do
 * @param status            the raw status, e.g. {@code completed}
 * @param createdAt         creation time, in the account's time zone (no offset on the wire)
 * @param updatedAt         last update, same zone
 * @param secondaryContacts the secondary contacts, often none
 */
public record AutocallsSandboxLead(long id, long campaignId, String campaignName, String phoneNumber,
                                   Map<String, String> variables, String status, LocalDateTime createdAt,
                                   LocalDateTime updatedAt, List<SecondaryContact> secondaryContacts)
        implements SandboxLead {

    /**
     * Checks for nulls and copies the collections.
     *
     * @param id                the lead id
     * @param campaignId        its campaign's id
     * @param campaignName      its campaign's name
     * @param phoneNumber       E.164
     * @param variables         the lead's variables; the sandbox sets {@code customer_name} and {@code email},
     *                          as the vendor's examples do
     * @param status            the raw status, e.g. {@code completed}
     * @param createdAt         creation time, in the account's time zone (no offset on the wire)
     * @param updatedAt         last update, same zone
     * @param secondaryContacts the secondary contacts, often none
     */
    public AutocallsSandboxLead {
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
        secondaryContacts = List.copyOf(secondaryContacts);
    }

    /**
     * The id as the vendor's JSON carries it, in decimal.
     *
     * @return {@link #id()} as text
     */
    @Override
    public String leadId() {
        return Long.toString(id);
    }

    /**
     * {@link #createdAt()} as an instant: the sandbox writes its timestamps in UTC, whole seconds.
     *
     * @return the creation instant
     */
    @Override
    public Instant createdInstant() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    /**
     * {@link #updatedAt()} as an instant: the sandbox writes its timestamps in UTC, whole seconds.
     *
     * @return the last update's instant
     */
    @Override
    public Instant updatedInstant() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }

    /**
     * The {@code customer_name} variable.
     *
     * @return the name, if the lead has one
     */
    public Optional<String> customerName() {
        return Optional.ofNullable(variables.get("customer_name"));
    }

    /**
     * The {@code email} variable.
     *
     * @return the email, if the lead has one
     */
    public Optional<String> email() {
        return Optional.ofNullable(variables.get("email"));
    }

    /**
     * A secondary contact of a lead.
     *
     * @param id          the contact's id (a lead id on the vendor's side)
     * @param phoneNumber E.164
     * @param variables   its variables
     * @param status      its raw status
     * @param createdAt   creation time, account zone
     * @param updatedAt   last update, account zone
     */
    public record SecondaryContact(long id, String phoneNumber, Map<String, String> variables, String status,
                                   LocalDateTime createdAt, LocalDateTime updatedAt) {

        /**
         * Checks for nulls and copies the map.
         *
         * @param id          the contact's id (a lead id on the vendor's side)
         * @param phoneNumber E.164
         * @param variables   its variables
         * @param status      its raw status
         * @param createdAt   creation time, account zone
         * @param updatedAt   last update, account zone
         */
        public SecondaryContact {
            Objects.requireNonNull(phoneNumber, "phoneNumber");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
            variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
        }
    }
}
