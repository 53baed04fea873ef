package dev.leadkit.autocalls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.internal.LeadkitStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Another phone number of the same person, called when the lead's own number does not answer. */
@Value.Immutable
@LeadkitStyle
public abstract class AutocallsSecondaryContact implements AutocallsContact {

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
    public abstract Map<String, JsonNode> variables();

    @Override
    public abstract String statusValue();

    @Override
    public abstract Optional<Instant> createdAt();

    @Override
    public abstract Optional<Instant> updatedAt();

    @Override
    public abstract Map<String, JsonNode> additionalProperties();

    /** Builds {@link AutocallsSecondaryContact}s. */
    public static final class Builder extends ImmutableAutocallsSecondaryContact.Builder {
    }
}
