package dev.leadkit.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.databind.JsonValueDeserializer;
import dev.leadkit.core.internal.databind.JsonValueSerializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueDeserializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueSerializer;
import dev.leadkit.core.internal.json.JsonEquality;
import dev.leadkit.core.internal.json.JsonText;
import java.util.List;
import java.util.Optional;

/**
 * A JSON array: elements in order, unmodifiable.
 *
 * <pre>{@code
 * JsonArray tags = new JsonArray(List.of(JsonValue.of("vip"), JsonValue.of(3)));
 * tags.elements().get(0).asString();    // Optional[vip]
 * }</pre>
 *
 * @param elements the elements in order; unmodifiable
 */
@JsonSerialize(using = JsonValueSerializer.class)
@JsonDeserialize(using = JsonValueDeserializer.class)
@tools.jackson.databind.annotation.JsonSerialize(using = Jackson3JsonValueSerializer.class)
@tools.jackson.databind.annotation.JsonDeserialize(using = Jackson3JsonValueDeserializer.class)
public record JsonArray(List<JsonValue> elements) implements JsonValue {

    /**
     * An array of {@code elements}, in their order.
     *
     * @param elements the elements, copied; none may be null (use {@link JsonNull#INSTANCE})
     * @throws NullPointerException if the list or an element is null
     */
    public JsonArray {
        elements = List.copyOf(elements);
    }

    @Override
    public Optional<List<JsonValue>> asArray() {
        return Optional.of(elements);
    }

    @Override
    public String toJson() {
        return JsonText.write(this);
    }

    /**
     * Whether {@code other} is an array with the same content at every level, its elements in the same order. Compared by a loop,
     * not recursion: a value nested any depth compares on any thread's stack.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray that && JsonEquality.equal(this, that);
    }

    /** {@return a hash code consistent with {@link #equals}, computed by a loop as {@code equals} is} */
    @Override
    public int hashCode() {
        return JsonEquality.hash(this);
    }

    /** {@return the JSON text, as {@link #toJson()}} */
    @Override
    public String toString() {
        return toJson();
    }
}
