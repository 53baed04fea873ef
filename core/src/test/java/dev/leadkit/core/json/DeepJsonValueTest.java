package dev.leadkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.internal.SmallStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values nested far deeper than any reader allows, built by hand, compare, hash and write on a thread of
 * 512 KiB of stack: their operations loop, they do not recurse.
 */
class DeepJsonValueTest {

    /** Deeper than anything a parser of leadkit or Jackson's default lets through (1,000). */
    private static final int DEPTH = 10_000;

    /** {@code {"a":{"a":...{"a":[leaf]}...}}}, {@code depth} objects deep, with a second member at each level. */
    private static JsonValue nested(int depth, JsonValue leaf) {
        JsonValue value = new JsonArray(List.of(leaf));
        for (int i = 0; i < depth; i++) {
            value = new JsonObject(JsonValueTest.ordered("a", value, "n", JsonValue.of(i)));
        }
        return value;
    }

    @Test
    void equalValuesNestedTenThousandDeepAreEqualWithTheSameHashCodeOnASmallStack() throws Throwable {
        JsonValue one = nested(DEPTH, JsonValue.of("leaf"));
        JsonValue other = nested(DEPTH, JsonValue.of("leaf"));

        assertThat(SmallStack.run(() -> one.equals(other))).isTrue();
        assertThat(SmallStack.run(one::hashCode)).isEqualTo(SmallStack.run(other::hashCode));
    }

    @Test
    void valuesNestedTenThousandDeepDifferingAtTheBottomAreNotEqualOnASmallStack() throws Throwable {
        JsonValue one = nested(DEPTH, JsonValue.of("leaf"));
        JsonValue other = nested(DEPTH, JsonValue.of("other leaf"));

        assertThat(SmallStack.run(() -> one.equals(other))).isFalse();
        assertThat(SmallStack.run(one::hashCode)).isNotEqualTo(SmallStack.run(other::hashCode));
    }

    @Test
    void aValueNestedTenThousandDeepWritesItsJsonOnASmallStack() throws Throwable {
        JsonValue deep = nested(DEPTH, JsonValue.of(true));

        String json = SmallStack.run(deep::toString);

        assertThat(json).startsWith("{\"a\":{\"a\":").endsWith(",\"n\":" + (DEPTH - 1) + "}").contains("[true]");
        assertThat(SmallStack.run(deep::toJson)).isEqualTo(json);
    }

    @Test
    void aDeepValueInAMapComparesAndHashesOnASmallStack() throws Throwable {
        Map<String, JsonValue> one = Map.of("variables", nested(DEPTH, JsonNull.INSTANCE));
        Map<String, JsonValue> other = Map.of("variables", nested(DEPTH, JsonNull.INSTANCE));

        assertThat(SmallStack.run(() -> one.equals(other) && one.hashCode() == other.hashCode())).isTrue();
    }

    @Test
    void arraysNestedDeepCompareInOrder() throws Throwable {
        JsonValue ab = JsonValue.of("a");
        JsonValue one = new JsonArray(List.of(ab, JsonValue.of(1)));
        JsonValue swapped = new JsonArray(List.of(JsonValue.of(1), ab));
        for (int i = 0; i < DEPTH; i++) {
            one = new JsonArray(List.of(one));
            swapped = new JsonArray(List.of(swapped));
        }
        JsonValue left = one;
        JsonValue right = swapped;

        assertThat(SmallStack.run(() -> left.equals(right))).isFalse();
    }
}
