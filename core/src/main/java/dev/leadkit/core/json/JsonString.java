package dev.leadkit.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.databind.JsonValueDeserializer;
import dev.leadkit.core.internal.databind.JsonValueSerializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueDeserializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueSerializer;
import dev.leadkit.core.internal.json.JsonText;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON string. Create one with {@link JsonValue#of(String)}.
 *
 * @param value the characters, unescaped
 */
@JsonSerialize(using = JsonValueSerializer.class)
@JsonDeserialize(using = JsonValueDeserializer.class)
@tools.jackson.databind.annotation.JsonSerialize(using = Jackson3JsonValueSerializer.class)
@tools.jackson.databind.annotation.JsonDeserialize(using = Jackson3JsonValueDeserializer.class)
public record JsonString(String value) implements JsonValue {

    /**
     * A string of {@code value}'s characters.
     *
     * @param value the characters, unescaped
     * @throws NullPointerException if {@code value} is null
     */
    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<String> asString() {
        return Optional.of(value);
    }

    @Override
    public String toJson() {
        return JsonText.write(this);
    }

    /** {@return the JSON text, quoted and escaped, as {@link #toJson()}} */
    @Override
    public String toString() {
        return toJson();
    }
}
