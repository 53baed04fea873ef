package dev.leadkit.orgleads;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.Lead;
import dev.leadkit.core.Platform;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.databind.ModelDeserializer;
import dev.leadkit.core.internal.databind.ModelSerializer;
import dev.leadkit.core.json.JsonValue;
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
 * lead.name();             // Optional[Acme Co - Jane Doe]
 * lead.primaryPhone();     // Optional[+14155550101]
 * lead.status();           // OrgLeadStatus.QUALIFIED
 * lead.nextCallAt();       // Optional[2026-05-02T10:30:00Z]
 * lead.assignedToId();     // Optional.empty() when nobody owns it
 * }</pre>
 *
 * <p>The vendor always sends {@code name}, {@code createdAt} and {@code updatedAt}, and a page whose lead
 * lacks one fails to decode; they are {@link Optional}s, as in every lead's {@link Lead} view, so that
 * {@link #name()} is empty for a blank name.
 *
 * <p>Immutable all the way down; with Jackson, a lead writes as leadkit's own JSON and reads back equal.
 */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
public abstract class OrgLead implements Lead {

    /** Nexus ERP's CRM: {@code orgleads}. */
    public static final Platform PLATFORM = new Platform("orgleads", "Nexus ERP");

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    OrgLead() {
    }

    /**
     * Starts a lead, e.g. for tests of your own code.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the lead's id ({@code id})} */
    @Override
    public abstract String id();

    /** {@return the contact's name ({@code name}), e.g. {@code "Acme Co - Jane Doe"}; empty only when the vendor sent a blank one} */
    @Override
    public abstract Optional<String> name();

    /** {@return normalised phone numbers in E.164 ({@code phones}), primary first; empty when there are none} */
    @Override
    public abstract List<String> phones();

    /** {@return normalised, lowercased email addresses ({@code emails}), primary first; empty when there are none} */
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

    /** {@return the status string exactly as the API sent it ({@code status}), e.g. {@code "QUALIFIED"}} */
    @Override
    public abstract String statusValue();

    /** {@return free-text notes ({@code notes}), when set} */
    public abstract Optional<String> notes();

    /**
     * {@return when the next call is scheduled ({@code nextCallAt}), when one is} The listing is ordered by
     * it, and it changes as calls are scheduled: see {@link OrgLeadsClient} on reading a long listing.
     */
    public abstract Optional<Instant> nextCallAt();

    /** {@return when the lead was created ({@code createdAt}); always sent} */
    @Override
    public abstract Optional<Instant> createdAt();

    /** {@return when the lead was last updated ({@code updatedAt}); always sent} */
    @Override
    public abstract Optional<Instant> updatedAt();

    /** {@return the id of the OrgMember who owns the lead ({@code assignedToId}); empty when nobody does} */
    public abstract Optional<String> assignedToId();

    /** {@return the id of the Client this lead is linked to ({@code clientId}), when it is linked} */
    public abstract Optional<String> clientId();

    /** {@return fields the API sent that this SDK version does not know, by name, in the vendor's order} */
    public abstract Map<String, JsonValue> additionalProperties();

    /** {@return the status as an enum; {@link OrgLeadStatus#UNKNOWN} for a status this SDK does not know} */
    public OrgLeadStatus status() {
        return OrgLeadStatus.fromValue(statusValue());
    }

    /** {@return {@link #PLATFORM}} */
    @Override
    public final Platform platform() {
        return PLATFORM;
    }

    /** Builds {@link OrgLead}s. */
    public static final class Builder extends ImmutableOrgLead.Builder {

        Builder() {
        }
    }
}
