package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
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
 * Writes a {@link JsonValue} with Jackson as the JSON it holds; named by the annotations on the JSON
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

    static void write(JsonValue value, JsonGenerator out) throws IOException {
        if (value instanceof JsonObject) {
            out.writeStartObject();
            for (Map.Entry<String, JsonValue> member : ((JsonObject) value).members().entrySet()) {
                out.writeFieldName(member.getKey());
                write(member.getValue(), out);
            }
            out.writeEndObject();
        } else if (value instanceof JsonArray) {
            out.writeStartArray();
            for (JsonValue element : ((JsonArray) value).elements()) {
                write(element, out);
            }
            out.writeEndArray();
        } else if (value instanceof JsonString) {
            out.writeString(((JsonString) value).value());
        } else if (value instanceof JsonNumber) {
            out.writeNumber(((JsonNumber) value).value());
        } else if (value instanceof JsonBoolean) {
            out.writeBoolean(((JsonBoolean) value).value());
        } else {
            out.writeNull();
        }
    }
}
