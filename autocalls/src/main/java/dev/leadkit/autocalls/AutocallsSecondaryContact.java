package dev.leadkit.autocalls;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.databind.ModelFormSerializer;
import dev.leadkit.core.internal.json.ModelJson;
import dev.leadkit.core.json.JsonObject;
import org.immutables.value.Value;

/**
 * Another phone number of the same person, called when the lead's own number does not answer. Its JSON form is
 * its lead's: {@link #toJson()}, {@link #fromJson(String)}, and the same with Jackson 2 and 3.
 */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelFormSerializer.class)
public abstract class AutocallsSecondaryContact implements AutocallsContact {

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    AutocallsSecondaryContact() {
    }

    /**
     * Starts a secondary contact, e.g. for tests of your own code.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return this contact in leadkit's JSON form, as a JSON object: what Jackson writes for it} */
    @com.fasterxml.jackson.annotation.JsonValue
    public JsonObject toJsonObject() {
        return ModelJson.writer()
                .string("id", id())
                .string("phoneNumber", phoneNumber())
                .object("variables", variables())
                .string("statusValue", statusValue())
                .instant("createdAt", createdAt())
                .instant("updatedAt", updatedAt())
                .object("additionalProperties", additionalProperties())
                .build();
    }

    /** {@return this contact as leadkit's JSON text: {@code {"id":"2","phoneNumber":"+1234567899",...}}} */
    public String toJson() {
        return toJsonObject().toJson();
    }

    /**
     * Reads a contact from leadkit's JSON text, with the checks building one makes.
     *
     * @param json what {@link #toJson()} wrote
     * @return the contact
     * @throws IllegalArgumentException if {@code json} is not a JSON object, lacks a required member or has a
     *     member of the wrong shape
     */
    public static AutocallsSecondaryContact fromJson(String json) {
        return fromJson(ModelJson.parse(json, "AutocallsSecondaryContact"));
    }

    /**
     * Reads a contact from leadkit's JSON form, parsed already; how Jackson reads one.
     *
     * @param json what {@link #toJsonObject()} gave
     * @return the contact
     * @throws IllegalArgumentException as {@link #fromJson(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AutocallsSecondaryContact fromJson(JsonObject json) {
        ModelJson.Reader read = ModelJson.reader(json, "AutocallsSecondaryContact");
        return builder()
                .id(read.requiredString("id"))
                .phoneNumber(read.requiredString("phoneNumber"))
                .variables(read.object("variables"))
                .statusValue(read.requiredString("statusValue"))
                .createdAt(read.instant("createdAt"))
                .updatedAt(read.instant("updatedAt"))
                .additionalProperties(read.object("additionalProperties"))
                .build();
    }

    /** Builds {@link AutocallsSecondaryContact}s. */
    public static final class Builder extends ImmutableAutocallsSecondaryContact.Builder {

        Builder() {
        }
    }
}
