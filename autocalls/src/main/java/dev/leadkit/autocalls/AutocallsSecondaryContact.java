package dev.leadkit.autocalls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.databind.ModelDeserializer;
import dev.leadkit.core.internal.databind.ModelSerializer;
import dev.leadkit.core.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Another phone number of the same person, called when the lead's own number does not answer. */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
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

    @Override
    public abstract String id();

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

    @Override
    public abstract Map<String, JsonValue> additionalProperties();

    /** Builds {@link AutocallsSecondaryContact}s. */
    public static final class Builder extends ImmutableAutocallsSecondaryContact.Builder {

        Builder() {
        }
    }
}
