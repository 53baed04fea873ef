package dev.leadkit.orgleads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.Lead;
import dev.leadkit.core.Platform;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.databind.ModelFormSerializer;
import dev.leadkit.core.internal.json.ModelJson;
import dev.leadkit.core.json.JsonObject;
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
 * <p>Immutable all the way down. It has one JSON form, leadkit's own ({@link #toJson()}), which
 * {@link #fromJson(String)} reads back equal, and which Jackson 2's {@code ObjectMapper} and Jackson 3's
 * {@code JsonMapper} write and read too, with no module: {@code mapper.readValue(json, OrgLead.class)}.
 */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelFormSerializer.class)
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

    /**
     * {@return this lead in leadkit's JSON form, as a JSON object} What {@link #toJson()} writes, and what Jackson
     * writes for the lead.
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public JsonObject toJsonObject() {
        return ModelJson.writer()
                .string(ModelJson.PLATFORM, PLATFORM.id())
                .string("id", id())
                .string("name", name())
                .strings("phones", phones())
                .strings("emails", emails())
                .string("primaryPhone", primaryPhone())
                .string("primaryEmail", primaryEmail())
                .string("contactId", contactId())
                .string("company", company())
                .string("source", source())
                .string("statusValue", statusValue())
                .string("notes", notes())
                .instant("nextCallAt", nextCallAt())
                .instant("createdAt", createdAt())
                .instant("updatedAt", updatedAt())
                .string("assignedToId", assignedToId())
                .string("clientId", clientId())
                .object("additionalProperties", additionalProperties())
                .build();
    }

    /**
     * {@return this lead as leadkit's JSON text} {@code {"platform":"orgleads","id":...}}: every attribute under its
     * accessor's name, in the order declared here, an absent optional left out. Read it back with
     * {@link #fromJson(String)}.
     */
    public String toJson() {
        return toJsonObject().toJson();
    }

    /**
     * Reads a lead from leadkit's JSON text, with the checks building one makes.
     *
     * @param json what {@link #toJson()} wrote; members it does not know are ignored
     * @return the lead, equal to the one that wrote {@code json}
     * @throws IllegalArgumentException if {@code json} is not a JSON object, lacks a required member, has a
     *     member of the wrong shape, or names another platform than {@code orgleads}
     */
    public static OrgLead fromJson(String json) {
        return fromJson(ModelJson.parse(json, "OrgLead"));
    }

    /**
     * Reads a lead from leadkit's JSON form, parsed already; how Jackson reads one.
     *
     * @param json what {@link #toJsonObject()} gave
     * @return the lead
     * @throws IllegalArgumentException as {@link #fromJson(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrgLead fromJson(JsonObject json) {
        ModelJson.Reader read = ModelJson.reader(json, "OrgLead").platform(PLATFORM);
        return builder()
                .id(read.requiredString("id"))
                .name(read.string("name"))
                .phones(read.strings("phones"))
                .emails(read.strings("emails"))
                .primaryPhone(read.string("primaryPhone"))
                .primaryEmail(read.string("primaryEmail"))
                .contactId(read.requiredString("contactId"))
                .company(read.string("company"))
                .source(read.string("source"))
                .statusValue(read.requiredString("statusValue"))
                .notes(read.string("notes"))
                .nextCallAt(read.instant("nextCallAt"))
                .createdAt(read.instant("createdAt"))
                .updatedAt(read.instant("updatedAt"))
                .assignedToId(read.string("assignedToId"))
                .clientId(read.string("clientId"))
                .additionalProperties(read.object("additionalProperties"))
                .build();
    }

    /** Builds {@link OrgLead}s. */
    public static final class Builder extends ImmutableOrgLead.Builder {

        Builder() {
        }
    }
}
