package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonBoolean;
import dev.leadkit.core.json.JsonNumber;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonString;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link JsonValue} with Jackson 2 as the JSON it holds; named by the annotations on the JSON
 * types, so a plain {@code ObjectMapper} needs no module for them.
 */
public final class JsonValueSerializer extends StdSerializer<JsonValue> {

    private static final long serialVersionUID = 1L;

    /** Made by Jackson, from the annotation. */
    public JsonValueSerializer() {
        super(JsonValue.class);
    }

    @Override
    public void serialize(JsonValue value, JsonGenerator out, SerializerProvider provider) throws IOException {
        write(value, out);
    }

    /** With the caller's type ids (a mapper with default typing): the shape's record type. */
    @Override
    public void serializeWithType(JsonValue value, JsonGenerator out, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        WritableTypeId typeId = types.writeTypePrefix(out, types.typeId(value, value.getClass(), shape(value)));
        if (value instanceof JsonObject) {
            writeMembers((JsonObject) value, out);
        } else if (value instanceof JsonArray) {
            writeElements((JsonArray) value, out);
        } else {
            write(value, out);
        }
        types.writeTypeSuffix(out, typeId);
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

    static void write(JsonValue value, JsonGenerator out) throws IOException {
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

    static void writeMembers(JsonObject object, JsonGenerator out) throws IOException {
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            out.writeFieldName(member.getKey());
            write(member.getValue(), out);
        }
    }

    private static void writeElements(JsonArray array, JsonGenerator out) throws IOException {
        for (JsonValue element : array.elements()) {
            write(element, out);
        }
    }
}
