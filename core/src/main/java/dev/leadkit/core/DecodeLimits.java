package dev.leadkit.core;

import dev.leadkit.core.json.JsonNumber;
import java.util.Objects;

/**
 * How much one page may decode into. {@link ClientBuilder#maxResponseBytes(long)} caps the bytes of a body
 * (after any decompression); these cap what those bytes become, since a few bytes of JSON ({@code []} or
 * {@code 0}) each become an object: a page of more JSON tokens than {@link #maxTokens()}, nested deeper than
 * {@link #maxDepth()}, or holding a string or member name longer than {@link #maxStringLength()} fails with a
 * {@link DecodingException} that names the limit, before it is read any further. A listing's memory is
 * then bounded by what one page (or, with {@code prefetch(n)}, n pages) decodes into: a token becomes at
 * most about 60 bytes of heap (a decimal number; an integer, a string's object or an empty array about 20),
 * so at the defaults a page, whatever it holds, stays within about 60 MiB besides its text, which
 * {@code maxResponseBytes} bounds. A typical lead is 30 to 80 tokens.
 *
 * <pre>{@code
 * AutocallsClient client = AutocallsClient.builder()
 *         .apiKey(key)
 *         .decodeLimits(DecodeLimits.builder().maxTokens(5_000_000).build())   // very large pages
 *         .build();
 * }</pre>
 */
public final class DecodeLimits {

    /** The default {@link #maxTokens()}: a page of about 15,000 typical leads. */
    public static final long DEFAULT_MAX_TOKENS = 1_000_000;
    /** The default {@link #maxDepth()}. */
    public static final int DEFAULT_MAX_DEPTH = 200;
    /** The default {@link #maxStringLength()}, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** The default, and largest, {@link #maxNumberDigits()}: {@link JsonNumber#MAX_DIGITS}. */
    public static final int DEFAULT_MAX_NUMBER_DIGITS = JsonNumber.MAX_DIGITS;

    private static final DecodeLimits DEFAULTS = new DecodeLimits(DEFAULT_MAX_TOKENS, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_DIGITS);

    private final long maxTokens;
    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberDigits;

    private DecodeLimits(long maxTokens, int maxDepth, int maxStringLength, int maxNumberDigits) {
        this.maxTokens = maxTokens;
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
        this.maxNumberDigits = maxNumberDigits;
    }

    /** {@return the limits every client has unless told otherwise} */
    public static DecodeLimits defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** {@return a builder starting from these limits} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The most JSON tokens one page may hold: each brace, bracket, member name and value counts one, so
     * {@code {"id": 7}} is four.
     *
     * @return the limit, {@value #DEFAULT_MAX_TOKENS} by default
     */
    public long maxTokens() {
        return maxTokens;
    }

    /**
     * How deep arrays and objects may nest on one page; the envelope and the lead count as levels.
     *
     * @return the limit, {@value #DEFAULT_MAX_DEPTH} by default
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The longest string value or member name, in characters.
     *
     * @return the limit, {@value #DEFAULT_MAX_STRING_LENGTH} by default
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * The most digits of a number, a JSON number or a numeric string read as a number (Octanist's
     * {@code value} may come as {@code "1500.50"}), counted as leadkit writes the number back: the
     * significand's digits, the zeros of a plain {@code 0.000…} and the exponent's ({@code 1.5E+20} has 4).
     * Parsing a number costs time growing with the square of its digits, so this bounds it; and a number
     * within it writes JSON that leadkit and Jackson (whose own default is the same) read back.
     *
     * @return the limit, {@value #DEFAULT_MAX_NUMBER_DIGITS} by default
     */
    public int maxNumberDigits() {
        return maxNumberDigits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecodeLimits that && maxTokens == that.maxTokens && maxDepth == that.maxDepth
                && maxStringLength == that.maxStringLength && maxNumberDigits == that.maxNumberDigits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxTokens, maxDepth, maxStringLength, maxNumberDigits);
    }

    @Override
    public String toString() {
        return "DecodeLimits{maxTokens=" + maxTokens + ", maxDepth=" + maxDepth + ", maxStringLength="
                + maxStringLength + ", maxNumberDigits=" + maxNumberDigits + '}';
    }

    /** Builds {@link DecodeLimits}; every setter checks its argument at once. Not thread-safe. */
    public static final class Builder {

        private long maxTokens;
        private int maxDepth;
        private int maxStringLength;
        private int maxNumberDigits;

        private Builder(DecodeLimits from) {
            this.maxTokens = from.maxTokens;
            this.maxDepth = from.maxDepth;
            this.maxStringLength = from.maxStringLength;
            this.maxNumberDigits = from.maxNumberDigits;
        }

        /**
         * Sets how many JSON tokens (names, values, brackets) one page may hold.
         *
         * @param maxTokens at least 100
         * @return this builder
         * @see DecodeLimits#maxTokens()
         */
        public Builder maxTokens(long maxTokens) {
            if (maxTokens < 100) {
                throw new IllegalArgumentException("maxTokens must be at least 100, got " + maxTokens);
            }
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * Sets how deep objects and arrays may nest in one page.
         *
         * @param maxDepth 3 to 1,000: the envelope, its item array and a lead need three
         * @return this builder
         * @see DecodeLimits#maxDepth()
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 3 || maxDepth > 1000) {
                throw new IllegalArgumentException("maxDepth must be between 3 and 1000, got " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Sets how long one string of a page may be.
         *
         * @param maxStringLength at least 1,024 characters
         * @return this builder
         * @see DecodeLimits#maxStringLength()
         */
        public Builder maxStringLength(int maxStringLength) {
            if (maxStringLength < 1024) {
                throw new IllegalArgumentException("maxStringLength must be at least 1024, got " + maxStringLength);
            }
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * Sets the most digits of a number.
         *
         * @param maxNumberDigits 20 (a {@code long}'s 19 digits and more) to {@value JsonNumber#MAX_DIGITS}, the
         *                        most any JSON value of leadkit holds
         * @return this builder
         * @see DecodeLimits#maxNumberDigits()
         */
        public Builder maxNumberDigits(int maxNumberDigits) {
            if (maxNumberDigits < 20 || maxNumberDigits > JsonNumber.MAX_DIGITS) {
                throw new IllegalArgumentException("maxNumberDigits must be between 20 and " + JsonNumber.MAX_DIGITS
                        + ", got " + maxNumberDigits);
            }
            this.maxNumberDigits = maxNumberDigits;
            return this;
        }

        /** {@return the limits} */
        public DecodeLimits build() {
            return new DecodeLimits(maxTokens, maxDepth, maxStringLength, maxNumberDigits);
        }
    }
}
