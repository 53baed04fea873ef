package dev.leadkit.core.internal.json;

import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonBoolean;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonNumber;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonString;
import dev.leadkit.core.json.JsonValue;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a {@link JsonValue} as compact JSON text: members in their order, strings escaped as RFC 8259
 * requires: quotes and backslashes, control characters as six-character unicode escapes, the common ones as {@code \n}
 * and the like), everything else as it is.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /**
     * @param value the value
     * @return its compact JSON text
     */
    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonString) {
            quote(((JsonString) value).value(), out);
        } else if (value instanceof JsonObject) {
            out.append('{');
            Iterator<Map.Entry<String, JsonValue>> members = ((JsonObject) value).members().entrySet().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonValue> member = members.next();
                quote(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
                if (members.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof JsonArray) {
            out.append('[');
            Iterator<JsonValue> elements = ((JsonArray) value).elements().iterator();
            while (elements.hasNext()) {
                write(elements.next(), out);
                if (elements.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (value instanceof JsonNumber || value instanceof JsonBoolean || value instanceof JsonNull) {
            out.append(value.toJson());
        } else {
            throw new IllegalStateException("not a JSON value: " + value.getClass());
        }
    }

    /** Appends {@code text} as a JSON string literal. */
    static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
