package dev.leadkit.orgleads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.Lead;
import dev.leadkit.core.internal.LeadkitStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lead in Nexus ERP's CRM: a contact (name, phones, emails, company) with a status, an owner and the
 * time of its next scheduled call. Each field keeps the vendor's documented nullability: the
 * {@code string | null} fields are {@link Optional}s, the lists are never null.
 *
 * <pre>{@code
 * OrgLead lead = client.leads().list().stream().findFirst().orElseThrow();
 * lead.contactName();      // "Acme Co - Jane Doe"
 * lead.primaryPhone();     // Optional[+14155550101]
 * lead.status();           // OrgLeadStatus.QUALIFIED
 * lead.nextCallAt();       // Optional[2026-05-02T10:30:00Z]
 * lead.assignedToId();     // Optional.empty() when nobody owns it
 * }</pre>
 *
 * <p>The vendor's {@code name}, {@code createdAt} and {@code updatedAt} are always present, so they are
 * {@link #contactName()}, {@link #created()} and {@link #updated()} (plain values); the {@link Lead} view
 * offers them as the {@link Optional}s that view is made of: {@link #name()}, {@link #createdAt()},
 * {@link #updatedAt()}.
 */
@Value.Immutable
@LeadkitStyle
public abstract class OrgLead implements Lead {

    /**
     * Starts a lead, e.g. for tests of your own code.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The lead's id ({@code id}). */
    @Override
    public abstract String id();

    /** {@return the contact's name ({@code name}), e.g. {@code "Acme Co - Jane Doe"}; always sent} */
    public abstract String contactName();

    /** Normalised phone numbers in E.164 ({@code phones}), primary first; empty when there are none. */
    @Override
    public abstract List<String> phones();

    /** Normalised, lowercased email addresses ({@code emails}), primary first; empty when there are none. */
    @Override
    public abstract List<String> emails();

    /** {@return the first/primary phone ({@code primaryPhone}), empty when the vendor sends {@code null}} */
    public abstract Optional<String> primaryPhone();

    /** {@return the first/primary email ({@code primaryEmail}), empty when the vendor sends {@code null}} */
    public abstract Optional<String> primaryEmail();

    /** {@return the id of the underlying Contact record ({@code contactId})} */
    public abstract String contactId();

    /** {@return the company ({@code company}), when set} */
    public abstract Optional<String> company();

    /** {@return the free-text source label ({@code source}), e.g. {@code "website"}, {@code "referral"}, when set} */
    public abstract Optional<String> source();

    /** The status string exactly as the API sent it ({@code status}), e.g. {@code "QUALIFIED"}. */
    @Override
    public abstract String statusValue();

    /** {@return free-text notes ({@code notes}), when set} */
    public abstract Optional<String> notes();

    /**
     * {@return when the next call is scheduled ({@code nextCallAt}), when one is} The listing is ordered by it, and it
     * changes as calls are scheduled: see {@link OrgLeads#list(OrgLeadQuery)} on reading a long listing.
     */
    public abstract Optional<Instant> nextCallAt();

    /** {@return when the lead was created ({@code createdAt}); always sent} */
    public abstract Instant created();

    /** {@return when the lead was last updated ({@code updatedAt}); always sent} */
    public abstract Instant updated();

    /** {@return the id of the OrgMember who owns the lead ({@code assignedToId}); empty when nobody does} */
    public abstract Optional<String> assignedToId();

    /** {@return the id of the Client this lead is linked to ({@code clientId}), when it is linked} */
    public abstract Optional<String> clientId();

    /** {@return fields the API sent that this SDK version does not know, by name, in the vendor's order} */
    public abstract Map<String, JsonNode> additionalProperties();

    /** {@return the status as an enum; {@link OrgLeadStatus#UNKNOWN} for a status this SDK does not know} */
    public OrgLeadStatus status() {
        return OrgLeadStatus.fromValue(statusValue());
    }

    /** The {@link Lead} view of {@link #contactName()}: empty only when the vendor sent a blank name. */
    @Override
    public Optional<String> name() {
        return Optional.of(contactName()).filter(name -> !name.isBlank());
    }

    /** The {@link Lead} view of {@link #created()}: never empty. */
    @Override
    public Optional<Instant> createdAt() {
        return Optional.of(created());
    }

    /** The {@link Lead} view of {@link #updated()}: never empty. */
    @Override
    public Optional<Instant> updatedAt() {
        return Optional.of(updated());
    }

    /** Builds {@link OrgLead}s. */
    public static final class Builder extends ImmutableOrgLead.Builder {
    }
}
