package dev.leadkit.core.internal.databind3;

import dev.leadkit.core.internal.json.JsonBounds;
import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads a {@link JsonValue} (or one of its shapes) with Jackson 3, numbers with the digits and scale they were
 * written with; named by the Jackson 3 annotations on the JSON types, so a plain {@code JsonMapper} needs no module
 * for them, and a lead, whose {@code @JsonCreator} takes its {@link JsonObject} form, is read through it too. A
 * value of another shape than the one asked for fails, and so does one beyond {@link JsonBounds}, with Jackson's
 * own {@code MismatchedInputException}.
 */
public final class Jackson3JsonValueDeserializer extends StdDeserializer<JsonValue> {

    /** Made by Jackson, from the annotation: reads any value. */
    public Jackson3JsonValueDeserializer() {
        this(JsonValue.class);
    }

    private Jackson3JsonValueDeserializer(Class<?> shape) {
        super(shape);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType type = context.getContextualType() != null ? context.getContextualType()
                : property != null ? property.getType() : null;
        return type == null || type.getRawClass() == handledType() ? this : new Jackson3JsonValueDeserializer(type.getRawClass());
    }

    /** With the caller's type ids (a mapper with default typing): the shape named, read as that shape. */
    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types) {
        return types.deserializeTypedFromAny(parser, context);
    }

    @Override
    public JsonValue deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken current = parser.currentToken();
        // an object whose start Jackson has read already, as it does after a type id sent as a property
        JsonValue value = current == JsonToken.PROPERTY_NAME ? members(parser, context, 1, parser.currentName())
                : current == JsonToken.END_OBJECT ? JsonObject.empty()
                : read(parser, context, 1);
        if (!handledType().isInstance(value)) {
            return (JsonValue) context.handleUnexpectedToken(handledType(), parser);
        }
        return value;
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        return handledType().isInstance(JsonNull.INSTANCE) ? JsonNull.INSTANCE : null;
    }

    /** The value the parser stands on, {@code depth} levels deep, leaving the parser on its last token. */
    private static JsonValue read(JsonParser parser, DeserializationContext context, int depth) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return (JsonValue) context.handleUnexpectedToken(JsonValue.class, parser);
        }
        switch (token) {
            case START_OBJECT:
                return members(parser, context, depth, parser.nextName());
            case START_ARRAY: {
                deep(context, depth);
                List<JsonValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(parser, context, depth + 1));
                }
                return new JsonArray(elements);
            }
            case VALUE_STRING:
                return JsonValue.of(text(parser, context));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JsonValue.of(number(parser, context));
            case VALUE_TRUE:
                return JsonValue.of(true);
            case VALUE_FALSE:
                return JsonValue.of(false);
            case VALUE_NULL:
                return JsonNull.INSTANCE;
            default:
                return (JsonValue) context.handleUnexpectedToken(JsonValue.class, parser);
        }
    }

    /** An object's members from {@code first} on, its start read already. */
    private static JsonObject members(JsonParser parser, DeserializationContext context, int depth, String first) {
        deep(context, depth);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (String name = first; name != null; name = parser.nextName()) {
            if (name.length() > JsonBounds.MAX_STRING_LENGTH) {
                context.reportInputMismatch(JsonValue.class, "a member name of %d characters, more than %d",
                        name.length(), JsonBounds.MAX_STRING_LENGTH);
            }
            parser.nextToken();
            members.put(name, read(parser, context, depth + 1));
        }
        return members.isEmpty() ? JsonObject.empty() : new JsonObject(members);
    }

    private static void deep(DeserializationContext context, int depth) {
        if (depth > JsonBounds.MAX_DEPTH) {
            context.reportInputMismatch(JsonValue.class, "a JSON value nested deeper than %d levels", JsonBounds.MAX_DEPTH);
        }
    }

    private static String text(JsonParser parser, DeserializationContext context) {
        if (parser.getStringLength() > JsonBounds.MAX_STRING_LENGTH) {
            context.reportInputMismatch(JsonValue.class, "a string of %d characters, more than %d",
                    parser.getStringLength(), JsonBounds.MAX_STRING_LENGTH);
        }
        return parser.getString();
    }

    private static BigDecimal number(JsonParser parser, DeserializationContext context) {
        String text = parser.getString();
        if (text.length() > JsonBounds.MAX_NUMBER_LENGTH) {
            return context.reportInputMismatch(JsonValue.class, "a number of %d characters, more than %d",
                    text.length(), JsonBounds.MAX_NUMBER_LENGTH);
        }
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return BigDecimal.valueOf(parser.getLongValue());
        }
        try {
            return JsonBounds.decimal(text);
        } catch (NumberFormatException outOfRange) {
            return context.reportInputMismatch(JsonValue.class, "a number that no decimal holds, or of more than %d digits: %s",
                    JsonBounds.MAX_NUMBER_DIGITS, text);
        }
    }
}
