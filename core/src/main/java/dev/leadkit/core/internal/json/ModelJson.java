package dev.leadkit.core.internal.json;

import dev.leadkit.core.Platform;
import dev.leadkit.core.json.JsonArray;
import dev.leadkit.core.json.JsonBoolean;
import dev.leadkit.core.json.JsonNull;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * leadkit's own JSON form of a model (a lead, a campaign, a contact), which the model writes and reads with
 * its own code, member by member in the order it declares them: no reflection, and the same text whoever
 * carries it (Jackson 2, Jackson 3, a user's own JSON library). A lead's {@code platform} id comes first, then
 * every attribute under its accessor's name; an absent optional is left out; timestamps are ISO-8601 strings
 * ({@code 2025-06-30T11:18:04Z}), decimals their own text ({@code 1500.50}, {@code 1E+3}), JSON values the JSON
 * they hold, nested models objects of the same form.
 *
 * <p>Reading ignores members it does not know (a later version's, or a member sent twice keeps its last value)
 * and reads {@code null} as absent; a member of the wrong shape, or a required one missing, fails with an
 * {@link IllegalArgumentException} naming the model and the member, before the model's builder runs its own
 * checks. Numbers written as strings (by a mapper that writes numbers as strings) read as numbers.
 */
public final class ModelJson {

    /** The member that names a lead's platform. */
    public static final String PLATFORM = "platform";

    private ModelJson() {
    }

    /** {@return a writer of one model's members, in the order they are added} */
    public static Writer writer() {
        return new Writer();
    }

    /**
     * A reader of one model's members.
     *
     * @param json the model's JSON object
     * @param model the model's name, for messages, e.g. {@code "AutocallsLead"}
     * @return the reader
     * @throws IllegalArgumentException if {@code json} is null
     */
    public static Reader reader(JsonObject json, String model) {
        if (json == null) {
            throw new IllegalArgumentException("json must not be null");
        }
        return new Reader(json, model);
    }

    /**
     * Parses a model's JSON text.
     *
     * @param json JSON text holding one object
     * @param model the model's name, for messages
     * @return the object
     * @throws IllegalArgumentException if {@code json} is not one well-formed JSON object
     */
    public static JsonObject parse(String json, String model) {
        JsonValue value = JsonValue.parse(json);
        if (!(value instanceof JsonObject)) {
            throw new IllegalArgumentException(model + " JSON must be an object but is " + shape(value));
        }
        return (JsonObject) value;
    }

    private static String shape(JsonValue value) {
        if (value instanceof JsonObject) {
            return "an object";
        }
        if (value instanceof JsonArray) {
            return "an array";
        }
        if (value instanceof JsonNull) {
            return "null";
        }
        if (value instanceof JsonBoolean) {
            return "a boolean";
        }
        return value.asString().isPresent() ? "a string" : "a number";
    }

    /** Writes one model's members; each absent optional is left out. */
    public static final class Writer {

        private final Map<String, JsonValue> members = new LinkedHashMap<>();

        private Writer() {
        }

        /** A string member. */
        public Writer string(String name, String value) {
            members.put(name, JsonValue.of(value));
            return this;
        }

        /** A string member, left out when absent. */
        public Writer string(String name, Optional<String> value) {
            value.ifPresent(present -> string(name, present));
            return this;
        }

        /** An integer member, left out when absent. */
        public Writer number(String name, OptionalLong value) {
            value.ifPresent(present -> members.put(name, JsonValue.of(present)));
            return this;
        }

        /** A decimal member, its own text, left out when absent. */
        public Writer decimal(String name, Optional<BigDecimal> value) {
            value.ifPresent(present -> members.put(name, JsonValue.of(present)));
            return this;
        }

        /** A boolean member, left out when absent. */
        public Writer bool(String name, Optional<Boolean> value) {
            value.ifPresent(present -> members.put(name, JsonValue.of(present)));
            return this;
        }

        /** A timestamp member as ISO-8601 text, left out when absent. */
        public Writer instant(String name, Optional<Instant> value) {
            value.ifPresent(present -> string(name, present.toString()));
            return this;
        }

        /** A list of strings, as an array. */
        public Writer strings(String name, List<String> values) {
            List<JsonValue> elements = new ArrayList<>(values.size());
            values.forEach(value -> elements.add(JsonValue.of(value)));
            members.put(name, new JsonArray(elements));
            return this;
        }

        /** JSON values by name, as an object. */
        public Writer object(String name, Map<String, JsonValue> values) {
            members.put(name, values.isEmpty() ? JsonObject.empty() : new JsonObject(values));
            return this;
        }

        /** A nested model's form, left out when absent. */
        public Writer model(String name, Optional<JsonObject> model) {
            model.ifPresent(present -> members.put(name, present));
            return this;
        }

        /** Nested models' forms, as an array. */
        public Writer models(String name, List<JsonObject> models) {
            members.put(name, new JsonArray(List.copyOf(models)));
            return this;
        }

        /** {@return the model's JSON object} */
        public JsonObject build() {
            return new JsonObject(members);
        }
    }

    /** Reads one model's members; {@code null} reads as absent. */
    public static final class Reader {

        private final Map<String, JsonValue> members;
        private final String model;

        private Reader(JsonObject json, String model) {
            this.members = json.members();
            this.model = model;
        }

        /**
         * Requires that a lead's {@code platform}, when present, names {@code platform}: another vendor's lead
         * read as this type fails, since its members would fill this type's by name alone.
         */
        public Reader platform(Platform platform) {
            present(PLATFORM).filter(value -> !value.asString().filter(platform.id()::equals).isPresent()).ifPresent(value -> {
                throw new IllegalArgumentException(model + " JSON names platform " + value.toJson() + ", not \""
                        + platform.id() + "\": it is another vendor's lead");
            });
            return this;
        }

        /** A string that must be present. */
        public String requiredString(String name) {
            return string(name).orElseThrow(() -> missing(name));
        }

        /** A string. */
        public Optional<String> string(String name) {
            return present(name).map(value -> value.asString().orElseThrow(() -> wrong(name, "a string", value)));
        }

        /** An integer, or an integer written as a string. */
        public OptionalLong number(String name) {
            Optional<BigDecimal> number = decimal(name);
            if (number.isEmpty()) {
                return OptionalLong.empty();
            }
            try {
                return OptionalLong.of(number.get().longValueExact());
            } catch (ArithmeticException notALong) {
                throw wrong(name, "an integer of at most 19 digits", members.get(name));
            }
        }

        /** A decimal, exactly as written, or one written as a string. */
        public Optional<BigDecimal> decimal(String name) {
            return present(name).map(value -> value.asNumber().orElseGet(() -> numericString(name, value)));
        }

        private BigDecimal numericString(String name, JsonValue value) {
            String text = value.asString().orElseThrow(() -> wrong(name, "a number", value)).strip();
            try {
                return JsonBounds.decimal(text);
            } catch (NumberFormatException notANumber) {
                throw wrong(name, "a number of at most " + JsonBounds.MAX_NUMBER_DIGITS + " digits", value);
            }
        }

        /** A boolean. */
        public Optional<Boolean> bool(String name) {
            return present(name).map(value -> value.asBoolean().orElseThrow(() -> wrong(name, "a boolean", value)));
        }

        /** A timestamp in ISO-8601 ({@code 2025-06-30T11:18:04Z}). */
        public Optional<Instant> instant(String name) {
            return string(name).map(text -> {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e) {
                    throw wrong(name, "an ISO-8601 instant", members.get(name));
                }
            });
        }

        /** A list of strings; empty when absent. */
        public List<String> strings(String name) {
            return list(name, (index, element) -> element.asString()
                    .orElseThrow(() -> wrong(name + "[" + index + "]", "a string", element)));
        }

        /** JSON values by name; empty when absent. */
        public Map<String, JsonValue> object(String name) {
            return present(name).map(value -> value.asObject().orElseThrow(() -> wrong(name, "an object", value)))
                    .orElse(Map.of());
        }

        /** A nested model. */
        public <T> Optional<T> model(String name, Function<JsonObject, T> read) {
            return present(name).map(value -> read.apply(objectOf(name, value)));
        }

        /** Nested models; empty when absent. */
        public <T> List<T> models(String name, Function<JsonObject, T> read) {
            return list(name, (index, element) -> read.apply(objectOf(name + "[" + index + "]", element)));
        }

        private JsonObject objectOf(String name, JsonValue value) {
            if (!(value instanceof JsonObject)) {
                throw wrong(name, "an object", value);
            }
            return (JsonObject) value;
        }

        /** How one element of an array reads. */
        @FunctionalInterface
        private interface ElementReader<T> {
            T read(int index, JsonValue element);
        }

        private <T> List<T> list(String name, ElementReader<T> read) {
            Optional<List<JsonValue>> elements = present(name)
                    .map(value -> value.asArray().orElseThrow(() -> wrong(name, "an array", value)));
            if (elements.isEmpty()) {
                return List.of();
            }
            List<T> values = new ArrayList<>(elements.get().size());
            for (JsonValue element : elements.get()) {
                values.add(read.read(values.size(), element));
            }
            return Collections.unmodifiableList(values);
        }

        private Optional<JsonValue> present(String name) {
            JsonValue value = members.get(name);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
        }

        private IllegalArgumentException missing(String name) {
            return new IllegalArgumentException(model + " JSON lacks its required member '" + name + "'");
        }

        private IllegalArgumentException wrong(String name, String expected, JsonValue value) {
            String text = value.toJson();
            return new IllegalArgumentException(model + " JSON member '" + name + "' should be " + expected + " but is "
                    + (text.length() > 60 ? text.substring(0, 60) + "..." : text));
        }
    }
}
