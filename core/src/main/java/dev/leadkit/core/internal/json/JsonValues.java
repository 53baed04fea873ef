package dev.leadkit.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

/**
 * Tolerant readers for the value a {@link JsonParser} stands on, so a dialect decodes a page straight from
 * the parser's tokens, with no tree of the whole body in between. {@code null} reads as absent, ids read as
 * numbers or strings, PHP's empty {@code []} reads as an empty object; a value of the wrong kind fails with a
 * {@link MalformedBodyException} naming the field.
 *
 * <p>Every method expects the parser on the value's first token (just after {@code nextToken()} past the
 * field name) and leaves it on the value's last token, so the caller's {@code nextFieldName()} loop goes on.
 * A decoder reads an object like this:
 * <pre>{@code
 * for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
 *     parser.nextToken();
 *     switch (field) {
 *         case "id" -> id = JsonValues.id(parser, field);
 *         case "status" -> lead.statusValue(JsonValues.text(parser, field).orElse(""));
 *         default -> unknown = JsonValues.putUnknown(unknown, field, parser);
 *     }
 * }
 * }</pre>
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** Whether the parser stands on JSON {@code null}. */
    public static boolean isNull(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** A string, number or boolean as text (a number exactly as written); empty when {@code null}. */
    public static Optional<String> text(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (!token.isScalarValue()) {
            throw new MalformedBodyException("field '" + field + "' should be a string but is " + kind(token));
        }
        return Optional.of(parser.getText());
    }

    /** A required string, number or boolean as text; {@code null} fails as missing. */
    public static String requiredText(JsonParser parser, String field) throws IOException {
        return text(parser, field).orElseThrow(() -> missing(field));
    }

    /** An id sent as a number ({@code 1}) or a string ({@code "1"}), as text; {@code null} fails as missing. */
    public static String id(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            throw missing(field);
        }
        throw new MalformedBodyException("field '" + field + "' should be an integer or a string but is " + JsonTrees.read(parser));
    }

    /** An integer sent as a number or a numeric string; empty when {@code null}. */
    public static OptionalLong longValue(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return OptionalLong.empty();
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            try {
                return OptionalLong.of(parser.getLongValue());
            } catch (InputCoercionException e) {
                throw new MalformedBodyException("field '" + field + "' is out of range: " + parser.getText(), e);
            }
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            try {
                return OptionalLong.of(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                throw new MalformedBodyException("field '" + field + "' should be an integer but is \"" + text + "\"", e);
            }
        }
        throw new MalformedBodyException("field '" + field + "' should be an integer but is " + JsonTrees.read(parser));
    }

    /** A boolean; empty when {@code null}. */
    public static Optional<Boolean> bool(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (token.isBoolean()) {
            return Optional.of(token == JsonToken.VALUE_TRUE);
        }
        throw new MalformedBodyException("field '" + field + "' should be a boolean but is " + JsonTrees.read(parser));
    }

    /**
     * A number, exactly as written, or a numeric string; empty when {@code null} or a blank string. Either has
     * at most the parser's cap of digits ({@link JsonNumbers}).
     */
    public static Optional<BigDecimal> decimal(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (token.isNumeric()) {
            return Optional.of(JsonNumbers.read(parser));
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(JsonNumbers.parse(text, parser));
            } catch (NumberFormatException e) {
                throw new MalformedBodyException("field '" + field + "' should be a number but is \""
                        + JsonNumbers.shown(text) + "\"", e);
            }
        }
        throw new MalformedBodyException("field '" + field + "' should be a number but is " + kind(token));
    }

    /** A timestamp in any shape {@link Timestamps} reads; empty when {@code null} or blank. */
    public static Optional<Instant> instant(JsonParser parser, String field, ZoneId zone) throws IOException {
        Optional<String> text = text(parser, field);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Timestamps.parse(text.get(), zone));
        } catch (DateTimeException e) {
            throw new MalformedBodyException("field '" + field + "' is not a timestamp: \"" + text.get() + "\"", e);
        }
    }

    /** A timestamp that must be there; {@code null} or blank fails as missing. */
    public static Instant requiredInstant(JsonParser parser, String field, ZoneId zone) throws IOException {
        return instant(parser, field, zone).orElseThrow(() -> missing(field));
    }

    /** A list of strings, {@code null} elements left out; empty when {@code null}. An object or array element fails. */
    public static List<String> textList(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw new MalformedBodyException("field '" + field + "' should be an array but is " + kind(token));
        }
        List<String> values = new ArrayList<>();
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            if (element == JsonToken.VALUE_NULL) {
                continue;
            }
            if (!element.isScalarValue()) {
                throw new MalformedBodyException("field '" + field + "' should hold strings but one element is " + kind(element));
            }
            values.add(parser.getText());
        }
        return values;
    }

    /**
     * Hands each member of a JSON object to {@code sink}, in order, so it goes straight into a builder; an
     * empty array ({@code []}, how PHP writes an empty map) and {@code null} hand over nothing.
     */
    public static void members(JsonParser parser, String field, BiConsumer<String, JsonValue> sink) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.END_ARRAY) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new MalformedBodyException("field '" + field + "' should be an object but is " + kind(token));
        }
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            sink.accept(name, JsonTrees.read(parser));
        }
    }

    /**
     * Adds a member the dialect does not know to {@code unknown}, created on the first one so the common
     * lead with no unknown fields allocates no map.
     *
     * @return the map, to be passed back for the next unknown member
     */
    public static Map<String, JsonValue> putUnknown(Map<String, JsonValue> unknown, String field, JsonParser parser)
            throws IOException {
        Map<String, JsonValue> members = unknown == null ? new LinkedHashMap<>() : unknown;
        members.put(field, JsonTrees.read(parser));
        return members;
    }

    /** The members {@link #putUnknown} collected, or an empty map. */
    public static Map<String, JsonValue> unknownOrEmpty(Map<String, JsonValue> unknown) {
        return unknown == null ? Map.of() : unknown;
    }

    /** Requires the parser on the start of an object: {@code what} names the value in the message. */
    public static void requireObject(JsonParser parser, String what) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw new MalformedBodyException("each " + what + " should be an object but one is " + kind(token));
        }
    }

    /** {@code value}, read earlier from a required field; fails as missing when the field never came or was {@code null}. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    /** A required field that was absent or {@code null}. */
    public static MalformedBodyException missing(String field) {
        return new MalformedBodyException("required field '" + field + "' is missing");
    }

    /** The kind of value a token starts, in the words of Jackson's {@code JsonValueType}. */
    public static String kind(JsonToken token) {
        if (token == null) {
            return "MISSING";
        }
        switch (token) {
            case START_OBJECT:
                return "OBJECT";
            case START_ARRAY:
                return "ARRAY";
            case VALUE_STRING:
                return "STRING";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "NUMBER";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "BOOLEAN";
            case VALUE_NULL:
                return "NULL";
            default:
                return token.name();
        }
    }
}
