package dev.leadkit.autocalls;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A lead of the Autocalls platform (Autocalls, Aiployees, Sondos AI): a phone number to call, with the
 * variables it was uploaded with, its campaign and its secondary contacts.
 *
 * <pre>{@code
 * AutocallsLead lead = client.leads().list().stream().findFirst().orElseThrow();
 * lead.variables().get("plan");       // a JsonValue: {"name":"pro","seats":12}
 * lead.phoneNumber();                 // "+1234567890"
 * lead.variable("customer_name");     // Optional[John Doe]
 * lead.status();                      // AutocallsLeadStatus.CREATED
 * lead.campaign().map(AutocallsCampaign::name);
 * }</pre>
 *
 * <p>As a {@link Lead}: the API has no name or email field, so {@link #name()} reads the
 * {@code customer_name} variable and {@link #emails()} the {@code email} variables (the vendor's own
 * examples use these), and {@link #phones()} holds the lead's number, then its secondary contacts'.
 *
 * <p>Immutable all the way down (its variables and unknown fields are {@link JsonValue}s), so it can be
 * shared between threads and kept in sets. It has one JSON form, leadkit's own ({@link #toJson()}: its
 * {@code platform}, then every attribute under its accessor's name, timestamps as ISO-8601), which
 * {@link #fromJson(String)} reads back equal, and which Jackson 2's {@code ObjectMapper} and Jackson 3's
 * {@code JsonMapper} write and read too, with no module: {@code mapper.readValue(json, AutocallsLead.class)}.
 */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelFormSerializer.class)
public abstract class AutocallsLead implements Lead, AutocallsContact {

    /** The Autocalls platform: {@code autocalls}, whichever of its hosts (Autocalls, Aiployees, Sondos AI) served the lead. */
    public static final Platform PLATFORM = new Platform("autocalls", "Autocalls");

    /** The variable {@link #name()} reads. */
    public static final String NAME_VARIABLE = "customer_name";
    /** The variable {@link #emails()} reads. */
    public static final String EMAIL_VARIABLE = "email";

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    AutocallsLead() {
    }

    /**
     * Starts a lead, e.g. for tests of your own code.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract String id();

    /** {@return the id of the lead's campaign, when it has one} */
    public abstract OptionalLong campaignId();

    @Override
    public abstract String phoneNumber();

    @Override
    public abstract Map<String, JsonValue> variables();

    @Override
    public abstract String statusValue();

    @Override
    public abstract Optional<Instant> createdAt();

    @Override
    public abstract Optional<Instant> updatedAt();

    /** {@return the campaign, when the API embedded it (it may send {@code null})} */
    public abstract Optional<AutocallsCampaign> campaign();

    /** {@return the lead's secondary contacts; empty when there are none or the API left the field out} */
    public abstract List<AutocallsSecondaryContact> secondaryContacts();

    @Override
    public abstract Map<String, JsonValue> additionalProperties();

    /** {@return {@link #PLATFORM}} */
    @Override
    public final Platform platform() {
        return PLATFORM;
    }

    /** {@return the {@code customer_name} variable} */
    @Override
    public Optional<String> name() {
        return variable(NAME_VARIABLE);
    }

    /** {@return the lead's phone number, then its secondary contacts' numbers, without repeats} */
    @Override
    public List<String> phones() {
        Set<String> phones = new LinkedHashSet<>();
        phones.add(phoneNumber());
        secondaryContacts().forEach(contact -> phones.add(contact.phoneNumber()));
        return List.copyOf(phones);
    }

    /** {@return the lead's {@code email} variable, then its secondary contacts', without repeats} */
    @Override
    public List<String> emails() {
        Set<String> emails = new LinkedHashSet<>();
        variable(EMAIL_VARIABLE).ifPresent(emails::add);
        secondaryContacts().forEach(contact -> contact.variable(EMAIL_VARIABLE).ifPresent(emails::add));
        return List.copyOf(emails);
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
                .number("campaignId", campaignId())
                .string("phoneNumber", phoneNumber())
                .object("variables", variables())
                .string("statusValue", statusValue())
                .instant("createdAt", createdAt())
                .instant("updatedAt", updatedAt())
                .model("campaign", campaign().map(AutocallsCampaign::toJsonObject))
                .models("secondaryContacts", secondaryContacts().stream().map(AutocallsSecondaryContact::toJsonObject).toList())
                .object("additionalProperties", additionalProperties())
                .build();
    }

    /**
     * {@return this lead as leadkit's JSON text} {@code {"platform":"autocalls","id":"1","campaignId":1,...}}: every
     * attribute under its accessor's name, in the order declared here, an absent optional left out. Read it back
     * with {@link #fromJson(String)}.
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
     *     member of the wrong shape, or names another platform than {@code autocalls}
     */
    public static AutocallsLead fromJson(String json) {
        return fromJson(ModelJson.parse(json, "AutocallsLead"));
    }

    /**
     * Reads a lead from leadkit's JSON form, parsed already; how Jackson reads one.
     *
     * @param json what {@link #toJsonObject()} gave
     * @return the lead
     * @throws IllegalArgumentException as {@link #fromJson(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AutocallsLead fromJson(JsonObject json) {
        ModelJson.Reader read = ModelJson.reader(json, "AutocallsLead").platform(PLATFORM);
        Builder lead = builder();
        lead.id(read.requiredString("id"));
        lead.campaignId(read.number("campaignId"));
        lead.phoneNumber(read.requiredString("phoneNumber"));
        lead.variables(read.object("variables"));
        lead.statusValue(read.requiredString("statusValue"));
        lead.createdAt(read.instant("createdAt"));
        lead.updatedAt(read.instant("updatedAt"));
        lead.campaign(read.model("campaign", AutocallsCampaign::fromJson));
        lead.secondaryContacts(read.models("secondaryContacts", AutocallsSecondaryContact::fromJson));
        lead.additionalProperties(read.object("additionalProperties"));
        return lead.build();
    }

    /** Builds {@link AutocallsLead}s. */
    public static final class Builder extends ImmutableAutocallsLead.Builder {

        Builder() {
        }
    }
}
