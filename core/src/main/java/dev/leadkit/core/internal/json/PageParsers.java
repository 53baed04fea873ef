package dev.leadkit.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.leadkit.core.DecodeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The parsers of one client's pages: a Jackson factory whose read constraints are the client's
 * {@link DecodeLimits}, counted per page (per parser), so that a page breaking one fails as soon as it does,
 * before it is read any further.
 */
public final class PageParsers {

    private final DecodeLimits limits;
    private final JsonFactory factory;

    /**
     * @param limits what one page may decode into
     */
    public PageParsers(DecodeLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxTokenCount(limits.maxTokens())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberDigits())
                .build()).build();
    }

    /**
     * A parser over one page's body, read as it streams in.
     *
     * @param body the body; closing the parser closes it
     * @return the parser, before its first token
     * @throws IOException when the body cannot be read
     */
    public JsonParser open(InputStream body) throws IOException {
        return factory.createParser(body);
    }

    /**
     * What a page broke, in the client's terms.
     *
     * @param broken the parser's report
     * @return e.g. "the page holds more than 1,000,000 JSON tokens (DecodeLimits.maxTokens)"
     */
    public String describe(StreamConstraintsException broken) {
        String report = String.valueOf(broken.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (report.contains("token count")) {
            return "the page holds more than " + count(limits.maxTokens()) + " JSON tokens (DecodeLimits.maxTokens)";
        }
        if (report.contains("nesting depth")) {
            return "the page nests arrays and objects deeper than " + count(limits.maxDepth())
                    + " levels (DecodeLimits.maxDepth)";
        }
        if (report.contains("string value length") || report.contains("name length")) {
            return "the page holds a string or member name longer than " + count(limits.maxStringLength())
                    + " characters (DecodeLimits.maxStringLength)";
        }
        if (report.contains("number value length")) {
            return "the page holds a number of more than " + count(limits.maxNumberDigits())
                    + " digits (DecodeLimits.maxNumberDigits)";
        }
        return "the page breaks a limit of the JSON parser: " + broken.getOriginalMessage();
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
