package dev.leadkit.core.json;

import static dev.leadkit.core.json.JsonValueTest.ordered;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code toJson()}: compact text, members in their order, strings escaped as RFC 8259 requires; {@code toString()} is the same. */
class JsonValueTextTest {

    @Test
    void nestedValuesWriteAsCompactJsonInMemberOrder() {
        JsonObject plan = new JsonObject(ordered(
                "name", JsonValue.of("pro"),
                "tags", new JsonArray(List.of(JsonValue.of("a"), JsonValue.of("b"))),
                "seats", JsonValue.of(12),
                "price", JsonValue.of(new BigDecimal("1500.50")),
                "trial", JsonValue.of(false),
                "active", JsonValue.of(true),
                "owner", JsonNull.INSTANCE,
                "limits", new JsonObject(ordered("users", new JsonArray(List.of(JsonValue.of(1),
                        new JsonObject(ordered("x", new JsonArray(List.of()))))))),
                "extra", JsonObject.empty()));

        assertThat(plan.toJson()).isEqualTo("{\"name\":\"pro\",\"tags\":[\"a\",\"b\"],\"seats\":12,\"price\":1500.50,"
                + "\"trial\":false,\"active\":true,\"owner\":null,\"limits\":{\"users\":[1,{\"x\":[]}]},\"extra\":{}}");
    }

    @Test
    void membersKeepTheOrderTheyWereGivenIn() {
        JsonObject zam = new JsonObject(ordered("z", JsonValue.of(1), "a", JsonValue.of(2), "m", JsonValue.of(3)));

        assertThat(zam.toJson()).isEqualTo("{\"z\":1,\"a\":2,\"m\":3}");
        assertThat(zam.members().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void parsedMembersKeepTheOrderTheyWereSentIn() {
        assertThat(JsonValue.parse("{ \"z\" : 1, \"a\" : [ 2 , 3 ], \"m\" : { } }").toJson())
                .isEqualTo("{\"z\":1,\"a\":[2,3],\"m\":{}}");
    }

    @Test
    void emptyContainersAndScalarsWriteAsJson() {
        assertThat(JsonObject.empty().toJson()).isEqualTo("{}");
        assertThat(new JsonArray(List.of()).toJson()).isEqualTo("[]");
        assertThat(JsonValue.of("").toJson()).isEqualTo("\"\"");
        assertThat(JsonValue.of(true).toJson()).isEqualTo("true");
        assertThat(JsonValue.of(false).toJson()).isEqualTo("false");
        assertThat(JsonNull.INSTANCE.toJson()).isEqualTo("null");
        assertThat(JsonValue.of(-7).toJson()).isEqualTo("-7");
    }

    @Test
    void numbersWriteWithTheirDigitsAndScale() {
        assertThat(JsonValue.of(new BigDecimal("1500.50")).toJson()).isEqualTo("1500.50");
        assertThat(JsonValue.of(new BigDecimal("12345678901234567890")).toJson()).isEqualTo("12345678901234567890");
        assertThat(JsonValue.of(new BigDecimal("1.0")).toJson()).isEqualTo("1.0");
        assertThat(JsonValue.of(new BigDecimal("1e3")).toJson()).isEqualTo("1E+3");
        assertThat(JsonValue.of(new BigDecimal("-0.000001")).toJson()).isEqualTo("-0.000001");
    }

    @Test
    void quoteAndBackslashAreEscaped() {
        assertThat(JsonValue.of("say \"hi\" \\o/").toJson()).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
    }

    @Test
    void theCommonControlCharactersUseTheirShortEscapes() {
        assertThat(JsonValue.of("a\nb\rc\td\be\ff").toJson()).isEqualTo("\"a\\nb\\rc\\td\\be\\ff\"");
    }

    @Test
    void otherControlCharactersAreSixCharacterUnicodeEscapes() {
        assertThat(JsonValue.of("\u0000").toJson()).isEqualTo("\"\\u0000\"");
        assertThat(JsonValue.of("a\u0001b").toJson()).isEqualTo("\"a\\u0001b\"");
        assertThat(JsonValue.of("\u000b").toJson()).isEqualTo("\"\\u000b\"");
        assertThat(JsonValue.of("\u001f").toJson()).isEqualTo("\"\\u001f\"");
    }

    @Test
    void nonAsciiAndPrintableCharactersAreKeptAsTheyAre() {
        assertThat(JsonValue.of("Zoë Müller, 東京, 😀, \u007f, \u2028, / ' ~ space").toJson())
                .isEqualTo("\"Zoë Müller, 東京, 😀, \u007f, \u2028, / ' ~ space\"");
    }

    @Test
    void memberNamesAreEscapedLikeStrings() {
        JsonObject odd = new JsonObject(Map.of("a\"b\\c\nd\u0002", JsonValue.of("v\t")));

        assertThat(odd.toJson()).isEqualTo("{\"a\\\"b\\\\c\\nd\\u0002\":\"v\\t\"}");
    }

    @Test
    void stringsInsideArraysAndObjectsAreEscaped() {
        JsonArray array = new JsonArray(List.of(JsonValue.of("\"q\""), new JsonObject(Map.of("k", JsonValue.of("\\")))));

        assertThat(array.toJson()).isEqualTo("[\"\\\"q\\\"\",{\"k\":\"\\\\\"}]");
    }

    @Test
    void toStringIsTheJsonTextOnEveryShape() {
        List<JsonValue> values = List.of(
                JsonValue.parse("{\"a\":[1,\"x\\n\",{\"b\":null}],\"c\":1500.50}"),
                JsonValue.parse("[true,false,null,\"\\u0001\"]"),
                JsonValue.of("quote \" and \\"),
                JsonValue.of(new BigDecimal("1e3")),
                JsonValue.of(true),
                JsonNull.INSTANCE,
                JsonObject.empty());
        for (JsonValue value : values) {
            assertThat(value.toString()).isEqualTo(value.toJson());
        }
        assertThat(JsonValue.of("a\"b").toString()).isEqualTo("\"a\\\"b\"");
        assertThat(JsonNull.INSTANCE.toString()).isEqualTo("null");
        assertThat(new JsonArray(List.of(JsonValue.of(1))).toString()).isEqualTo("[1]");
    }
}
