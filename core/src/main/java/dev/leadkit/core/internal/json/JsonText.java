package dev.leadkit.core.internal.json;

import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonBoolean;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonNumber;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonString;
import dev.leadkit.core.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
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

    /**
     * Writes by a loop over a stack of the containers open, not by recursion, so a value nested any depth
     * writes on any thread's stack.
     */
    private static void write(JsonValue value, StringBuilder out) {
        Deque<Open> open = new ArrayDeque<>();
        open(value, out, open);
        while (!open.isEmpty()) {
            Open container = open.peek();
            if (!container.rest.hasNext()) {
                out.append(container.close);
                open.pop();
                continue;
            }
            if (container.started) {
                out.append(',');
            }
            container.started = true;
            Object next = container.rest.next();
            if (next instanceof Map.Entry<?, ?> member) {
                quote((String) member.getKey(), out);
                out.append(':');
                open((JsonValue) member.getValue(), out, open);
            } else {
                open((JsonValue) next, out, open);
            }
        }
    }

    /** Writes a scalar whole, or a container's opening bracket and pushes it. */
    private static void open(JsonValue value, StringBuilder out, Deque<Open> open) {
        if (value instanceof JsonString string) {
            quote(string.value(), out);
        } else if (value instanceof JsonObject object) {
            out.append('{');
            open.push(new Open(object.members().entrySet().iterator(), '}'));
        } else if (value instanceof JsonArray array) {
            out.append('[');
            open.push(new Open(array.elements().iterator(), ']'));
        } else if (value instanceof JsonNumber || value instanceof JsonBoolean || value instanceof JsonNull) {
            out.append(value.toJson());
        } else {
            throw new IllegalStateException("not a JSON value: " + value.getClass());
        }
    }

    /** An object or array being written: what remains of it, and its closing bracket. */
    private static final class Open {

        final Iterator<?> rest;
        final char close;
        boolean started;

        Open(Iterator<?> rest, char close) {
            this.rest = rest;
            this.close = close;
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
