package dev.leadkit.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.internal.http.MalformedBodyException;
import java.util.Optional;

/**
 * Tolerant readers for fields of a JSON tree: for error bodies, which are small and read off the hot path
 * (pages are read token by token, with {@link JsonValues}). {@code null} and absent read alike.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** Whether the field is absent or JSON {@code null}. */
    public static boolean isMissing(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** A string, number or boolean field as text; empty when absent or null. */
    public static Optional<String> text(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (isMissing(node)) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            throw new MalformedBodyException("field '" + field + "' should be a string but is " + node.getNodeType());
        }
        return Optional.of(node.asText());
    }
}
