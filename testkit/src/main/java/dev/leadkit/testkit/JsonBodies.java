package dev.leadkit.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes the sandboxes' JSON: one mapper, node trees built in the vendors' key order. */
final class JsonBodies {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** {@code 2026-04-29T13:00:00.000Z}: ISO-8601 UTC with millis, as orgleads and Octanist write it. */
    static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private JsonBodies() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
