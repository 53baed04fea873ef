package dev.leadkit.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.leadkit.core.json.JsonNumber;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where every JSON parser leadkit reads with comes from: one shared, never reconfigured Jackson factory that
 * caps nesting at {@value #MAX_NESTING_DEPTH} levels, so a hostile body cannot exhaust the stack, and a
 * number's digits at {@link JsonNumber#MAX_DIGITS} ({@link JsonNumbers}).
 */
public final class Json {

    static final int MAX_NESTING_DEPTH = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(JsonNumber.MAX_DIGITS).build())
            .build();

    private Json() {
    }

    /**
     * A parser over a response body, read as it streams in.
     *
     * @param body the body; closing the parser closes it
     * @return the parser, before its first token
     * @throws IOException when the body cannot be read
     */
    public static JsonParser parser(InputStream body) throws IOException {
        return FACTORY.createParser(body);
    }

    /**
     * A parser over JSON text.
     *
     * @param text the text
     * @return the parser, before its first token
     * @throws IOException never for text, but Jackson declares it
     */
    public static JsonParser parser(String text) throws IOException {
        return FACTORY.createParser(text);
    }

    /**
     * Requires that nothing but whitespace follows the value just read: {@code {...}{garbage} is not one
     * document.
     *
     * @param parser a parser on the last token of the document's value
     * @throws IOException when what follows is malformed
     */
    public static void requireEnd(JsonParser parser) throws IOException {
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new MalformedBodyException("the body goes on after its JSON value ends (found " + after
                    + " at offset " + parser.currentTokenLocation().getCharOffset() + ")");
        }
    }
}
