package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.leadkit.core.internal.SmallStack;
import dev.leadkit.core.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreesTest {

    @Test
    void readingAParserThatReachedTheEndFailsAsAnEndedBody() throws IOException {
        JsonParser parser = Json.parser("");
        parser.nextToken();

        assertThatThrownBy(() -> JsonTrees.read(parser))
                .isInstanceOf(MalformedBodyException.class).hasMessage("expected a JSON value but the body ended");
    }

    @Test
    void readingAParserOnTheEndOfAContainerFailsNamingTheToken() throws IOException {
        JsonParser parser = Json.parser("[]");
        parser.nextToken();
        parser.nextToken();

        assertThatThrownBy(() -> JsonTrees.read(parser))
                .isInstanceOf(MalformedBodyException.class).hasMessage("expected a JSON value but found END_ARRAY");
    }

    @Test
    void integersOfEverySizeKeepEveryDigit() throws IOException {
        for (String integer : new String[] {"0", "-1", "2147483647", "2147483648", "-9223372036854775808",
                "9223372036854775808", "-123456789012345678901234567890"}) {
            JsonParser parser = Json.parser(integer);
            parser.nextToken();
            assertThat(JsonTrees.read(parser).asNumber()).as(integer).hasValue(new BigDecimal(integer));
        }
    }

    @Test
    void aParserOverABodyStreamReadsTheSameValue() throws IOException {
        String json = "{\"a\":[1,2.50,\"é\"],\"b\":{\"c\":null}}";
        try (JsonParser parser = Json.parser(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            parser.nextToken();
            assertThat(JsonTrees.read(parser)).isEqualTo(JsonValue.parse(json));
            assertThat(parser.nextToken()).isNull();
        }
    }

    @Test
    void parsingNullIsRejectedByName() {
        assertThatThrownBy(() -> JsonTrees.parse(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("json must not be null");
    }

    @Test
    void parsingTextWithNoValueSaysSo() {
        assertThatThrownBy(() -> JsonTrees.parse("  \n")).isInstanceOf(IllegalArgumentException.class).hasMessage("json holds no value");
    }

    @Test
    void parsingTextThatGoesOnAfterItsValueSaysWhereAndKeepsTheCause() {
        assertThatThrownBy(() -> JsonTrees.parse("{} []"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("json is not one well-formed JSON value: the body goes on after its JSON value ends"
                        + " (found START_ARRAY at offset 3)")
                .hasCauseInstanceOf(MalformedBodyException.class);
    }

    @Test
    void parsingMalformedTextKeepsOnlyTheFirstLineOfJacksonsMessage() {
        assertThatThrownBy(() -> JsonTrees.parse("{\"a\":}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("json is not one well-formed JSON value: Unexpected character ('}'")
                .hasMessageNotContaining("\n")
                .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void nestingUpToTwoHundredLevelsReads() {
        String deepest = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);

        assertThat(JsonTrees.parse(deepest).toJson()).isEqualTo(deepest);
    }

    @Test
    void nestingOneLevelDeeperThanTwoHundredFails() {
        String tooDeep = "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1);

        assertThatThrownBy(() -> JsonTrees.parse(tooDeep)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void requireEndAcceptsWhitespaceAfterTheValue() throws IOException {
        JsonParser parser = Json.parser("{\"a\":1} \n ");
        parser.nextToken();
        parser.skipChildren();

        Json.requireEnd(parser);

        assertThat(parser.currentToken()).isNull();
    }

    @Test
    void requireEndFailsOnASecondValue() throws IOException {
        JsonParser parser = Json.parser("1 2");
        parser.nextToken();

        assertThatThrownBy(() -> Json.requireEnd(parser)).isInstanceOf(MalformedBodyException.class)
                .hasMessage("the body goes on after its JSON value ends (found " + JsonToken.VALUE_NUMBER_INT + " at offset 2)");
    }

    @Test
    void aValueNestedAsDeepAsTheParserAllowsIsReadOnASmallStack() throws Throwable {
        int depth = 10_000;
        String deep = "[{\"a\":".repeat(depth) + "1" + "}]".repeat(depth);
        JsonFactory lenient = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2 * depth).build()).build();

        JsonValue read = SmallStack.run(() -> {
            try (JsonParser parser = lenient.createParser(deep)) {
                parser.nextToken();
                return JsonTrees.read(parser);
            }
        });

        assertThat(SmallStack.run(read::toJson)).isEqualTo(deep);
    }
}
