package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.leadkit.core.DecodeLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parsers hold a page to the client's limits, counted per parser, and say which limit a page broke. */
class PageParsersTest {

    private static long read(PageParsers parsers, String json) throws IOException {
        try (JsonParser parser = parsers.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            long tokens = 0;
            while (parser.nextToken() != null) {
                if (parser.currentToken().isScalarValue()) {
                    parser.getText();
                }
                tokens++;
            }
            return tokens;
        }
    }

    private static StreamConstraintsException broken(PageParsers parsers, String json) {
        return catchThrowableOfType(StreamConstraintsException.class, () -> read(parsers, json));
    }

    @Test
    void exactlyMaxTokensAreReadAndOneMoreIsNot() throws IOException {
        PageParsers parsers = new PageParsers(DecodeLimits.builder().maxTokens(100).build());
        String hundred = "[" + "0,".repeat(97) + "0]"; // [ + 98 numbers + ] = 100 tokens

        assertThat(read(parsers, hundred)).isEqualTo(100);
        assertThat(broken(parsers, "[" + "0,".repeat(98) + "0]")).isNotNull();
    }

    @Test
    void tokensAreCountedPerParser() throws IOException {
        PageParsers parsers = new PageParsers(DecodeLimits.builder().maxTokens(100).build());
        String hundred = "[" + "0,".repeat(97) + "0]";

        assertThat(read(parsers, hundred)).isEqualTo(100);
        assertThat(read(parsers, hundred)).as("a second page has its own count").isEqualTo(100);
    }

    @Test
    void exactlyMaxDepthIsReadAndOneLevelMoreIsNot() throws IOException {
        PageParsers parsers = new PageParsers(DecodeLimits.builder().maxDepth(5).build());

        assertThat(read(parsers, "[[[[[]]]]]")).isEqualTo(10);
        assertThat(broken(parsers, "[[[[[[]]]]]]")).isNotNull();
    }

    @Test
    void exactlyMaxStringLengthIsReadAndOneCharacterMoreIsNot() throws IOException {
        PageParsers parsers = new PageParsers(DecodeLimits.builder().maxStringLength(1024).build());

        assertThat(read(parsers, "[\"" + "x".repeat(1024) + "\"]")).isEqualTo(3);
        assertThat(broken(parsers, "[\"" + "x".repeat(1025) + "\"]")).isNotNull();
    }

    @Test
    void aMemberNameIsHeldToMaxStringLengthToo() throws IOException {
        PageParsers parsers = new PageParsers(DecodeLimits.builder().maxStringLength(1024).build());

        assertThat(read(parsers, "{\"" + "n".repeat(1024) + "\": 1}")).isEqualTo(4);
        assertThat(broken(parsers, "{\"" + "n".repeat(1025) + "\": 1}")).isNotNull();
    }

    @Test
    void eachBrokenLimitIsDescribedInTheClientsTerms() {
        PageParsers parsers = new PageParsers(DecodeLimits.builder().maxTokens(1_500).maxDepth(5)
                .maxStringLength(2_048).build());

        assertThat(parsers.describe(broken(parsers, "[" + "0,".repeat(2_000) + "0]")))
                .isEqualTo("the page holds more than 1,500 JSON tokens (DecodeLimits.maxTokens)");
        assertThat(parsers.describe(broken(parsers, "[[[[[[]]]]]]")))
                .isEqualTo("the page nests arrays and objects deeper than 5 levels (DecodeLimits.maxDepth)");
        assertThat(parsers.describe(broken(parsers, "[\"" + "x".repeat(2_049) + "\"]")))
                .isEqualTo("the page holds a string or member name longer than 2,048 characters"
                        + " (DecodeLimits.maxStringLength)");
        assertThat(parsers.describe(broken(parsers, "{\"" + "n".repeat(2_049) + "\": 1}")))
                .isEqualTo("the page holds a string or member name longer than 2,048 characters"
                        + " (DecodeLimits.maxStringLength)");
    }

    @Test
    void aNumberOfMoreDigitsThanMaxNumberDigitsIsDescribedInTheClientsTerms() throws IOException {
        PageParsers parsers = new PageParsers(DecodeLimits.builder().maxNumberDigits(20).build());

        assertThat(read(parsers, "[" + "1".repeat(20) + "]")).isEqualTo(3);
        assertThat(parsers.describe(broken(parsers, "[" + "1".repeat(21) + "]")))
                .isEqualTo("the page holds a number of more than 20 digits (DecodeLimits.maxNumberDigits)");
    }

    @Test
    void aLimitLeadkitDoesNotSetIsDescribedInTheParsersWords() {
        PageParsers parsers = new PageParsers(DecodeLimits.defaults());

        assertThat(parsers.describe(new StreamConstraintsException("Document length (9) exceeds the maximum allowed (8)")))
                .isEqualTo("the page breaks a limit of the JSON parser: Document length (9) exceeds the maximum allowed (8)");
    }
}
