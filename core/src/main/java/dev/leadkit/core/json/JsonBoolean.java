package dev.leadkit.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.databind.JsonValueDeserializer;
import dev.leadkit.core.internal.databind.JsonValueSerializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueDeserializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueSerializer;
import java.util.Optional;

/**
 * JSON {@code true} or {@code false}. Get one with {@link JsonValue#of(boolean)}.
 *
 * @param value the boolean
 */
@JsonSerialize(using = JsonValueSerializer.class)
@JsonDeserialize(using = JsonValueDeserializer.class)
@tools.jackson.databind.annotation.JsonSerialize(using = Jackson3JsonValueSerializer.class)
@tools.jackson.databind.annotation.JsonDeserialize(using = Jackson3JsonValueDeserializer.class)
public record JsonBoolean(boolean value) implements JsonValue {

    /** {@code true}. */
    public static final JsonBoolean TRUE = new JsonBoolean(true);
    /** {@code false}. */
    public static final JsonBoolean FALSE = new JsonBoolean(false);

    @Override
    public Optional<Boolean> asBoolean() {
        return Optional.of(value);
    }

    @Override
    public String toJson() {
        return value ? "true" : "false";
    }

    /** {@return the JSON text, as {@link #toJson()}} */
    @Override
    public String toString() {
        return toJson();
    }
}
