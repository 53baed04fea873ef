package dev.leadkit.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.databind.JsonValueDeserializer;
import dev.leadkit.core.internal.databind.JsonValueSerializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueDeserializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueSerializer;
import dev.leadkit.core.internal.json.JsonTrees;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value that leadkit decoded and keeps as JSON: a lead's variables, the fields a vendor sent that
 * this SDK does not know ({@code additionalProperties()}), Octanist's parsed {@code custom} field. Immutable
 * all the way down, so a lead holding one can be shared, cached and put in a {@code HashSet} safely.
 *
 * <p>Six shapes, as in JSON: {@link JsonObject} (members in the order sent), {@link JsonArray},
 * {@link JsonString}, {@link JsonNumber} (exact, backed by a {@link BigDecimal}), {@link JsonBoolean} and
 * {@link JsonNull}. Read one with the typed accessors, each empty when the value has another shape, or
 * with a pattern:
 *
 * <pre>{@code
 * JsonValue plan = lead.variables().get("plan");                       // {"name":"pro","seats":12}
 * plan.get("name").flatMap(JsonValue::asString);                       // Optional[pro]
 * plan.get("seats").flatMap(JsonValue::asNumber).map(BigDecimal::intValueExact);   // Optional[12]
 * if (plan instanceof JsonObject object) { object.members().keySet(); } // [name, seats]
 * plan.toJson();                                                       // {"name":"pro","seats":12}
 * JsonValue.parse("[1, 2.50, null]").asArray().map(List::size);        // Optional[3]
 * }</pre>
 *
 * <p>Values are equal when they have the same shape and content: members in the same order are not
 * required ({@code {"a":1,"b":2}} equals {@code {"b":2,"a":1}}), numbers compare as decimals with their scale
 * ({@code 1.0} and {@code 1} differ, as their JSON text does), strings by their characters. With Jackson 2
 * or Jackson 3, a value writes as the JSON it holds and reads back equal.
 */
@JsonSerialize(using = JsonValueSerializer.class)
@JsonDeserialize(using = JsonValueDeserializer.class)
@tools.jackson.databind.annotation.JsonSerialize(using = Jackson3JsonValueSerializer.class)
@tools.jackson.databind.annotation.JsonDeserialize(using = Jackson3JsonValueDeserializer.class)
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /**
     * Parses JSON text: one value, nothing after it but whitespace.
     *
     * @param json JSON text, e.g. {@code {"company":"Acme Inc"}}
     * @return the value
     * @throws IllegalArgumentException if {@code json} is not one well-formed JSON value
     */
    static JsonValue parse(String json) {
        return JsonTrees.parse(json);
    }

    /**
     * A string.
     *
     * @param value the characters
     * @return the JSON string
     */
    static JsonString of(String value) {
        return new JsonString(value);
    }

    /**
     * A number, exactly as given (scale kept).
     *
     * @param value the number
     * @return the JSON number
     */
    static JsonNumber of(BigDecimal value) {
        return new JsonNumber(value);
    }

    /**
     * An integer.
     *
     * @param value the number
     * @return the JSON number
     */
    static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    /**
     * {@code true} or {@code false}.
     *
     * @param value the boolean
     * @return the JSON boolean
     */
    static JsonBoolean of(boolean value) {
        return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
    }

    /** {@return the characters, when this is a {@link JsonString}} */
    default Optional<String> asString() {
        return Optional.empty();
    }

    /** {@return the number, exactly as sent, when this is a {@link JsonNumber}} */
    default Optional<BigDecimal> asNumber() {
        return Optional.empty();
    }

    /** {@return the boolean, when this is a {@link JsonBoolean}} */
    default Optional<Boolean> asBoolean() {
        return Optional.empty();
    }

    /** {@return the members in the order sent, unmodifiable, when this is a {@link JsonObject}} */
    default Optional<Map<String, JsonValue>> asObject() {
        return Optional.empty();
    }

    /** {@return the elements, unmodifiable, when this is a {@link JsonArray}} */
    default Optional<List<JsonValue>> asArray() {
        return Optional.empty();
    }

    /**
     * One member, when this is a {@link JsonObject} that has it.
     *
     * @param name the member's name
     * @return the member's value; empty when this is not an object or has no such member
     */
    default Optional<JsonValue> get(String name) {
        return Optional.empty();
    }

    /** {@return whether this is JSON {@code null}} */
    default boolean isNull() {
        return false;
    }

    /**
     * This value as compact JSON text, members in their order, strings escaped as RFC 8259 requires:
     * {@code {"name":"pro","tags":["a","b"],"seats":12}}.
     *
     * @return the JSON text
     */
    String toJson();
}
