package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.LeadkitStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A nested model that is not a lead, as a lead's campaign is. */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
public abstract class SampleCampaign {

    SampleCampaign() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public abstract long id();

    public abstract String name();

    public abstract Optional<Instant> startsAt();

    public static final class Builder extends ImmutableSampleCampaign.Builder {

        Builder() {
        }
    }
}
