package dev.leadkit.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads leadkit's {@link JsonValue}s from a Jackson parser: the values a lead keeps as JSON, and error
 * bodies. Numbers keep the digits and scale they were sent with; a member sent twice keeps its last value,
 * as most JSON readers do.
 */
public final class JsonTrees {

    private JsonTrees() {
    }

    /**
     * The value the parser stands on (its first token), leaving the parser on the value's last token, so a
     * decoder's field loop goes on after it. Read by a loop over a stack of the containers open, not by
     * recursion, so the parser's nesting limit is the only bound on depth, whatever the thread's stack.
     *
     * @param parser a parser on a value's first token
     * @return the value
     * @throws IOException when the JSON is malformed or the body fails
     */
    public static JsonValue read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null || !token.isStructStart()) {
            return scalar(parser, token);
        }
        Deque<Open> open = new ArrayDeque<>();
        open.push(new Open(token));
        while (true) {
            Open container = open.peek();
            JsonToken next;
            if (container.members != null) {
                container.name = parser.nextFieldName();
                next = container.name == null ? JsonToken.END_OBJECT : parser.nextToken();
            } else {
                next = parser.nextToken();
            }
            if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
                JsonValue done = open.pop().value();
                if (open.isEmpty()) {
                    return done;
                }
                open.peek().add(done);
            } else if (next != null && next.isStructStart()) {
                open.push(new Open(next));
            } else {
                container.add(scalar(parser, next));
            }
        }
    }

    private static JsonValue scalar(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new MalformedBodyException("expected a JSON value but the body ended");
        }
        switch (token) {
            case VALUE_STRING:
                return JsonValue.of(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JsonValue.of(JsonNumbers.read(parser));
            case VALUE_TRUE:
                return JsonValue.of(true);
            case VALUE_FALSE:
                return JsonValue.of(false);
            case VALUE_NULL:
                return JsonNull.INSTANCE;
            default:
                throw new MalformedBodyException("expected a JSON value but found " + token);
        }
    }

    /** An object or array being read: its members (and the name of the one being read) or its elements. */
    private static final class Open {

        final Map<String, JsonValue> members;
        final List<JsonValue> elements;
        String name;

        Open(JsonToken start) {
            members = start == JsonToken.START_OBJECT ? new LinkedHashMap<>() : null;
            elements = members == null ? new ArrayList<>() : null;
        }

        void add(JsonValue value) {
            if (members != null) {
                members.put(name, value);
            } else {
                elements.add(value);
            }
        }

        JsonValue value() {
            if (members != null) {
                return members.isEmpty() ? JsonObject.empty() : new JsonObject(members); // {} shared: a page may hold many
            }
            return new JsonArray(elements);
        }
    }

    /**
     * Parses text holding exactly one JSON value.
     *
     * @param json the text
     * @return the value
     * @throws IllegalArgumentException when the text is not one well-formed JSON value
     */
    public static JsonValue parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("json must not be null");
        }
        try (JsonParser parser = Json.parser(json)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("json holds no value");
            }
            JsonValue value = read(parser);
            Json.requireEnd(parser);
            return value;
        } catch (JsonProcessingException | MalformedBodyException e) {
            throw new IllegalArgumentException("json is not one well-formed JSON value: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
