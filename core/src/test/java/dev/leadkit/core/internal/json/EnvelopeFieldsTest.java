package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeFieldsTest {

    private static JsonValue envelope(String json) {
        return JsonValue.parse(json);
    }

    @Test
    void objectFindsAnObjectMember() {
        assertThat(EnvelopeFields.object(envelope("{\"meta\":{\"total\":3}}"), "meta"))
                .hasValue((JsonObject) JsonValue.parse("{\"total\":3}"));
    }

    @Test
    void objectIsEmptyWhenTheMemberIsAbsentNullOrNotAnObject() {
        assertThat(EnvelopeFields.object(envelope("{}"), "meta")).isEmpty();
        assertThat(EnvelopeFields.object(envelope("{\"meta\":null}"), "meta")).isEmpty();
        assertThat(EnvelopeFields.object(envelope("{\"meta\":[{}]}"), "meta")).isEmpty();
        assertThat(EnvelopeFields.object(envelope("{\"meta\":\"x\"}"), "meta")).isEmpty();
        assertThat(EnvelopeFields.object(envelope("[{\"meta\":{}}]"), "meta")).isEmpty();
    }

    @Test
    void countReadsANonNegativeNumber() {
        assertThat(EnvelopeFields.count(envelope("{\"total\":42}"), "total")).hasValue(42);
        assertThat(EnvelopeFields.count(envelope("{\"total\":0}"), "total")).hasValue(0);
        assertThat(EnvelopeFields.count(envelope("{\"total\":9223372036854775807}"), "total")).hasValue(Long.MAX_VALUE);
    }

    @Test
    void countReadsANumericStringWithoutItsSurroundingSpaces() {
        assertThat(EnvelopeFields.count(envelope("{\"total\":\"42\"}"), "total")).hasValue(42);
        assertThat(EnvelopeFields.count(envelope("{\"total\":\" 7 \"}"), "total")).hasValue(7);
    }

    @Test
    void countReadsAnIntegralDecimalOrExponentAsItsValue() {
        assertThat(EnvelopeFields.count(envelope("{\"total\":2.0}"), "total")).hasValue(2);
        assertThat(EnvelopeFields.count(envelope("{\"total\":1e3}"), "total")).hasValue(1000);
    }

    @Test
    void countIsEmptyWhenAbsentOrNull() {
        assertThat(EnvelopeFields.count(envelope("{}"), "total")).isEmpty();
        assertThat(EnvelopeFields.count(envelope("{\"total\":null}"), "total")).isEmpty();
    }

    @Test
    void aNegativeCountFails() {
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"total\":-1}"), "total"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'total' must not be negative but is -1");
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"total\":\"-2\"}"), "total"))
                .hasMessage("field 'total' must not be negative but is -2");
    }

    @Test
    void aFractionalCountFails() {
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"last_page\":1.5}"), "last_page"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("field 'last_page' should be an integer within 64 bits but is 1.5")
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    @Test
    void aCountBeyondALongFails() {
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"total\":9223372036854775808}"), "total"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("field 'total' should be an integer within 64 bits but is 9223372036854775808");
    }

    @Test
    void aNonNumericStringCountFailsShowingItQuoted() {
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"total\":\"many\"}"), "total"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("field 'total' should be an integer within 64 bits but is \"many\"")
                .hasCauseInstanceOf(NumberFormatException.class);
    }

    @Test
    void aCountOfAnotherKindFailsShowingTheValue() {
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"total\":true}"), "total"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'total' should be an integer but is true");
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"total\":{\"value\":3}}"), "total"))
                .hasMessage("field 'total' should be an integer but is {\"value\":3}");
    }

    @Test
    void aLongValueInAMessageIsCutAfterFortyCharacters() {
        String forty = "x".repeat(38); // with its quotes, 40 characters of JSON
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"total\":\"" + forty + "\"}"), "total"))
                .hasMessage("field 'total' should be an integer within 64 bits but is \"" + forty + "\"");
        assertThatThrownBy(() -> EnvelopeFields.count(envelope("{\"total\":\"" + forty + "y\"}"), "total"))
                .hasMessage("field 'total' should be an integer within 64 bits but is \"" + forty + "y…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void flagReadsABoolean(String flag) {
        assertThat(EnvelopeFields.flag(envelope("{\"has_more\":" + flag + "}"), "has_more")).hasValue(Boolean.parseBoolean(flag));
    }

    @Test
    void flagIsEmptyWhenAbsentOrNull() {
        assertThat(EnvelopeFields.flag(envelope("{}"), "has_more")).isEmpty();
        assertThat(EnvelopeFields.flag(envelope("{\"has_more\":null}"), "has_more")).isEmpty();
    }

    @Test
    void aFlagOfAnotherKindFailsShowingTheValue() {
        assertThatThrownBy(() -> EnvelopeFields.flag(envelope("{\"has_more\":\"true\"}"), "has_more"))
                .isInstanceOf(MalformedBodyException.class).hasMessage("field 'has_more' should be a boolean but is \"true\"");
        assertThatThrownBy(() -> EnvelopeFields.flag(envelope("{\"has_more\":1}"), "has_more"))
                .hasMessage("field 'has_more' should be a boolean but is 1");
    }

    @Test
    void isFalseOnlyForTheBooleanFalse() {
        assertThat(EnvelopeFields.isFalse(envelope("{\"success\":false}"), "success")).isTrue();
        assertThat(EnvelopeFields.isFalse(envelope("{\"success\":true}"), "success")).isFalse();
        assertThat(EnvelopeFields.isFalse(envelope("{}"), "success")).isFalse();
        assertThat(EnvelopeFields.isFalse(envelope("{\"success\":null}"), "success")).isFalse();
        assertThat(EnvelopeFields.isFalse(envelope("{\"success\":\"false\"}"), "success")).isFalse();
        assertThat(EnvelopeFields.isFalse(envelope("{\"success\":0}"), "success")).isFalse();
    }
}
