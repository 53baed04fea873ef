package dev.leadkit.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.databind.JsonValueDeserializer;
import dev.leadkit.core.internal.databind.JsonValueSerializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueDeserializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueSerializer;

/**
 * JSON {@code null}, as a value: a variable sent as {@code null} is kept as {@link #INSTANCE}, never as a
 * Java {@code null}. Every {@code JsonNull} equals every other.
 */
@JsonSerialize(using = JsonValueSerializer.class)
@JsonDeserialize(using = JsonValueDeserializer.class)
@tools.jackson.databind.annotation.JsonSerialize(using = Jackson3JsonValueSerializer.class)
@tools.jackson.databind.annotation.JsonDeserialize(using = Jackson3JsonValueDeserializer.class)
public record JsonNull() implements JsonValue {

    /** JSON {@code null}. */
    public static final JsonNull INSTANCE = new JsonNull();

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    public String toJson() {
        return "null";
    }

    /** {@return {@code null}, as {@link #toJson()}} */
    @Override
    public String toString() {
        return "null";
    }
}
