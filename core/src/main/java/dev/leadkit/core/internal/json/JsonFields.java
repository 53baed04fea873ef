package dev.leadkit.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.internal.http.MalformedBodyException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tolerant readers for fields of a vendor's JSON object: {@code null} and absent read alike, ids read as
 * numbers or strings, PHP's empty {@code []} reads as an empty object. A value of the wrong kind fails
 * with a {@link MalformedBodyException} naming the field.
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

    /** A required string, number or boolean field as text. */
    public static String requiredText(JsonNode object, String field) {
        return text(object, field).orElseThrow(() ->
                new MalformedBodyException("required field '" + field + "' is missing"));
    }

    /** An id sent as a number ({@code 1}) or a string ({@code "1"}), as text. */
    public static String requiredId(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (isMissing(node)) {
            throw new MalformedBodyException("required field '" + field + "' is missing");
        }
        if (node.isIntegralNumber() || node.isTextual()) {
            return node.asText();
        }
        throw new MalformedBodyException("field '" + field + "' should be an integer or a string but is " + node);
    }

    /** An integer sent as a number or a numeric string; empty when absent or null. */
    public static OptionalLong longValue(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (isMissing(node)) {
            return OptionalLong.empty();
        }
        if (node.isIntegralNumber()) {
            return OptionalLong.of(node.asLong());
        }
        if (node.isTextual()) {
            try {
                return OptionalLong.of(Long.parseLong(node.asText().strip()));
            } catch (NumberFormatException e) {
                throw new MalformedBodyException("field '" + field + "' should be an integer but is \"" + node.asText() + "\"", e);
            }
        }
        throw new MalformedBodyException("field '" + field + "' should be an integer but is " + node);
    }

    /** A boolean; empty when absent or null. */
    public static Optional<Boolean> bool(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (isMissing(node)) {
            return Optional.empty();
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        throw new MalformedBodyException("field '" + field + "' should be a boolean but is " + node);
    }

    /** A timestamp in any shape {@link Timestamps} reads; empty when absent, null or blank. */
    public static Optional<Instant> instant(JsonNode object, String field, ZoneId zone) {
        Optional<String> text = text(object, field).filter(t -> !t.isBlank());
        try {
            return text.map(t -> Timestamps.parse(t, zone));
        } catch (DateTimeException e) {
            throw new MalformedBodyException("field '" + field + "' is not a timestamp: \"" + text.get() + "\"", e);
        }
    }

    /** A list of strings; empty when absent or null. */
    public static List<String> textList(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (isMissing(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new MalformedBodyException("field '" + field + "' should be an array but is " + node.getNodeType());
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!isMissing(element)) {
                values.add(element.asText());
            }
        }
        return values;
    }

    /**
     * A JSON object as an ordered map of its members; an empty array ({@code []}, how PHP writes an empty
     * map), absent or null read as an empty map.
     */
    public static Map<String, JsonNode> objectMap(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (isMissing(node) || (node.isArray() && node.isEmpty())) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new MalformedBodyException("field '" + field + "' should be an object but is " + node.getNodeType());
        }
        Map<String, JsonNode> members = new LinkedHashMap<>();
        node.properties().forEach(e -> members.put(e.getKey(), e.getValue()));
        return members;
    }

    /** The members of {@code object} whose names are not in {@code known}, in order: the fields an SDK of today does not know. */
    public static Map<String, JsonNode> unknownFields(JsonNode object, java.util.Set<String> known) {
        Map<String, JsonNode> unknown = null;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (!known.contains(member.getKey())) {
                if (unknown == null) {
                    unknown = new LinkedHashMap<>();
                }
                unknown.put(member.getKey(), member.getValue());
            }
        }
        return unknown == null ? Map.of() : unknown;
    }
}
