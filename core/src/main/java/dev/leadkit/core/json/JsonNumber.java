package dev.leadkit.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.databind.JsonValueDeserializer;
import dev.leadkit.core.internal.databind.JsonValueSerializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueDeserializer;
import dev.leadkit.core.internal.databind3.Jackson3JsonValueSerializer;
import dev.leadkit.core.internal.json.JsonNumbers;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON number, exactly as sent: {@code 1500.50} keeps its scale, {@code 12345678901234567890} its digits.
 * Equal to a number with the same value and scale: {@code 1.0} is not {@code 1}, as their JSON text is
 * not. Create one with {@link JsonValue#of(BigDecimal)} or {@link JsonValue#of(long)}.
 *
 * <p>A number has at most {@value #MAX_DIGITS} digits as {@link #toJson()} writes it (the digits of
 * {@code 1.5E+20} are 4, of {@code 0.001} 4), the most that leadkit, and Jackson by default, reads back: so
 * every value writes JSON that reads back equal. A number read from a page has at most the client's
 * {@code DecodeLimits.maxNumberDigits()}.
 *
 * @param value the number, scale included
 */
@JsonSerialize(using = JsonValueSerializer.class)
@JsonDeserialize(using = JsonValueDeserializer.class)
@tools.jackson.databind.annotation.JsonSerialize(using = Jackson3JsonValueSerializer.class)
@tools.jackson.databind.annotation.JsonDeserialize(using = Jackson3JsonValueDeserializer.class)
public record JsonNumber(BigDecimal value) implements JsonValue {

    /** The most digits a number has as {@link #toJson()} writes it, significand and exponent together. */
    public static final int MAX_DIGITS = 1000;

    /**
     * A number, kept exactly as given.
     *
     * @param value the number, scale included
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if it has more than {@value #MAX_DIGITS} digits as written
     */
    public JsonNumber {
        Objects.requireNonNull(value, "value");
        JsonNumbers.requireWritable(value);
    }

    @Override
    public Optional<BigDecimal> asNumber() {
        return Optional.of(value);
    }

    /** {@return the number as {@link BigDecimal#toString()} writes it: {@code 1500.50}, {@code 12}, {@code 1E+3}} */
    @Override
    public String toJson() {
        return value.toString();
    }

    /** {@return the JSON text, as {@link #toJson()}} */
    @Override
    public String toString() {
        return toJson();
    }
}
