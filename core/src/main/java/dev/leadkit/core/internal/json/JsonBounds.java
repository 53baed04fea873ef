package dev.leadkit.core.internal.json;

import dev.leadkit.core.DecodeLimits;
import dev.leadkit.core.json.JsonNumber;
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
     * The most digits a number may have before its exponent: {@code new BigDecimal} of more costs time that grows
     * with the square of their count. Once read, the number must also have at most this many digits as leadkit
     * writes it ({@link JsonNumber#MAX_DIGITS}, the vendor decoder's cap), so that what reads back writes again.
     */
    public static final int MAX_NUMBER_DIGITS = JsonNumber.MAX_DIGITS;
    /** The longest number text: {@link #MAX_NUMBER_DIGITS} digits, and room for a sign, a point and an exponent. */
    public static final int MAX_NUMBER_LENGTH = MAX_NUMBER_DIGITS + 16;

    private JsonBounds() {
    }

    /**
     * A number's text as a decimal, its digits and scale kept.
     *
     * @param text a number of at most {@link #MAX_NUMBER_DIGITS} digits before its exponent
     * @return the decimal
     * @throws NumberFormatException when the text is not a number, has more digits or characters than the
     *     bounds (before its exponent, or as leadkit writes it), or its exponent does not fit a {@code BigDecimal}
     *     ({@code 1e2147483648})
     */
    public static BigDecimal decimal(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new NumberFormatException("a number of " + text.length() + " characters, more than " + MAX_NUMBER_LENGTH);
        }
        int digits = 0;
        for (int i = 0; i < text.length() && Character.toLowerCase(text.charAt(i)) != 'e'; i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        if (digits > MAX_NUMBER_DIGITS) {
            throw new NumberFormatException("a number of " + digits + " digits, more than " + MAX_NUMBER_DIGITS);
        }
        BigDecimal value = JsonNumbers.decimal(text);
        long written = JsonNumbers.writtenDigits(value);
        if (written > JsonNumber.MAX_DIGITS) {
            throw new NumberFormatException("a number of " + written + " digits as written, more than " + JsonNumber.MAX_DIGITS);
        }
        return value;
    }
}
