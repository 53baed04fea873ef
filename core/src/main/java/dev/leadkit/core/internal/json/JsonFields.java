package dev.leadkit.core.internal.json;

import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tolerant readers of an error body's members, which are small and read off the hot path (pages are read
 * token by token, with {@link JsonValues}). {@code null} and absent read alike; a member of an unexpected
 * shape reads as absent, since an error body is read for what it can tell, never to fail a second time.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** The member as an object, when it is one. */
    public static Optional<JsonObject> object(JsonValue body, String name) {
        return body.get(name).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    /** A string, number or boolean member as text (a number as written); empty when absent, null or not a scalar. */
    public static Optional<String> text(JsonValue body, String name) {
        return body.get(name).flatMap(JsonFields::scalarText);
    }

    /** A string, number or boolean as text; empty for null, objects and arrays. */
    public static Optional<String> scalarText(JsonValue value) {
        if (value instanceof JsonObject || value.asArray().isPresent() || value instanceof JsonNull) {
            return Optional.empty();
        }
        return Optional.of(value.asString().orElseGet(value::toJson));
    }

    /** Text, or each scalar element of an array as text; empty for anything else. */
    public static List<String> texts(JsonValue value) {
        List<String> texts = new ArrayList<>();
        value.asArray().ifPresentOrElse(
                elements -> elements.forEach(element -> scalarText(element).ifPresent(texts::add)),
                () -> scalarText(value).ifPresent(texts::add));
        return texts;
    }
}
