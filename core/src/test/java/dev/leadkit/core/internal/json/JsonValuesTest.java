package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
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
}
