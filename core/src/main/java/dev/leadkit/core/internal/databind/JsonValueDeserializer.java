package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import dev.leadkit.core.internal.json.JsonTrees;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@link JsonValue} (or one of its shapes) with Jackson, numbers with the digits and scale they
 * were written with; named by the annotations on the JSON types, so a plain {@code ObjectMapper} needs no
 * module for them. A value of another shape than the one asked for fails.
 */
public final class JsonValueDeserializer extends StdDeserializer<JsonValue> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    /** Made by Jackson, from the annotation: reads any value. */
    public JsonValueDeserializer() {
        this(JsonValue.class);
    }

    private JsonValueDeserializer(Class<?> shape) {
        super(shape);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType type = context.getContextualType() != null ? context.getContextualType()
                : property != null ? property.getType() : null;
        return type == null || type.getRawClass() == handledType() ? this : new JsonValueDeserializer(type.getRawClass());
    }

    /** With the caller's type ids (a mapper with default typing): the shape named, read as that shape. */
    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
            throws IOException {
        return types.deserializeTypedFromAny(parser, context);
    }

    @Override
    public JsonValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken current = parser.currentToken();
        JsonValue value = current == JsonToken.FIELD_NAME || current == JsonToken.END_OBJECT ? restOfObject(parser)
                : JsonTrees.read(parser);
        if (!handledType().isInstance(value)) {
            return (JsonValue) context.handleUnexpectedToken(handledType(), parser);
        }
        return value;
    }

    /**
     * An object whose start Jackson has read already, the parser on its next member or its end: how Jackson hands
     * over an object after reading a type id sent as a property ({@code As.PROPERTY}).
     */
    private static JsonObject restOfObject(JsonParser parser) throws IOException {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (String name = parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null; name != null;
                name = parser.nextFieldName()) {
            parser.nextToken();
            members.put(name, JsonTrees.read(parser));
        }
        return new JsonObject(members);
    }

    @Override
    public JsonValue getNullValue(DeserializationContext context) {
        return handledType().isInstance(JsonNull.INSTANCE) ? JsonNull.INSTANCE : null;
    }
}
