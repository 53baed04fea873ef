package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonValuesTest {

    /** A parser standing on the value of {@code {"v": <json>}}, as a decoder's field loop leaves it. */
    private static JsonParser onValue(String json) throws IOException {
        JsonParser parser = Json.parser("{\"v\":" + json + "}");
        parser.nextToken();
        parser.nextFieldName();
        parser.nextToken();
        return parser;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"text\"", "1", "-7", "3000000000", "123456789012345678901234567890", "1500.50", "100.0",
            "1e3", "true", "false", "null", "{\"a\":[1,{\"b\":null}]}", "[]", "\"\\u00e9\\n\""})
    void readingAValueInsideADocumentEqualsParsingItAlone(String json) throws IOException {
        assertThat(JsonTrees.read(onValue(json))).isEqualTo(JsonValue.parse(json));
    }

    @Test
    void treeLeavesTheParserOnTheValuesLastTokenSoTheFieldLoopGoesOn() throws IOException {
        JsonParser parser = Json.parser("{\"v\":{\"a\":1},\"next\":2}");
        parser.nextToken();
        parser.nextFieldName();
        parser.nextToken();

        JsonTrees.read(parser);

        assertThat(parser.nextFieldName()).isEqualTo("next");
    }

    @Test
    void textReadsNumbersExactlyAsWritten() throws IOException {
        assertThat(JsonValues.text(onValue("1500.50"), "v")).hasValue("1500.50");
        assertThat(JsonValues.text(onValue("true"), "v")).hasValue("true");
        assertThat(JsonValues.text(onValue("null"), "v")).isEmpty();
    }

    @Test
    void textOfAnObjectFailsNamingTheField() {
        assertThatThrownBy(() -> JsonValues.text(onValue("{}"), "name"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'name' should be a string but is OBJECT");
    }

    @Test
    void idReadsANumberOrAStringAndFailsOnNullAsMissing() throws IOException {
        assertThat(JsonValues.id(onValue("42"), "id")).isEqualTo("42");
        assertThat(JsonValues.id(onValue("\"lead_1\""), "id")).isEqualTo("lead_1");
        assertThatThrownBy(() -> JsonValues.id(onValue("null"), "id")).hasMessage("required field 'id' is missing");
        assertThatThrownBy(() -> JsonValues.id(onValue("1.5"), "id")).hasMessageContaining("should be an integer or a string");
    }

    @Test
    void longValueReadsNumericStringsAndRejectsOverflow() throws IOException {
        assertThat(JsonValues.longValue(onValue("\" 12 \""), "total")).hasValue(12);
        assertThatThrownBy(() -> JsonValues.longValue(onValue("99999999999999999999"), "total"))
                .isInstanceOf(MalformedBodyException.class).hasMessageContaining("'total' is out of range");
        assertThatThrownBy(() -> JsonValues.longValue(onValue("\"many\""), "total")).hasMessageContaining("should be an integer");
    }

    @Test
    void decimalKeepsTheScaleAndReadsABlankStringAsAbsent() throws IOException {
        assertThat(JsonValues.decimal(onValue("1500.50"), "value")).hasValue(new BigDecimal("1500.50"));
        assertThat(JsonValues.decimal(onValue("\"99.90\""), "value")).hasValue(new BigDecimal("99.90"));
        assertThat(JsonValues.decimal(onValue("\" \""), "value")).isEmpty();
    }

    @Test
    void instantReadsABlankStringAsAbsentAndGarbageAsMalformed() throws IOException {
        assertThat(JsonValues.instant(onValue("\"2025-06-30 11:18:04\""), "at", ZoneOffset.UTC))
                .hasValue(Instant.parse("2025-06-30T11:18:04Z"));
        assertThat(JsonValues.instant(onValue("\"\""), "at", ZoneOffset.UTC)).isEmpty();
        assertThatThrownBy(() -> JsonValues.instant(onValue("\"soon\""), "at", ZoneOffset.UTC))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'at' is not a timestamp: \"soon\"");
    }

    @Test
    void textListSkipsNullsAndReadsScalarsAsText() throws IOException {
        assertThat(JsonValues.textList(onValue("[\"a\",null,2]"), "phones")).containsExactly("a", "2");
        assertThat(JsonValues.textList(onValue("null"), "phones")).isEmpty();
    }

    @Test
    void textListWithAnObjectElementFailsInsteadOfReadingItAsEmptyText() {
        assertThatThrownBy(() -> JsonValues.textList(onValue("[\"a\",{\"number\":\"+1\"}]"), "phones"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("field 'phones' should hold strings but one element is OBJECT");
    }

    @Test
    void membersHandsOverEachMemberInOrderAndReadsPhpsEmptyArrayAsNoMembers() throws IOException {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        JsonValues.members(onValue("{\"b\":1,\"a\":\"x\"}"), "variables", members::put);
        assertThat(members.keySet()).containsExactly("b", "a");

        JsonValues.members(onValue("[]"), "variables", (name, value) -> {
            throw new AssertionError("no member expected");
        });
    }

    @Test
    void membersOfANonEmptyArrayFails() {
        assertThatThrownBy(() -> JsonValues.members(onValue("[1]"), "variables", (name, value) -> { }))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'variables' should be an object but is ARRAY");
    }

    @Test
    void putUnknownCreatesTheMapOnlyForTheFirstUnknownMember() throws IOException {
        assertThat(JsonValues.unknownOrEmpty(null)).isEmpty();

        Map<String, JsonValue> unknown = JsonValues.putUnknown(null, "x", onValue("1"));
        Map<String, JsonValue> same = JsonValues.putUnknown(unknown, "y", onValue("2"));

        assertThat(same).isSameAs(unknown).containsOnlyKeys("x", "y");
    }

    /** Whether the parser left on a value's last token lets the field loop go on to the member after it. */
    private static void assertTheFieldLoopGoesOn(JsonParser parser) throws IOException {
        assertThat(parser.nextToken()).isEqualTo(JsonToken.END_OBJECT);
    }

    @Test
    void isNullIsTrueOnlyOnJsonNull() throws IOException {
        assertThat(JsonValues.isNull(onValue("null"))).isTrue();
        for (String json : List.of("\"null\"", "0", "false", "{}", "[]")) {
            assertThat(JsonValues.isNull(onValue(json))).as(json).isFalse();
        }
    }

    @Test
    void textReadsAStringAsItsCharacters() throws IOException {
        assertThat(JsonValues.text(onValue("\"a \\\"b\\\"\""), "v")).hasValue("a \"b\"");
    }

    @Test
    void textOfAnArrayFailsNamingTheField() {
        assertThatThrownBy(() -> JsonValues.text(onValue("[\"a\"]"), "name"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'name' should be a string but is ARRAY");
    }

    @Test
    void requiredTextReadsAScalar() throws IOException {
        assertThat(JsonValues.requiredText(onValue("\"x\""), "status")).isEqualTo("x");
        assertThat(JsonValues.requiredText(onValue("12"), "status")).isEqualTo("12");
    }

    @Test
    void requiredTextOfNullFailsAsMissing() {
        assertThatThrownBy(() -> JsonValues.requiredText(onValue("null"), "status"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("required field 'status' is missing");
    }

    @Test
    void idOfABooleanOrAnObjectFailsShowingTheValue() {
        assertThatThrownBy(() -> JsonValues.id(onValue("true"), "id"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'id' should be an integer or a string but is true");
        assertThatThrownBy(() -> JsonValues.id(onValue("{\"a\":1}"), "id"))
                .hasMessage("field 'id' should be an integer or a string but is {\"a\":1}");
    }

    @Test
    void idLeavesTheParserOnItsValue() throws IOException {
        JsonParser parser = onValue("7");
        JsonValues.id(parser, "id");
        assertTheFieldLoopGoesOn(parser);
    }

    @Test
    void longValueReadsNumbersAndIsEmptyForNull() throws IOException {
        assertThat(JsonValues.longValue(onValue("42"), "total")).hasValue(42);
        assertThat(JsonValues.longValue(onValue("-3"), "total")).hasValue(-3);
        assertThat(JsonValues.longValue(onValue("9223372036854775807"), "total")).hasValue(Long.MAX_VALUE);
        assertThat(JsonValues.longValue(onValue("null"), "total")).isEmpty();
    }

    @Test
    void longValueOutOfRangeShowsTheNumberAsSent() {
        assertThatThrownBy(() -> JsonValues.longValue(onValue("9223372036854775808"), "total"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'total' is out of range: 9223372036854775808");
    }

    @Test
    void longValueOfANonNumericStringShowsTheStringAsSent() {
        assertThatThrownBy(() -> JsonValues.longValue(onValue("\" many \""), "total"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'total' should be an integer but is \" many \"");
    }

    @Test
    void longValueOfADecimalABooleanOrAnObjectFailsShowingTheValue() {
        assertThatThrownBy(() -> JsonValues.longValue(onValue("1.5"), "total"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'total' should be an integer but is 1.5");
        assertThatThrownBy(() -> JsonValues.longValue(onValue("true"), "total"))
                .hasMessage("field 'total' should be an integer but is true");
        assertThatThrownBy(() -> JsonValues.longValue(onValue("{\"n\":1}"), "total"))
                .hasMessage("field 'total' should be an integer but is {\"n\":1}");
    }

    @Test
    void boolReadsTrueAndFalseAndIsEmptyForNull() throws IOException {
        assertThat(JsonValues.bool(onValue("true"), "active")).hasValue(true);
        assertThat(JsonValues.bool(onValue("false"), "active")).hasValue(false);
        assertThat(JsonValues.bool(onValue("null"), "active")).isEmpty();
    }

    @Test
    void boolOfAStringOrANumberFailsShowingTheValue() {
        assertThatThrownBy(() -> JsonValues.bool(onValue("\"true\""), "active"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'active' should be a boolean but is \"true\"");
        assertThatThrownBy(() -> JsonValues.bool(onValue("1"), "active")).hasMessage("field 'active' should be a boolean but is 1");
    }

    @Test
    void decimalReadsIntegersAndExponentsExactlyAndIsEmptyForNull() throws IOException {
        assertThat(JsonValues.decimal(onValue("7"), "value")).hasValue(new BigDecimal("7"));
        assertThat(JsonValues.decimal(onValue("1e3"), "value")).hasValue(new BigDecimal("1E+3"));
        assertThat(JsonValues.decimal(onValue("123456789012345678901234567890.10"), "value"))
                .hasValue(new BigDecimal("123456789012345678901234567890.10"));
        assertThat(JsonValues.decimal(onValue("null"), "value")).isEmpty();
    }

    @Test
    void decimalReadsANumericStringWithoutItsSurroundingSpaces() throws IOException {
        assertThat(JsonValues.decimal(onValue("\" 99.90 \""), "value")).hasValue(new BigDecimal("99.90"));
        assertThat(JsonValues.decimal(onValue("\"\""), "value")).isEmpty();
    }

    @Test
    void decimalOfANonNumericStringFailsShowingTheString() {
        assertThatThrownBy(() -> JsonValues.decimal(onValue("\"ten\""), "value"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'value' should be a number but is \"ten\"");
    }

    @Test
    void decimalOfABooleanOrAnObjectFailsNamingItsKind() {
        assertThatThrownBy(() -> JsonValues.decimal(onValue("true"), "value"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'value' should be a number but is BOOLEAN");
        assertThatThrownBy(() -> JsonValues.decimal(onValue("{}"), "value")).hasMessage("field 'value' should be a number but is OBJECT");
    }

    @Test
    void instantReadsInTheGivenZoneAndIsEmptyForNullOrBlank() throws IOException {
        assertThat(JsonValues.instant(onValue("\"2025-06-30 11:18:04\""), "at", ZoneId.of("Europe/Bucharest")))
                .hasValue(Instant.parse("2025-06-30T08:18:04Z"));
        assertThat(JsonValues.instant(onValue("null"), "at", ZoneOffset.UTC)).isEmpty();
        assertThat(JsonValues.instant(onValue("\"  \""), "at", ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void instantThatIsNotATimestampKeepsTheParseFailureAsCause() {
        assertThatThrownBy(() -> JsonValues.instant(onValue("\"2025-02-30 10:00:00\""), "at", ZoneOffset.UTC))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'at' is not a timestamp: \"2025-02-30 10:00:00\"")
                .hasCauseInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void instantOfAnObjectFailsAsNotAString() {
        assertThatThrownBy(() -> JsonValues.instant(onValue("{}"), "at", ZoneOffset.UTC))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'at' should be a string but is OBJECT");
    }

    @Test
    void requiredInstantReadsATimestamp() throws IOException {
        assertThat(JsonValues.requiredInstant(onValue("\"2025-06-30T11:18:04Z\""), "createdAt", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2025-06-30T11:18:04Z"));
    }

    @Test
    void requiredInstantOfNullOrBlankFailsAsMissing() {
        assertThatThrownBy(() -> JsonValues.requiredInstant(onValue("null"), "createdAt", ZoneOffset.UTC))
                .isInstanceOf(MalformedBodyException.class).hasMessage("required field 'createdAt' is missing");
        assertThatThrownBy(() -> JsonValues.requiredInstant(onValue("\" \""), "createdAt", ZoneOffset.UTC))
                .hasMessage("required field 'createdAt' is missing");
    }

    @Test
    void textListReadsBooleansAndNumbersAsWrittenAndLeavesTheParserAfterTheArray() throws IOException {
        JsonParser parser = onValue("[true,1.50,\"x\"]");
        assertThat(JsonValues.textList(parser, "tags")).containsExactly("true", "1.50", "x");
        assertTheFieldLoopGoesOn(parser);
    }

    @Test
    void textListOfAnEmptyArrayIsEmpty() throws IOException {
        assertThat(JsonValues.textList(onValue("[]"), "tags")).isEmpty();
    }

    @Test
    void textListOfSomethingElseThanAnArrayFailsNamingItsKind() {
        assertThatThrownBy(() -> JsonValues.textList(onValue("\"a\""), "tags"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'tags' should be an array but is STRING");
        assertThatThrownBy(() -> JsonValues.textList(onValue("{}"), "tags")).hasMessage("field 'tags' should be an array but is OBJECT");
    }

    @Test
    void textListWithAnArrayElementFails() {
        assertThatThrownBy(() -> JsonValues.textList(onValue("[[\"a\"]]"), "tags"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'tags' should hold strings but one element is ARRAY");
    }

    @Test
    void membersOfNullHandsOverNothing() throws IOException {
        JsonParser parser = onValue("null");
        JsonValues.members(parser, "variables", (name, value) -> {
            throw new AssertionError("no member expected");
        });
        assertTheFieldLoopGoesOn(parser);
    }

    @Test
    void membersReadsNestedValuesWholeAndLeavesTheParserAfterTheObject() throws IOException {
        JsonParser parser = onValue("{\"plan\":{\"seats\":[1,2]},\"vip\":true,\"none\":null}");
        Map<String, JsonValue> members = new LinkedHashMap<>();

        JsonValues.members(parser, "variables", members::put);

        assertThat(members).containsExactly(Map.entry("plan", JsonValue.parse("{\"seats\":[1,2]}")),
                Map.entry("vip", JsonValue.of(true)), Map.entry("none", dev.leadkit.core.json.JsonNull.INSTANCE));
        assertTheFieldLoopGoesOn(parser);
    }

    @Test
    void membersOfPhpsEmptyArrayLeavesTheParserAfterIt() throws IOException {
        JsonParser parser = onValue("[]");
        JsonValues.members(parser, "variables", (name, value) -> { });
        assertTheFieldLoopGoesOn(parser);
    }

    @Test
    void membersOfAScalarFailsNamingItsKind() {
        assertThatThrownBy(() -> JsonValues.members(onValue("\"a\""), "variables", (name, value) -> { }))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'variables' should be an object but is STRING");
    }

    @Test
    void putUnknownKeepsTheMembersInTheOrderTheyCame() throws IOException {
        Map<String, JsonValue> unknown = null;
        for (String name : List.of("z", "a", "m")) {
            unknown = JsonValues.putUnknown(unknown, name, onValue("\"" + name + "\""));
        }
        assertThat(new ArrayList<>(unknown.keySet())).containsExactly("z", "a", "m");
        assertThat(unknown.get("a")).isEqualTo(JsonValue.of("a"));
    }

    @Test
    void unknownOrEmptyHandsBackTheMapCollected() throws IOException {
        Map<String, JsonValue> unknown = JsonValues.putUnknown(null, "x", onValue("1"));

        assertThat(JsonValues.unknownOrEmpty(unknown)).isSameAs(unknown).containsEntry("x", JsonValue.of(1));
    }

    @Test
    void requireObjectAcceptsAnObject() throws IOException {
        JsonValues.requireObject(onValue("{}"), "lead");
    }

    @Test
    void requireObjectOfAnythingElseFailsNamingWhatItShouldBe() {
        assertThatThrownBy(() -> JsonValues.requireObject(onValue("[]"), "lead"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("each lead should be an object but one is ARRAY");
        assertThatThrownBy(() -> JsonValues.requireObject(onValue("7"), "contact"))
                .hasMessage("each contact should be an object but one is NUMBER");
    }

    @Test
    void requiredHandsBackAValueThatCame() {
        assertThat(JsonValues.required("lead_1", "id")).isEqualTo("lead_1");
    }

    @Test
    void requiredOfAValueThatNeverCameFailsAsMissing() {
        assertThatThrownBy(() -> JsonValues.required(null, "phone_number"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("required field 'phone_number' is missing");
    }

    @Test
    void kindNamesEveryTokenAsJacksonsValueTypesDo() {
        assertThat(JsonValues.kind(null)).isEqualTo("MISSING");
        assertThat(JsonValues.kind(JsonToken.START_OBJECT)).isEqualTo("OBJECT");
        assertThat(JsonValues.kind(JsonToken.START_ARRAY)).isEqualTo("ARRAY");
        assertThat(JsonValues.kind(JsonToken.VALUE_STRING)).isEqualTo("STRING");
        assertThat(JsonValues.kind(JsonToken.VALUE_NUMBER_INT)).isEqualTo("NUMBER");
        assertThat(JsonValues.kind(JsonToken.VALUE_NUMBER_FLOAT)).isEqualTo("NUMBER");
        assertThat(JsonValues.kind(JsonToken.VALUE_TRUE)).isEqualTo("BOOLEAN");
        assertThat(JsonValues.kind(JsonToken.VALUE_FALSE)).isEqualTo("BOOLEAN");
        assertThat(JsonValues.kind(JsonToken.VALUE_NULL)).isEqualTo("NULL");
        assertThat(JsonValues.kind(JsonToken.END_ARRAY)).isEqualTo("END_ARRAY");
        assertThat(JsonValues.kind(JsonToken.FIELD_NAME)).isEqualTo("FIELD_NAME");
    }

    @Test
    void missingNamesTheField() {
        assertThat(JsonValues.missing("email")).isInstanceOf(MalformedBodyException.class)
                .hasMessage("required field 'email' is missing").hasNoCause();
    }

    @Test
    void everyReaderLeavesTheParserOnTheValuesLastToken() throws IOException {
        List<JsonParser> parsers = new ArrayList<>();
        JsonParser parser = onValue("\"x\"");
        JsonValues.text(parser, "v");
        parsers.add(parser);
        parser = onValue("3");
        JsonValues.longValue(parser, "v");
        parsers.add(parser);
        parser = onValue("true");
        JsonValues.bool(parser, "v");
        parsers.add(parser);
        parser = onValue("1.5");
        JsonValues.decimal(parser, "v");
        parsers.add(parser);
        parser = onValue("\"2025-06-30T11:18:04Z\"");
        JsonValues.instant(parser, "v", ZoneOffset.UTC);
        parsers.add(parser);
        parser = onValue("{\"a\":[1]}");
        JsonValues.putUnknown(null, "v", parser);
        parsers.add(parser);
        for (JsonParser read : parsers) {
            assertTheFieldLoopGoesOn(read);
        }
    }
}
