package dev.leadkit.core.json;

import static dev.leadkit.core.json.JsonValueTest.ordered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The records copy what they are given, hand out only unmodifiable views, and reject Java nulls. */
class JsonValueRecordsTest {

    @Test
    void anObjectCopiesTheMapItIsGiven() {
        Map<String, JsonValue> given = ordered("a", JsonValue.of(1), "b", JsonValue.of(2));
        JsonObject object = new JsonObject(given);
        JsonObject before = new JsonObject(ordered("a", JsonValue.of(1), "b", JsonValue.of(2)));
        int hash = object.hashCode();

        given.put("c", JsonValue.of(3));
        given.put("a", JsonValue.of("changed"));
        given.remove("b");

        assertThat(object).isEqualTo(before);
        assertThat(object.hashCode()).isEqualTo(hash);
        assertThat(object.toJson()).isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    void anObjectCopiesAMapCleared() {
        Map<String, JsonValue> given = ordered("a", JsonValue.of(1));
        JsonObject object = new JsonObject(given);

        given.clear();

        assertThat(object.members()).containsExactly(Map.entry("a", JsonValue.of(1)));
    }

    @Test
    void anArrayCopiesTheListItIsGiven() {
        List<JsonValue> given = new ArrayList<>(List.of(JsonValue.of(1), JsonValue.of(2)));
        JsonArray array = new JsonArray(given);
        int hash = array.hashCode();

        given.add(JsonValue.of(3));
        given.set(0, JsonValue.of("changed"));
        given.remove(1);

        assertThat(array.elements()).containsExactly(JsonValue.of(1), JsonValue.of(2));
        assertThat(array.hashCode()).isEqualTo(hash);
        assertThat(array.toJson()).isEqualTo("[1,2]");
    }

    @Test
    void anArrayCopiesAnArraysAsListView() {
        JsonValue[] backing = {JsonValue.of(1), JsonValue.of(2)};
        JsonArray array = new JsonArray(Arrays.asList(backing));

        backing[0] = JsonValue.of("changed");

        assertThat(array.elements()).containsExactly(JsonValue.of(1), JsonValue.of(2));
    }

    @Test
    void anObjectsMembersCannotBeChanged() {
        JsonObject object = new JsonObject(ordered("a", JsonValue.of(1), "b", JsonValue.of(2)));
        Map<String, JsonValue> members = object.members();

        assertThatThrownBy(() -> members.put("c", JsonValue.of(3))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> members.put("a", JsonValue.of(9))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> members.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(members::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> members.putAll(Map.of("d", JsonValue.of(4)))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> members.entrySet().iterator().next().setValue(JsonValue.of(9)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> members.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> members.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> members.replaceAll((k, v) -> JsonNull.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);

        assertThat(object).isEqualTo(new JsonObject(ordered("a", JsonValue.of(1), "b", JsonValue.of(2))));
    }

    @Test
    void theMapAsObjectHandsOutCannotBeChanged() {
        JsonValue object = JsonValue.parse("{\"a\":1}");
        Map<String, JsonValue> members = object.asObject().orElseThrow();

        assertThatThrownBy(() -> members.put("b", JsonValue.of(2))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(members::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(object).isEqualTo(JsonValue.parse("{\"a\":1}"));
    }

    @Test
    void anEmptyObjectsMembersCannotBeChanged() {
        assertThatThrownBy(() -> JsonObject.empty().members().put("a", JsonValue.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new JsonObject(new HashMap<>()).members().put("a", JsonValue.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(JsonObject.empty().members()).isEmpty();
    }

    @Test
    void anArraysElementsCannotBeChanged() {
        JsonArray array = new JsonArray(List.of(JsonValue.of(1), JsonValue.of(2)));
        List<JsonValue> elements = array.elements();

        assertThatThrownBy(() -> elements.add(JsonValue.of(3))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> elements.set(0, JsonValue.of(9))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> elements.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(elements::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> elements.sort(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> elements.listIterator().set(JsonNull.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> array.asArray().orElseThrow().add(JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);

        assertThat(array.elements()).containsExactly(JsonValue.of(1), JsonValue.of(2));
    }

    @Test
    void nestedContainersOfAParsedValueCannotBeChanged() {
        JsonValue parsed = JsonValue.parse("{\"plan\":{\"tags\":[\"a\",{\"x\":1}]}}");
        JsonObject plan = (JsonObject) parsed.get("plan").orElseThrow();
        JsonArray tags = (JsonArray) plan.get("tags").orElseThrow();
        JsonObject inner = (JsonObject) tags.elements().get(1);

        assertThatThrownBy(() -> ((JsonObject) parsed).members().put("b", JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.members().remove("tags")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tags.elements().add(JsonNull.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> inner.members().clear()).isInstanceOf(UnsupportedOperationException.class);

        assertThat(parsed).isEqualTo(JsonValue.parse("{\"plan\":{\"tags\":[\"a\",{\"x\":1}]}}"));
    }

    @Test
    void aValueStaysFoundInAHashSet() {
        JsonValue value = JsonValue.parse("{\"plan\":{\"tags\":[\"a\",{\"x\":1.50}]}}");
        Set<JsonValue> set = new HashSet<>(Set.of(value));

        assertThat(set).contains(JsonValue.parse("{\"plan\":{\"tags\":[\"a\",{\"x\":1.50}]}}"));
        assertThat(set).doesNotContain(JsonValue.parse("{\"plan\":{\"tags\":[\"a\",{\"x\":1.5}]}}"));
    }

    @Test
    void aStringOrANumberOfJavaNullIsRejected() {
        assertThatThrownBy(() -> new JsonString(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsonValue.of((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonNumber(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsonValue.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anObjectWithANullMemberValueIsRejected() {
        Map<String, JsonValue> withNull = new LinkedHashMap<>();
        withNull.put("a", JsonValue.of(1));
        withNull.put("b", null);

        assertThatThrownBy(() -> new JsonObject(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNullMemberValueIsRejectedNamingTheMember() {
        Map<String, JsonValue> withNull = new LinkedHashMap<>();
        withNull.put("plan", null);

        assertThatThrownBy(() -> new JsonObject(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("value of member plan");
    }

    @Test
    void anObjectWithANullMemberNameIsRejected() {
        Map<String, JsonValue> withNullName = new HashMap<>();
        withNullName.put(null, JsonValue.of(1));

        assertThatThrownBy(() -> new JsonObject(withNullName)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anArrayWithANullElementIsRejected() {
        List<JsonValue> withNull = new ArrayList<>();
        withNull.add(JsonValue.of(1));
        withNull.add(null);

        assertThatThrownBy(() -> new JsonArray(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNullMapOrListIsRejected() {
        assertThatThrownBy(() -> new JsonObject(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonArray(null)).isInstanceOf(NullPointerException.class);
    }
}
