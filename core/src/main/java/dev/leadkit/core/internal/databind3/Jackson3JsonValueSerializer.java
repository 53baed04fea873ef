package dev.leadkit.core.internal.databind3;

import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonBoolean;
import dev.leadkit.core.json.JsonNumber;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonString;
import dev.leadkit.core.json.JsonValue;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link JsonValue} with Jackson 3 as the JSON it holds, numbers as their own text; named by the
 * Jackson 3 annotations on the JSON types, so a plain {@code JsonMapper} needs no module for them. A lead's
 * {@code @JsonValue} method gives its {@link JsonObject} form, so a lead is written through it too.
 */
public final class Jackson3JsonValueSerializer extends StdSerializer<JsonValue> {

    /** Made by Jackson, from the annotation. */
    public Jackson3JsonValueSerializer() {
        super(JsonValue.class);
    }

    @Override
    public void serialize(JsonValue value, JsonGenerator out, SerializationContext context) {
        write(value, out);
    }

    /** With the caller's type ids (a mapper with default typing): the shape's record type. */
    @Override
    public void serializeWithType(JsonValue value, JsonGenerator out, SerializationContext context, TypeSerializer types) {
        WritableTypeId typeId = types.writeTypePrefix(out, context, types.typeId(value, value.getClass(), shape(value)));
        if (value instanceof JsonObject) {
            writeMembers((JsonObject) value, out);
        } else if (value instanceof JsonArray) {
            writeElements((JsonArray) value, out);
        } else {
            write(value, out);
        }
        types.writeTypeSuffix(out, context, typeId);
    }

    private static JsonToken shape(JsonValue value) {
        if (value instanceof JsonObject) {
            return JsonToken.START_OBJECT;
        }
        if (value instanceof JsonArray) {
            return JsonToken.START_ARRAY;
        }
        if (value instanceof JsonString) {
            return JsonToken.VALUE_STRING;
        }
        if (value instanceof JsonNumber) {
            return JsonToken.VALUE_NUMBER_FLOAT;
        }
        return value instanceof JsonBoolean ? JsonToken.VALUE_TRUE : JsonToken.VALUE_NULL;
    }

    private static void write(JsonValue value, JsonGenerator out) {
        if (value instanceof JsonObject) {
            out.writeStartObject();
            writeMembers((JsonObject) value, out);
            out.writeEndObject();
        } else if (value instanceof JsonArray) {
            out.writeStartArray();
            writeElements((JsonArray) value, out);
            out.writeEndArray();
        } else if (value instanceof JsonString) {
            out.writeString(((JsonString) value).value());
        } else if (value instanceof JsonNumber) {
            out.writeNumber(((JsonNumber) value).value().toString()); // its own text: no setting changes the scale
        } else if (value instanceof JsonBoolean) {
            out.writeBoolean(((JsonBoolean) value).value());
        } else {
            out.writeNull();
        }
    }

    private static void writeMembers(JsonObject object, JsonGenerator out) {
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            out.writeName(member.getKey());
            write(member.getValue(), out);
        }
    }

    private static void writeElements(JsonArray array, JsonGenerator out) {
        for (JsonValue element : array.elements()) {
            write(element, out);
        }
    }
}
