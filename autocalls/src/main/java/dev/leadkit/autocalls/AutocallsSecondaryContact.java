package dev.leadkit.autocalls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.internal.databind.ModelDeserializer;
import dev.leadkit.core.internal.databind.ModelSerializer;
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

    /** Builds {@link AutocallsSecondaryContact}s. */
    public static final class Builder extends ImmutableAutocallsSecondaryContact.Builder {

        Builder() {
        }
    }
}
