package dev.leadkit.autocalls;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.databind.ModelFormSerializer;
import dev.leadkit.core.internal.json.ModelJson;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The campaign a lead belongs to, as embedded in the lead. Its JSON form is its lead's: {@link #toJson()},
 * {@link #fromJson(String)}, and the same with Jackson 2 and 3.
 */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelFormSerializer.class)
public abstract class AutocallsCampaign {

    /** Implemented by Immutables only: leadkit makes every instance, immutable. */
    AutocallsCampaign() {
    }

    /**
     * Starts a campaign, e.g. for tests of your own code.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the campaign id} */
    public abstract String id();

    /** {@return the campaign's name, when sent} */
    public abstract Optional<String> name();

    /** {@return fields the API sent that this SDK version does not know, by name} */
    public abstract Map<String, JsonValue> additionalProperties();

    /** {@return this campaign in leadkit's JSON form, as a JSON object: what Jackson writes for it} */
    @com.fasterxml.jackson.annotation.JsonValue
    public JsonObject toJsonObject() {
        return ModelJson.writer()
                .string("id", id())
                .string("name", name())
                .object("additionalProperties", additionalProperties())
                .build();
    }

    /** {@return this campaign as leadkit's JSON text: {@code {"id":"1","name":"Solar","additionalProperties":{}}}} */
    public String toJson() {
        return toJsonObject().toJson();
    }

    /**
     * Reads a campaign from leadkit's JSON text, with the checks building one makes.
     *
     * @param json what {@link #toJson()} wrote
     * @return the campaign
     * @throws IllegalArgumentException if {@code json} is not a JSON object, lacks {@code id} or has a member of
     *     the wrong shape
     */
    public static AutocallsCampaign fromJson(String json) {
        return fromJson(ModelJson.parse(json, "AutocallsCampaign"));
    }

    /**
     * Reads a campaign from leadkit's JSON form, parsed already; how Jackson reads one.
     *
     * @param json what {@link #toJsonObject()} gave
     * @return the campaign
     * @throws IllegalArgumentException as {@link #fromJson(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AutocallsCampaign fromJson(JsonObject json) {
        ModelJson.Reader read = ModelJson.reader(json, "AutocallsCampaign");
        return builder()
                .id(read.requiredString("id"))
                .name(read.string("name"))
                .additionalProperties(read.object("additionalProperties"))
                .build();
    }

    /** Builds {@link AutocallsCampaign}s. */
    public static final class Builder extends ImmutableAutocallsCampaign.Builder {

        Builder() {
        }
    }
}
