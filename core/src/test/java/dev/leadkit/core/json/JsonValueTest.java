package dev.leadkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shapes' typed accessors and {@code get}: each accessor is present on its own shape only, and empty on
 * the five others; equality and hashCode by value.
 */
class JsonValueTest {

    private static final JsonObject OBJECT = new JsonObject(ordered("name", JsonValue.of("pro"), "seats", JsonValue.of(12),
            "none", JsonNull.INSTANCE));
    private static final JsonArray ARRAY = new JsonArray(List.of(JsonValue.of("vip"), JsonValue.of(3)));
    private static final JsonString STRING = JsonValue.of("Acme Inc");
    private static final JsonNumber NUMBER = JsonValue.of(new BigDecimal("1500.50"));
    private static final JsonBoolean BOOLEAN = JsonValue.of(true);
    private static final JsonNull NULL = JsonNull.INSTANCE;

    /** A map in the order given: name, value, name, value, ... */
    static Map<String, JsonValue> ordered(Object... namesAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], (JsonValue) namesAndValues[i + 1]);
        }
        return members;
    }

    // ---- accessors: present on their own shape, empty on the others

    @Test
    void anObjectIsOnlyAnObject() {
        assertThat(OBJECT.asObject()).contains(OBJECT.members());
        assertThat(OBJECT.asObject().orElseThrow()).containsExactly(Map.entry("name", JsonValue.of("pro")),
                Map.entry("seats", JsonValue.of(12)), Map.entry("none", JsonNull.INSTANCE));
        assertThat(OBJECT.asString()).isEmpty();
        assertThat(OBJECT.asNumber()).isEmpty();
        assertThat(OBJECT.asBoolean()).isEmpty();
        assertThat(OBJECT.asArray()).isEmpty();
        assertThat(OBJECT.isNull()).isFalse();
    }

    @Test
    void anArrayIsOnlyAnArray() {
        assertThat(ARRAY.asArray()).contains(List.of(JsonValue.of("vip"), JsonValue.of(3)));
        assertThat(ARRAY.asString()).isEmpty();
        assertThat(ARRAY.asNumber()).isEmpty();
        assertThat(ARRAY.asBoolean()).isEmpty();
        assertThat(ARRAY.asObject()).isEmpty();
        assertThat(ARRAY.isNull()).isFalse();
    }

    @Test
    void aStringIsOnlyAString() {
        assertThat(STRING.asString()).contains("Acme Inc");
        assertThat(STRING.value()).isEqualTo("Acme Inc");
        assertThat(STRING.asNumber()).isEmpty();
        assertThat(STRING.asBoolean()).isEmpty();
        assertThat(STRING.asObject()).isEmpty();
        assertThat(STRING.asArray()).isEmpty();
        assertThat(STRING.isNull()).isFalse();
    }

    @Test
    void aStringHoldingANumberOrABooleanIsStillOnlyAString() {
        assertThat(JsonValue.of("12").asNumber()).isEmpty();
        assertThat(JsonValue.of("true").asBoolean()).isEmpty();
        assertThat(JsonValue.of("null").isNull()).isFalse();
    }

    @Test
    void aNumberIsOnlyANumberWithItsScale() {
        assertThat(NUMBER.asNumber()).contains(new BigDecimal("1500.50"));
        assertThat(NUMBER.asNumber().orElseThrow().scale()).isEqualTo(2);
        assertThat(NUMBER.asString()).isEmpty();
        assertThat(NUMBER.asBoolean()).isEmpty();
        assertThat(NUMBER.asObject()).isEmpty();
        assertThat(NUMBER.asArray()).isEmpty();
        assertThat(NUMBER.isNull()).isFalse();
    }

    @Test
    void aBooleanIsOnlyABoolean() {
        assertThat(BOOLEAN.asBoolean()).contains(true);
        assertThat(JsonValue.of(false).asBoolean()).contains(false);
        assertThat(BOOLEAN.asString()).isEmpty();
        assertThat(BOOLEAN.asNumber()).isEmpty();
        assertThat(BOOLEAN.asObject()).isEmpty();
        assertThat(BOOLEAN.asArray()).isEmpty();
        assertThat(BOOLEAN.isNull()).isFalse();
    }

    @Test
    void nullIsOnlyNull() {
        assertThat(NULL.isNull()).isTrue();
        assertThat(NULL.asString()).isEmpty();
        assertThat(NULL.asNumber()).isEmpty();
        assertThat(NULL.asBoolean()).isEmpty();
        assertThat(NULL.asObject()).isEmpty();
        assertThat(NULL.asArray()).isEmpty();
    }

    @Test
    void theFactoriesMakeTheirShapes() {
        assertThat(JsonValue.of("x")).isEqualTo(new JsonString("x"));
        assertThat(JsonValue.of(7L)).isEqualTo(new JsonNumber(BigDecimal.valueOf(7)));
        assertThat(JsonValue.of(new BigDecimal("7.00")).value()).isEqualTo(new BigDecimal("7.00"));
        assertThat(JsonValue.of(true)).isSameAs(JsonBoolean.TRUE);
        assertThat(JsonValue.of(false)).isSameAs(JsonBoolean.FALSE);
        assertThat(JsonBoolean.TRUE.value()).isTrue();
        assertThat(JsonBoolean.FALSE.value()).isFalse();
        assertThat(JsonObject.empty().members()).isEmpty();
    }

    // ---- get

    @Test
    void getOnAnObjectFindsAMember() {
        assertThat(OBJECT.get("name")).contains(JsonValue.of("pro"));
        assertThat(OBJECT.get("seats").flatMap(JsonValue::asNumber)).contains(BigDecimal.valueOf(12));
    }

    @Test
    void getOnAnObjectWithoutTheMemberIsEmpty() {
        assertThat(OBJECT.get("missing")).isEmpty();
        assertThat(OBJECT.get("Name")).isEmpty();
        assertThat(JsonObject.empty().get("name")).isEmpty();
    }

    @Test
    void getOfAMemberSentAsNullIsJsonNullNotEmpty() {
        assertThat(OBJECT.get("none")).contains(JsonNull.INSTANCE);
    }

    @Test
    void getChainsThroughNestedObjects() {
        JsonValue plan = JsonValue.parse("{\"plan\":{\"limits\":{\"seats\":12}}}");

        assertThat(plan.get("plan").flatMap(p -> p.get("limits")).flatMap(l -> l.get("seats")))
                .contains(JsonValue.of(12));
        assertThat(plan.get("plan").flatMap(p -> p.get("nope")).flatMap(l -> l.get("seats"))).isEmpty();
    }

    @Test
    void getOnEveryShapeButAnObjectIsEmpty() {
        JsonArray arrayOfObject = new JsonArray(List.of(OBJECT));
        for (JsonValue notAnObject : List.of(arrayOfObject, ARRAY, JsonValue.of("name"), NUMBER, BOOLEAN, NULL)) {
            assertThat(notAnObject.get("name")).as("get on %s", notAnObject).isEmpty();
            assertThat(notAnObject.get("0")).as("get on %s", notAnObject).isEmpty();
        }
    }

    // ---- equality and hashCode by value

    @Test
    void objectsWithTheSameMembersInAnotherOrderAreEqualWithTheSameHashCode() {
        JsonObject ab = new JsonObject(ordered("a", JsonValue.of(1), "b", JsonValue.of(2)));
        JsonObject ba = new JsonObject(ordered("b", JsonValue.of(2), "a", JsonValue.of(1)));

        assertThat(ab).isEqualTo(ba);
        assertThat(ba).isEqualTo(ab);
        assertThat(ab.hashCode()).isEqualTo(ba.hashCode());
        assertThat(ab.toJson()).isNotEqualTo(ba.toJson());
    }

    @Test
    void objectsDifferingInAValueOrAMemberAreNotEqual() {
        JsonObject ab = new JsonObject(ordered("a", JsonValue.of(1), "b", JsonValue.of(2)));

        assertThat(ab).isNotEqualTo(new JsonObject(ordered("a", JsonValue.of(1), "b", JsonValue.of(3))));
        assertThat(ab).isNotEqualTo(new JsonObject(ordered("a", JsonValue.of(1))));
        assertThat(ab).isNotEqualTo(new JsonObject(ordered("a", JsonValue.of(1), "b", JsonValue.of(2), "c", NULL)));
        assertThat(ab).isNotEqualTo(new JsonObject(ordered("a", JsonValue.of(1), "c", JsonValue.of(2))));
    }

    @Test
    void numbersOfTheSameValueAndScaleAreEqualWithTheSameHashCode() {
        JsonNumber made = JsonValue.of(new BigDecimal("1500.50"));
        JsonValue parsed = JsonValue.parse("1500.50");

        assertThat(made).isEqualTo(parsed);
        assertThat(made.hashCode()).isEqualTo(parsed.hashCode());
        assertThat(JsonValue.of(1)).isEqualTo(JsonValue.of(BigDecimal.ONE));
    }

    @Test
    void numbersOfAnotherScaleAreNotEqual() {
        assertThat(JsonValue.of(new BigDecimal("1.0"))).isNotEqualTo(JsonValue.of(1));
        assertThat(JsonValue.parse("1.0")).isNotEqualTo(JsonValue.parse("1"));
        assertThat(JsonValue.parse("1500.50")).isNotEqualTo(JsonValue.parse("1500.5"));
        assertThat(JsonValue.parse("[1.0]")).isNotEqualTo(JsonValue.parse("[1]"));
        assertThat(JsonValue.parse("{\"a\":1.0}")).isNotEqualTo(JsonValue.parse("{\"a\":1}"));
    }

    @Test
    void nestedValuesAreEqualByValueAtEveryLevel() {
        JsonValue one = JsonValue.parse("{\"plan\":{\"name\":\"pro\",\"seats\":12,\"tags\":[\"a\",{\"x\":null,\"y\":true}]},\"n\":2.50}");
        JsonValue reordered = JsonValue.parse("{\"n\":2.50,\"plan\":{\"tags\":[\"a\",{\"y\":true,\"x\":null}],\"seats\":12,\"name\":\"pro\"}}");

        assertThat(one).isEqualTo(reordered);
        assertThat(one.hashCode()).isEqualTo(reordered.hashCode());
    }

    @Test
    void nestedValuesDifferingDeepDownAreNotEqual() {
        JsonValue one = JsonValue.parse("{\"plan\":{\"tags\":[\"a\",{\"y\":true}]}}");

        assertThat(one).isNotEqualTo(JsonValue.parse("{\"plan\":{\"tags\":[\"a\",{\"y\":false}]}}"));
        assertThat(one).isNotEqualTo(JsonValue.parse("{\"plan\":{\"tags\":[\"a\",{\"y\":\"true\"}]}}"));
        assertThat(one).isNotEqualTo(JsonValue.parse("{\"plan\":{\"tags\":[{\"y\":true},\"a\"]}}"));
        assertThat(JsonValue.parse("{\"a\":{\"b\":1.0}}")).isNotEqualTo(JsonValue.parse("{\"a\":{\"b\":1}}"));
    }

    @Test
    void arraysAreEqualOnlyInTheSameOrder() {
        assertThat(JsonValue.parse("[1,\"a\",null]")).isEqualTo(new JsonArray(List.of(JsonValue.of(1), JsonValue.of("a"), NULL)));
        assertThat(JsonValue.parse("[1,\"a\",null]").hashCode())
                .isEqualTo(new JsonArray(List.of(JsonValue.of(1), JsonValue.of("a"), NULL)).hashCode());
        assertThat(JsonValue.parse("[1,2]")).isNotEqualTo(JsonValue.parse("[2,1]"));
        assertThat(JsonValue.parse("[1,2]")).isNotEqualTo(JsonValue.parse("[1,2,2]"));
    }

    @Test
    void stringsBooleansAndNullsAreEqualByValue() {
        assertThat(new JsonString("a")).isEqualTo(JsonValue.of("a")).hasSameHashCodeAs(JsonValue.of("a"));
        assertThat(new JsonString("a")).isNotEqualTo(JsonValue.of("A"));
        assertThat(new JsonBoolean(true)).isEqualTo(JsonBoolean.TRUE).hasSameHashCodeAs(JsonBoolean.TRUE);
        assertThat(new JsonBoolean(false)).isEqualTo(JsonBoolean.FALSE).isNotEqualTo(JsonBoolean.TRUE);
        assertThat(new JsonNull()).isEqualTo(JsonNull.INSTANCE).hasSameHashCodeAs(JsonNull.INSTANCE);
    }

    @Test
    void valuesOfDifferentShapesAreNeverEqual() {
        assertThat(JsonValue.of("1")).isNotEqualTo(JsonValue.of(1));
        assertThat(JsonValue.of("true")).isNotEqualTo(JsonBoolean.TRUE);
        assertThat(JsonValue.of("null")).isNotEqualTo(NULL);
        assertThat(NULL).isNotEqualTo(JsonBoolean.FALSE);
        assertThat(JsonObject.empty()).isNotEqualTo(new JsonArray(List.of()));
        assertThat(JsonValue.of(0)).isNotEqualTo(JsonBoolean.FALSE);
    }
}
