package dev.leadkit.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.leadkit.core.json.JsonNumber;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one bound on numbers that every reader and writer of leadkit keeps: a number has at most
 * {@link JsonNumber#MAX_DIGITS} digits as leadkit writes it ({@link BigDecimal#toString()}: the significand,
 * the zeros of a plain {@code 0.000…}, and the exponent's digits), which is also how Jackson counts a number's
 * length against {@code StreamReadConstraints.maxNumberLength} (1,000 by default). So whatever leadkit reads
 * it writes back in a form that it, and a plain Jackson parser, read again; and no number costs more than a
 * thousand digits' work ({@code new BigDecimal(String)} is quadratic in the digits).
 *
 * <p>A number over a parser's cap fails with Jackson's own {@link StreamConstraintsException}, as the
 * parser does for a token over it, so a page names the {@code DecodeLimits} setting either way. A number
 * whose exponent does not fit a {@link BigDecimal} ({@code 1e2147483648}) fails with a
 * {@link MalformedBodyException} saying it is out of range, never a bare {@link NumberFormatException}.
 */
public final class JsonNumbers {

    /** How much of a refused number a message shows. */
    private static final int SHOWN_CHARS = 40;

    private JsonNumbers() {
    }

    /**
     * How many digits {@code value.toString()} writes, without writing it: {@code 1500.50} 6, {@code 0.001}
     * 4, {@code 1E+1000} 5.
     *
     * @param value the number
     * @return its digits as written
     */
    public static long writtenDigits(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        long adjusted = precision - 1 - scale;
        if (scale == 0) {
            return precision;
        }
        if (scale > 0 && adjusted >= -6) {
            return scale >= precision ? scale + 1 : precision; // 0.00123: the zeros are written
        }
        return precision + Long.toString(Math.abs(adjusted)).length(); // 1.23E+5
    }

    /**
     * The number a parser stands on, checked against the parser's own cap on a number's length and
     * {@link JsonNumber#MAX_DIGITS}.
     *
     * @param parser a parser on a number token
     * @return the number, exactly as sent
     * @throws StreamConstraintsException when it has more digits than the cap
     * @throws MalformedBodyException     when its exponent is out of range
     * @throws IOException                when the parser fails
     */
    public static BigDecimal read(JsonParser parser) throws IOException {
        BigDecimal value;
        try {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                value = integer(parser);
            } else {
                requireIntExponent(parser.getText());
                value = withinScale(parser.getDecimalValue());
            }
        } catch (NumberFormatException e) {
            throw outOfRange(parser.getText(), e);
        }
        return within(value, cap(parser));
    }

    /**
     * {@code new BigDecimal(text)}, refusing the same numbers on every JDK: an exponent that does not fit an
     * {@code int} ({@code 1e2147483648}, {@code 2.5e2147483648}) is an overflow on JDK 17, while JDK 25 reads such
     * an exponent whenever the resulting scale fits, down to {@link Integer#MIN_VALUE}, from which
     * {@code negate()} and writing the number back go wrong.
     *
     * @param text a number's text
     * @return the decimal
     * @throws NumberFormatException when it is not a number, or its exponent does not fit an {@code int}
     */
    public static BigDecimal decimal(String text) {
        requireIntExponent(text);
        return withinScale(new BigDecimal(text));
    }

    /**
     * {@code value}, unless its scale is {@link Integer#MIN_VALUE} (see {@link #decimal(String)}).
     *
     * @param value a decimal
     * @return {@code value}
     * @throws NumberFormatException when its scale is {@link Integer#MIN_VALUE}
     */
    public static BigDecimal withinScale(BigDecimal value) {
        if (value.scale() == Integer.MIN_VALUE) {
            throw new NumberFormatException("Exponent overflow.");
        }
        return value;
    }

    /** Throws JDK 17's {@code NumberFormatException} for an exponent outside an {@code int}, on every JDK. */
    private static void requireIntExponent(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e < 0) {
            return;
        }
        int start = e + 1;
        if (start < text.length() && (text.charAt(start) == '+' || text.charAt(start) == '-')) {
            start++;
        }
        while (start < text.length() - 1 && text.charAt(start) == '0') {
            start++;
        }
        String digits = text.substring(start);
        if (digits.length() > 10 || digits.length() == 10 && !digits.chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException("Exponent overflow.");
        }
        if (digits.length() == 10) {
            long exponent = Long.parseLong(digits);
            boolean negative = text.charAt(e + 1) == '-';
            if (negative ? -exponent < Integer.MIN_VALUE : exponent > Integer.MAX_VALUE) {
                throw new NumberFormatException("Exponent overflow.");
            }
        }
    }

    private static BigDecimal integer(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
            case LONG:
                return BigDecimal.valueOf(parser.getLongValue());
            default:
                return new BigDecimal(parser.getBigIntegerValue());
        }
    }

    /**
     * A number sent as a string ({@code "1500.50"}), under the same cap as a number token of the parser it
     * came from; its digits are counted before it is parsed.
     *
     * @param text   the string, without surrounding whitespace
     * @param parser the parser it was read from, whose cap applies
     * @return the number
     * @throws StreamConstraintsException when it has more digits than the cap
     * @throws NumberFormatException      when it is not a number, or its exponent is out of range
     */
    public static BigDecimal parse(String text, JsonParser parser) throws StreamConstraintsException {
        int cap = cap(parser);
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        if (digits > cap) {
            throw tooLong(digits, cap);
        }
        return within(decimal(text), cap);
    }

    /**
     * Requires a number within {@link JsonNumber#MAX_DIGITS}, for values made outside a parser.
     *
     * @param value the number
     * @return {@code value}
     * @throws IllegalArgumentException when it has more digits as written
     */
    public static BigDecimal requireWritable(BigDecimal value) {
        long digits = writtenDigits(value);
        if (digits > JsonNumber.MAX_DIGITS) {
            throw new IllegalArgumentException("a JSON number has at most " + JsonNumber.MAX_DIGITS
                    + " digits as written, got one of " + digits + " digits");
        }
        return value;
    }

    /** {@return a message-sized start of {@code text}} */
    public static String shown(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "… (" + text.length() + " characters)";
    }

    private static int cap(JsonParser parser) {
        return Math.min(parser.streamReadConstraints().getMaxNumberLength(), JsonNumber.MAX_DIGITS);
    }

    private static BigDecimal within(BigDecimal value, int cap) throws StreamConstraintsException {
        long digits = writtenDigits(value);
        if (digits > cap) {
            throw tooLong(digits, cap);
        }
        return value;
    }

    private static StreamConstraintsException tooLong(long digits, int cap) {
        return new StreamConstraintsException("Number value length (" + digits
                + " digits as written) exceeds the maximum allowed (" + cap + ")");
    }

    private static MalformedBodyException outOfRange(String text, NumberFormatException cause) {
        return new MalformedBodyException("the number " + shown(text) + " is out of range: its exponent does not"
                + " fit a decimal's (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")", cause);
    }
}
