package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.leadkit.core.internal.json.JsonTrees;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * How one attribute type of a model writes to JSON and reads back, the same whatever the caller's
 * {@code ObjectMapper} is configured to do: strings, booleans and integers as JSON's own, decimals exact,
 * instants as ISO-8601 text ({@code 2025-06-30T11:18:04Z}), enums by name, JSON values as the JSON they
 * hold, optionals as their value (an absent one is left out), lists as arrays, maps as objects; any other
 * type (a nested model) goes to Jackson, which finds its own annotations.
 */
interface ValueCodec {

    /** Writes a present value. */
    void write(Object value, JsonGenerator out, SerializerProvider provider) throws IOException;

    /** Reads the value the parser stands on; JSON {@code null} reads as absent ({@code null} or an empty optional). */
    Object read(JsonParser parser, DeserializationContext context) throws IOException;

    /** Whether a value of this type is absent and left out of the JSON. */
    default boolean isAbsent(Object value) {
        return false;
    }

    static ValueCodec of(Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType generic = (ParameterizedType) type;
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == Optional.class) {
                return new OptionalCodec(of(arguments[0]));
            }
            if (List.class.isAssignableFrom(raw)) {
                return new ListCodec(of(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw) && arguments[0] == String.class) {
                return new MapCodec(of(arguments[1]));
            }
            throw new IllegalArgumentException("no JSON form for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return Scalar.STRING;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Scalar.BOOLEAN;
        }
        if (raw == int.class || raw == Integer.class) {
            return Scalar.INT;
        }
        if (raw == long.class || raw == Long.class) {
            return Scalar.LONG;
        }
        if (raw == BigDecimal.class) {
            return Scalar.DECIMAL;
        }
        if (raw == Instant.class) {
            return Scalar.INSTANT;
        }
        if (raw == OptionalLong.class) {
            return Scalar.OPTIONAL_LONG;
        }
        if (raw == OptionalInt.class) {
            return Scalar.OPTIONAL_INT;
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return new JsonCodec(raw);
        }
        if (raw.isEnum()) {
            return new EnumCodec(raw);
        }
        return new DelegateCodec(raw);
    }

    /** Writes one value of a known type. */
    @FunctionalInterface
    interface Writer {
        void write(Object value, JsonGenerator out) throws IOException;
    }

    /** Reads one value of a known type from a parser standing on a token that fits it. */
    @FunctionalInterface
    interface Reader {
        Object read(JsonParser parser, DeserializationContext context) throws IOException;
    }

    /** The JSON types and the few JDK types every model uses. */
    enum Scalar implements ValueCodec {
        STRING(String.class, JsonToken.VALUE_STRING::equals, (value, out) -> out.writeString((String) value),
                (parser, context) -> parser.getText()),
        BOOLEAN(Boolean.class, JsonToken::isBoolean, (value, out) -> out.writeBoolean((Boolean) value),
                (parser, context) -> parser.getBooleanValue()),
        INT(Integer.class, Scalar::integerOrText, (value, out) -> out.writeNumber((Integer) value),
                (parser, context) -> text(parser) ? Integer.valueOf(parser.getText().strip()) : parser.getIntValue()),
        LONG(Long.class, Scalar::integerOrText, (value, out) -> out.writeNumber((Long) value),
                (parser, context) -> text(parser) ? Long.valueOf(parser.getText().strip()) : parser.getLongValue()),
        // the number's own text, so that no generator setting (WRITE_BIGDECIMAL_AS_PLAIN) changes its scale
        DECIMAL(BigDecimal.class, Scalar::numberOrText, (value, out) -> out.writeNumber(value.toString()),
                (parser, context) -> text(parser) ? new BigDecimal(parser.getText().strip()) : parser.getDecimalValue()),
        INSTANT(Instant.class, JsonToken.VALUE_STRING::equals, (value, out) -> out.writeString(value.toString()),
                Scalar::instant),
        OPTIONAL_LONG(Long.class, Scalar::integerOrText,
                (value, out) -> out.writeNumber(((OptionalLong) value).getAsLong()),
                (parser, context) -> OptionalLong.of((Long) LONG.reader.read(parser, context))) {
            @Override
            public boolean isAbsent(Object value) {
                return ((OptionalLong) value).isEmpty();
            }

            @Override
            Object absent() {
                return OptionalLong.empty();
            }
        },
        OPTIONAL_INT(Integer.class, Scalar::integerOrText,
                (value, out) -> out.writeNumber(((OptionalInt) value).getAsInt()),
                (parser, context) -> OptionalInt.of((Integer) INT.reader.read(parser, context))) {
            @Override
            public boolean isAbsent(Object value) {
                return ((OptionalInt) value).isEmpty();
            }

            @Override
            Object absent() {
                return OptionalInt.empty();
            }
        };

        private final Class<?> type;
        private final Predicate<JsonToken> fits;
        private final Writer writer;
        private final Reader reader;

        Scalar(Class<?> type, Predicate<JsonToken> fits, Writer writer, Reader reader) {
            this.type = type;
            this.fits = fits;
            this.writer = writer;
            this.reader = reader;
        }

        /** What JSON {@code null} reads as. */
        Object absent() {
            return null;
        }

        @Override
        public void write(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            writer.write(value, out);
        }

        @Override
        public Object read(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken current = parser.currentToken();
            if (current == JsonToken.VALUE_NULL) {
                return absent();
            }
            if (!fits.test(current)) {
                return context.handleUnexpectedToken(type, parser);
            }
            try {
                return reader.read(parser, context);
            } catch (NumberFormatException notANumber) {
                return context.handleWeirdStringValue(type, parser.getText(), "not a number");
            }
        }

        /** An integer, or one written as a string by a mapper that writes numbers as strings. */
        private static boolean integerOrText(JsonToken token) {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING;
        }

        /** A number, or one written as a string by a mapper that writes numbers as strings. */
        private static boolean numberOrText(JsonToken token) {
            return token.isNumeric() || token == JsonToken.VALUE_STRING;
        }

        private static boolean text(JsonParser parser) {
            return parser.currentToken() == JsonToken.VALUE_STRING;
        }

        private static Object instant(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return Instant.parse(parser.getText());
            } catch (DateTimeParseException e) {
                return context.handleWeirdStringValue(Instant.class, parser.getText(), "not an ISO-8601 instant");
            }
        }
    }

    final class OptionalCodec implements ValueCodec {
        private final ValueCodec value;

        OptionalCodec(ValueCodec value) {
            this.value = value;
        }

        @Override
        public boolean isAbsent(Object optional) {
            return ((Optional<?>) optional).isEmpty();
        }

        @Override
        public void write(Object optional, JsonGenerator out, SerializerProvider provider) throws IOException {
            value.write(((Optional<?>) optional).get(), out, provider);
        }

        @Override
        public Object read(JsonParser parser, DeserializationContext context) throws IOException {
            return Optional.ofNullable(parser.currentToken() == JsonToken.VALUE_NULL ? null : value.read(parser, context));
        }
    }

    final class ListCodec implements ValueCodec {
        private final ValueCodec element;

        ListCodec(ValueCodec element) {
            this.element = element;
        }

        @Override
        public void write(Object list, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray();
            for (Object item : (List<?>) list) {
                element.write(item, out, provider);
            }
            out.writeEndArray();
        }

        @Override
        public Object read(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return context.handleUnexpectedToken(List.class, parser);
            }
            List<Object> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(element.read(parser, context));
            }
            return items;
        }
    }

    final class MapCodec implements ValueCodec {
        private final ValueCodec value;

        MapCodec(ValueCodec value) {
            this.value = value;
        }

        @Override
        public void write(Object map, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) map).entrySet()) {
                out.writeFieldName((String) entry.getKey());
                value.write(entry.getValue(), out, provider);
            }
            out.writeEndObject();
        }

        @Override
        public Object read(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return context.handleUnexpectedToken(Map.class, parser);
            }
            Map<String, Object> members = new LinkedHashMap<>();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                members.put(name, value.read(parser, context));
            }
            return members;
        }
    }

    final class JsonCodec implements ValueCodec {
        private final Class<?> shape;

        JsonCodec(Class<?> shape) {
            this.shape = shape;
        }

        @Override
        public void write(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            JsonValueSerializer.write((JsonValue) value, out);
        }

        @Override
        public Object read(JsonParser parser, DeserializationContext context) throws IOException {
            JsonValue value = JsonTrees.read(parser);
            return shape.isInstance(value) ? value : context.handleUnexpectedToken(shape, parser);
        }
    }

    final class EnumCodec implements ValueCodec {
        private final Class<?> type;

        EnumCodec(Class<?> type) {
            this.type = type;
        }

        @Override
        public void write(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(((Enum<?>) value).name());
        }

        @Override
        public Object read(JsonParser parser, DeserializationContext context) throws IOException {
            String name = parser.getValueAsString();
            for (Object member : type.getEnumConstants()) {
                if (((Enum<?>) member).name().equals(name)) {
                    return member;
                }
            }
            return context.handleWeirdStringValue(type, name, "not one of " + List.of(type.getEnumConstants()));
        }
    }

    /**
     * A nested model (a campaign, a contact), by its own serializer: without the type ids a caller's default
     * typing would add, since what a field holds is known from the model's own declaration.
     */
    final class DelegateCodec implements ValueCodec {
        private final Class<?> type;

        DelegateCodec(Class<?> type) {
            this.type = type;
        }

        @Override
        public void write(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            provider.findValueSerializer(value.getClass(), null).serialize(value, out, provider);
        }

        @Override
        public Object read(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            return context.findContextualValueDeserializer(context.constructType(type), null).deserialize(parser, context);
        }
    }
}
