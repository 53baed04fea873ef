package dev.leadkit.core.internal.json;

import dev.leadkit.core.DecodeLimits;
import java.math.BigDecimal;

/**
 * How much JSON read back into leadkit's values through a caller's Jackson mapper may hold: the bounds the
 * vendor decoder's {@link DecodeLimits} set by default, so that a lead read from a queue a user does not fully
 * trust costs no more than one decoded from a vendor's page. Deeper, longer or larger fails with Jackson's own
 * exception, never a {@code StackOverflowError}, a hang or unbounded memory.
 */
public final class JsonBounds {

    /** How deep arrays and objects may nest in one value read back, counted from the value itself. */
    public static final int MAX_DEPTH = DecodeLimits.DEFAULT_MAX_DEPTH;
    /** The longest string or member name, in characters. */
    public static final int MAX_STRING_LENGTH = DecodeLimits.DEFAULT_MAX_STRING_LENGTH;
    /**
     * The longest number, in characters (digits, sign, point and exponent): {@code new BigDecimal} of a longer
     * one costs time that grows with the square of its length. Jackson's own default caps a number token at
     * the same 1,000.
     */
    public static final int MAX_NUMBER_LENGTH = 1_000;

    private JsonBounds() {
    }

    /**
     * A number's text as a decimal, its digits and scale kept.
     *
     * @param text at most {@link #MAX_NUMBER_LENGTH} characters
     * @return the decimal
     * @throws NumberFormatException when the text is not a number, or its exponent does not fit a
     *     {@code BigDecimal} ({@code 1e2147483648})
     */
    public static BigDecimal decimal(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new NumberFormatException("a number of " + text.length() + " characters, more than " + MAX_NUMBER_LENGTH);
        }
        return new BigDecimal(text);
    }
}
