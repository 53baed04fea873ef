package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.Lead;
import dev.leadkit.core.Platform;
import dev.leadkit.core.internal.LeadkitStyle;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A lead of core's own, shaped as the dialects' leads are (AutocallsLead's annotations, style and builder), with an
 * attribute of every type ValueCodec gives a JSON form: every scalar, optionals of them, enums, JSON values of any
 * shape and of one shape, lists, maps, and nested models, alone, optional and in a list.
 */
@Value.Immutable
@LeadkitStyle
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
public abstract class SampleLead implements Lead, SampleContact {

    public static final Platform PLATFORM = new Platform("sample", "Sample");

    SampleLead() {
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract String id();

    public abstract int score();

    public abstract long visits();

    public abstract boolean vip();

    public abstract Optional<Integer> rank();

    public abstract Optional<Long> views();

    public abstract Optional<Boolean> consent();

    public abstract BigDecimal value();

    public abstract Optional<BigDecimal> price();

    public abstract Instant receivedAt();

    @Override
    public abstract Optional<Instant> createdAt();

    @Override
    public abstract Optional<Instant> updatedAt();

    public abstract OptionalLong campaignId();

    public abstract OptionalInt attempts();

    @Override
    public abstract Optional<String> name();

    @Override
    public abstract List<String> phones();

    @Override
    public abstract List<String> emails();

    @Override
    public abstract String statusValue();

    public abstract SampleStatus status();

    public abstract Optional<SampleStatus> previousStatus();

    public abstract Map<String, JsonValue> variables();

    public abstract Map<String, List<String>> notes();

    public abstract JsonValue custom();

    public abstract Optional<JsonObject> extra();

    public abstract Optional<SampleCampaign> campaign();

    public abstract List<SampleCampaign> pastCampaigns();

    @Override
    public final Platform platform() {
        return PLATFORM;
    }

    /** {@return a derived value: a concrete method, not an attribute} */
    public String display() {
        return id() + " " + name().orElse("?");
    }

    @Value.Check
    void check() {
        if (score() < 0) {
            throw new IllegalStateException("score must not be negative, got " + score());
        }
    }

    public static final class Builder extends ImmutableSampleLead.Builder {

        Builder() {
        }
    }
}
