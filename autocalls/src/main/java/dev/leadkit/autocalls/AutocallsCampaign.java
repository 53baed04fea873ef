package dev.leadkit.autocalls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.databind.ModelDeserializer;
import dev.leadkit.core.internal.databind.ModelSerializer;
import dev.leadkit.core.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The campaign a lead belongs to, as embedded in the lead. */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
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

    /** Builds {@link AutocallsCampaign}s. */
    public static final class Builder extends ImmutableAutocallsCampaign.Builder {

        Builder() {
        }
    }
}
