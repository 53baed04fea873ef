package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Compares the shape of two JSON documents: objects must have exactly the same keys, in any order; values
 * the same type (string, number, boolean, object, array), where {@code null} on either side stands for a
 * nullable value of any type; each element of an array is compared with the expected array's element at
 * the same position, or its last one.
 */
final class JsonShape {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonShape() {
    }

    static JsonNode fixture(String name) {
        try (InputStream in = JsonShape.class.getResourceAsStream("/vendor/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSameShape(JsonNode expected, JsonNode actual) {
        compare("$", expected, actual);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (kind(expected) != kind(actual)) {
            fail("%s: expected a %s like %s but was a %s: %s", path, kind(expected), expected, kind(actual), actual);
        }
        if (expected.isObject()) {
            assertThat(names(actual)).as("keys of %s", path).containsExactlyInAnyOrderElementsOf(names(expected));
            for (String name : names(expected)) {
                compare(path + "." + name, expected.get(name), actual.get(name));
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                compare(path + "[" + i + "]", expected.get(Math.min(i, expected.size() - 1)), actual.get(i));
            }
        }
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        return node.getNodeType().toString();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
