package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.LeadkitStyle;
import java.util.List;
import org.immutables.value.Value;

/** A model holding a required nested model and a list of them. */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
public abstract class SampleAssignment {

    SampleAssignment() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public abstract String id();

    public abstract SampleCampaign campaign();

    public abstract List<SampleCampaign> others();

    public static final class Builder extends ImmutableSampleAssignment.Builder {

        Builder() {
        }
    }
}
