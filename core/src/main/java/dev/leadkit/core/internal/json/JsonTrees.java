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
import java.util.ArrayList;
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
     * decoder's field loop goes on after it.
     *
     * @param parser a parser on a value's first token
     * @return the value
     * @throws IOException when the JSON is malformed or the body fails
     */
    public static JsonValue read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new MalformedBodyException("expected a JSON value but the body ended");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    parser.nextToken();
                    members.put(name, read(parser));
                }
                return members.isEmpty() ? JsonObject.empty() : new JsonObject(members); // {} shared: a page may hold many
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(parser));
                }
                return new JsonArray(elements);
            }
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
