package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.leadkit.core.json.JsonNumber;
import dev.leadkit.core.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one bound on a number's digits, kept alike by leadkit's readers, its writer and a plain Jackson parser. */
class JsonNumbersTest {

    private static final String NINES = "9".repeat(JsonNumber.MAX_DIGITS);

    /** A parser standing on the value of {@code {"v": <json>}}, within {@code maxNumberLength}. */
    private static JsonParser onValue(String json, int maxNumberLength) throws IOException {
        JsonParser parser = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(maxNumberLength).build())
                .build().createParser("{\"v\":" + json + "}");
        parser.nextToken();
        parser.nextFieldName();
        parser.nextToken();
        return parser;
    }

    private static long digitsIn(String text) {
        return text.chars().filter(Character::isDigit).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-12", "1500.50", "100.0", "0.001", "0.000001", "1E-7", "1.23E-7", "12345E-10",
            "1E+3", "9.99E+1003", "1E+2147483647", "1E-2147483647", "0E-11", "0E+5", "-0.0000012345"})
    void writtenDigitsCountsTheDigitsToStringWrites(String number) {
        BigDecimal value = new BigDecimal(number);

        assertThat(JsonNumbers.writtenDigits(value)).isEqualTo(digitsIn(value.toString()));
    }

    @Test
    void aNumberOfTheMostDigitsLeadkitWritesIsReadBackByAPlainJacksonParserAndByLeadkit() throws IOException {
        JsonNumber widest = JsonValue.of(new BigDecimal(NINES.substring(4) + "E+100"));
        assertThat(digitsIn(widest.toJson())).isEqualTo(JsonNumber.MAX_DIGITS);

        try (JsonParser plain = new JsonFactory().createParser("{\"v\":" + widest.toJson() + "}")) {
            plain.nextToken();
            plain.nextFieldName();
            plain.nextToken();
            assertThat(plain.getDecimalValue()).isEqualTo(widest.value());
        }
        assertThat(JsonValue.parse("{\"v\":" + widest.toJson() + "}").get("v")).hasValue(widest);
    }

    @Test
    void aNumberOfAThousandSignificantDigitsWithAnExponentIsRefusedAsItWouldNotReadBack() {
        String sent = NINES + "e5"; // written back as 9.99…E+1004: 1,004 digits

        assertThatThrownBy(() -> JsonTrees.read(onValue(sent, 2000))).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("Number value length (1004 digits as written) exceeds the maximum allowed (1000)");
        assertThatThrownBy(() -> JsonValue.parse(sent)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Number value length (1004");
    }

    @Test
    void aJsonNumberOfMoreDigitsThanLeadkitReadsCannotBeMade() {
        BigDecimal wide = new BigDecimal(NINES + "E+5");

        assertThatThrownBy(() -> JsonValue.of(wide)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a JSON number has at most 1000 digits as written, got one of 1004 digits");
        assertThat(JsonValue.of(new BigDecimal(NINES)).value().precision()).isEqualTo(1000);
    }

    @Test
    void aParsersOwnLowerCapHoldsForLeadkitsCheckToo() {
        assertThatThrownBy(() -> JsonTrees.read(onValue("12345e-10", 8))).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("(11 digits as written) exceeds the maximum allowed (8)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "-1e-2147483649", "1E+99999999999"})
    void aNumberWhoseExponentDoesNotFitIsOutOfRangeNotABareNumberFormatException(String number) {
        assertThatThrownBy(() -> JsonTrees.read(onValue(number, 1000))).isExactlyInstanceOf(MalformedBodyException.class)
                .hasMessageStartingWith("the number " + number + " is out of range: its exponent does not fit")
                .hasCauseInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> JsonValue.parse(number)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "2.5e2147483648", "0e2147483648", "1e-2147483649", "1e99999999999"})
    void anExponentOutsideAnIntIsRefusedOnEveryJdk(String number) {
        // JDK 25 reads some of these (into a scale as low as Integer.MIN_VALUE); JDK 17 refuses them all
        assertThatThrownBy(() -> JsonNumbers.decimal(number)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483647", "1e+2147483647", "1e-2147483647", "1e00000000000002", "1.5E3", "42"})
    void anExponentInsideAnIntIsRead(String number) {
        assertThat(JsonNumbers.decimal(number)).isEqualByComparingTo(new BigDecimal(number));
    }

    @Test
    void aHugeExponentThatFitsIsKeptAndWrittenBackAsItIs() {
        assertThat(JsonValue.parse("1e2147483647").toJson()).isEqualTo("1E+2147483647");
    }

    @Test
    void aNumericStringOfMoreDigitsThanTheCapIsRefusedBeforeItIsParsed() throws IOException {
        String digits = "9".repeat(300_000);

        assertThatThrownBy(() -> JsonValues.decimal(onValue("\"" + digits + "\"", 1000), "value"))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("Number value length (300000 digits as written) exceeds the maximum allowed (1000)");
    }

    @Test
    void aNumericStringIsReadUnderTheParsersCapAndMAX_DIGITS() throws IOException {
        assertThat(JsonValues.decimal(onValue("\"" + NINES + "\"", 1000), "value")).hasValue(new BigDecimal(NINES));
        assertThatThrownBy(() -> JsonValues.decimal(onValue("\"123456\"", 5), "value"))
                .isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> JsonValues.decimal(onValue("\"" + NINES + "9\"", 5000), "value"))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("maximum allowed (1000)");
    }

    @Test
    void aNumericStringThatIsOutOfRangeIsAMalformedValueNamingTheField() {
        assertThatThrownBy(() -> JsonValues.decimal(onValue("\"1e2147483648\"", 1000), "value"))
                .isExactlyInstanceOf(MalformedBodyException.class)
                .hasMessage("field 'value' should be a number but is \"1e2147483648\"");
    }

    @Test
    void aLongNonNumericStringIsShownCut() {
        String text = "x".repeat(5000);

        assertThatThrownBy(() -> JsonValues.decimal(onValue("\"" + text + "\"", 1000), "value"))
                .hasMessage("field 'value' should be a number but is \"" + "x".repeat(40) + "… (5000 characters)\"");
    }

    @Test
    void anIntegerOfMoreDigitsThanTheCapFails() {
        String integer = new BigInteger("1" + "0".repeat(1000)).toString();

        assertThatThrownBy(() -> JsonTrees.read(onValue(integer, 2000))).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("(1001 digits as written)");
    }
}
