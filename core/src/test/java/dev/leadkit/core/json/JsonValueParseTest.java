package dev.leadkit.core.json;

import static dev.leadkit.core.json.JsonValueTest.ordered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code JsonValue.parse}: exactly one JSON value, numbers kept exactly, and round trips with {@code toJson()}. */
class JsonValueParseTest {

    static Stream<JsonValue> values() {
        return Stream.of(
                JsonObject.empty(),
                new JsonArray(List.of()),
                JsonValue.of(""),
                JsonValue.of("quote \" backslash \\ slash / \n \r \t \b \f \u0000 \u0001 \u001f end"),
                JsonValue.of("Zoë, 東京, 😀, \u007f, \u2028"),
                JsonValue.of(0),
                JsonValue.of(-1),
                JsonValue.of(Long.MAX_VALUE),
                JsonValue.of(Long.MIN_VALUE),
                JsonValue.of(new BigDecimal("12345678901234567890")),
                JsonValue.of(new BigDecimal("-98765432109876543210987654321")),
                JsonValue.of(new BigDecimal("1500.50")),
                JsonValue.of(new BigDecimal("1.0")),
                JsonValue.of(new BigDecimal("1e3")),
                JsonValue.of(new BigDecimal("-2.5e-12")),
                JsonValue.of(new BigDecimal("0.1000000000000000000000000001")),
                JsonValue.of(true),
                JsonValue.of(false),
                JsonNull.INSTANCE,
                new JsonObject(ordered(
                        "plan", new JsonObject(ordered("name", JsonValue.of("pro"), "seats", JsonValue.of(12))),
                        "tags", new JsonArray(List.of(JsonValue.of("a"), JsonNull.INSTANCE, JsonValue.of(new BigDecimal("2.50")),
                                new JsonArray(List.of(JsonObject.empty())))),
                        "we\"ird\nname", JsonValue.of(true),
                        "none", JsonNull.INSTANCE)));
    }

    @ParameterizedTest
    @MethodSource("values")
    void parsingTheJsonTextOfAValueGivesItBack(JsonValue value) {
        JsonValue parsed = JsonValue.parse(value.toJson());

        assertThat(parsed).isEqualTo(value);
        assertThat(parsed.toJson()).isEqualTo(value.toJson());
    }

    @Test
    void aParsedObjectIsAJsonObjectAndAnArrayAJsonArray() {
        assertThat(JsonValue.parse("{\"a\":[1]}")).isInstanceOf(JsonObject.class);
        assertThat(JsonValue.parse("{\"a\":[1]}").get("a").orElseThrow()).isInstanceOf(JsonArray.class);
        assertThat(JsonValue.parse("\"a\"")).isInstanceOf(JsonString.class);
        assertThat(JsonValue.parse("1")).isInstanceOf(JsonNumber.class);
        assertThat(JsonValue.parse("true")).isEqualTo(JsonBoolean.TRUE);
        assertThat(JsonValue.parse("false")).isEqualTo(JsonBoolean.FALSE);
        assertThat(JsonValue.parse("null")).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void escapesInTheTextAreResolved() {
        assertThat(JsonValue.parse("\"a\\\"b\\\\c\\/d\\n\\u00e9\\u0001\\ud83d\\ude00\"").asString())
                .contains("a\"b\\c/d\né\u0001😀");
    }

    @Test
    void anIntegerBeyondLongKeepsEveryDigit() {
        JsonValue big = JsonValue.parse("12345678901234567890");

        assertThat(big.asNumber()).contains(new BigDecimal("12345678901234567890"));
        assertThat(big.toJson()).isEqualTo("12345678901234567890");
        assertThat(JsonValue.parse("-9223372036854775809").asNumber()).contains(new BigDecimal("-9223372036854775809"));
        assertThat(JsonValue.parse("9223372036854775808").asNumber()).contains(new BigDecimal("9223372036854775808"));
    }

    @Test
    void integersWithinLongAreExactToo() {
        assertThat(JsonValue.parse("9223372036854775807").asNumber()).contains(BigDecimal.valueOf(Long.MAX_VALUE));
        assertThat(JsonValue.parse("-9223372036854775808").asNumber()).contains(BigDecimal.valueOf(Long.MIN_VALUE));
        assertThat(JsonValue.parse("2147483648").asNumber()).contains(BigDecimal.valueOf(2147483648L));
        assertThat(JsonValue.parse("-12").asNumber()).contains(BigDecimal.valueOf(-12));
        assertThat(JsonValue.parse("0").asNumber().orElseThrow().scale()).isZero();
    }

    @Test
    void aDecimalKeepsItsScale() {
        JsonValue price = JsonValue.parse("1500.50");

        assertThat(price.asNumber()).contains(new BigDecimal("1500.50"));
        assertThat(price.asNumber().orElseThrow().scale()).isEqualTo(2);
        assertThat(price.toJson()).isEqualTo("1500.50");
        assertThat(JsonValue.parse("0.1").asNumber()).contains(new BigDecimal("0.1"));
        assertThat(JsonValue.parse("3.141592653589793238462643383279").asNumber())
                .contains(new BigDecimal("3.141592653589793238462643383279"));
    }

    @Test
    void anExponentIsKeptAsSentNotAsADouble() {
        JsonValue thousand = JsonValue.parse("1e3");

        assertThat(thousand.asNumber()).contains(new BigDecimal("1e3"));
        assertThat(thousand.asNumber().orElseThrow().compareTo(BigDecimal.valueOf(1000))).isZero();
        assertThat(thousand.toJson()).isEqualTo("1E+3");
        assertThat(JsonValue.parse(thousand.toJson())).isEqualTo(thousand);
        assertThat(JsonValue.parse("1.5E-7").asNumber()).contains(new BigDecimal("1.5E-7"));
    }

    @Test
    void whitespaceAroundTheValueIsAllowed() {
        assertThat(JsonValue.parse(" \n\t {\"a\" : [ 1 , 2 ] } \r\n ")).isEqualTo(JsonValue.parse("{\"a\":[1,2]}"));
        assertThat(JsonValue.parse("  7  ")).isEqualTo(JsonValue.of(7));
    }

    @Test
    void aMemberSentTwiceKeepsItsLastValue() {
        assertThat(JsonValue.parse("{\"a\":1,\"b\":2,\"a\":3}").get("a")).contains(JsonValue.of(3));
    }

    @Test
    void contentAfterTheValueFails() {
        assertThatThrownBy(() -> JsonValue.parse("{}{")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.parse("{}{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.parse("[1] [2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.parse("1 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.parse("{} x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.parse("\"a\" \"b\"")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void textWithNoValueFails(String empty) {
        assertThatThrownBy(() -> JsonValue.parse(empty)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "[1,2", "[1,]", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{\"a\":1,}", "'a'", "\"open",
            "nul", "tru", "NaN", "Infinity", "01", "1.", ".5", "+1", "[1 2]", "\"tab\there\"", "// comment\n1", "]"})
    void malformedJsonFails(String malformed) {
        assertThatThrownBy(() -> JsonValue.parse(malformed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestingDeeperThanTheLimitFailsAsMalformedNotWithAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThatThrownBy(() -> JsonValue.parse(deep)).isInstanceOf(IllegalArgumentException.class);
    }
}
