package dev.leadkit.core.internal.json;

import dev.leadkit.core.json.JsonBoolean;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonString;
import dev.leadkit.core.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Strict readers of a list body's envelope members (totals, page numbers, "more follow" flags), for a
 * dialect's page signals: absent and {@code null} read as absent, a member of the wrong kind fails with a
 * {@link MalformedBodyException} naming it, since a listing must not be read on from signals it cannot trust.
 */
public final class EnvelopeFields {

    private EnvelopeFields() {
    }

    /** The member as an object; absent when it is absent, {@code null} or not an object. */
    public static Optional<JsonObject> object(JsonValue envelope, String name) {
        return envelope.get(name).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    /**
     * A count or a page number: a non-negative integer, sent as a number or a numeric string.
     *
     * @param envelope the object holding the member
     * @param name     the member
     * @return the count; empty when absent or {@code null}
     * @throws MalformedBodyException when it is anything else
     */
    public static OptionalLong count(JsonValue envelope, String name) {
        Optional<JsonValue> member = envelope.get(name).filter(value -> !value.isNull());
        if (member.isEmpty()) {
            return OptionalLong.empty();
        }
        JsonValue value = member.get();
        long count;
        try {
            if (value instanceof JsonString) {
                count = Long.parseLong(((JsonString) value).value().strip());
            } else {
                BigDecimal number = value.asNumber().orElseThrow(() -> wrongKind(name, "an integer", value));
                count = number.longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new MalformedBodyException("field '" + name + "' should be an integer within 64 bits but is " + shown(value), e);
        }
        if (count < 0) {
            throw new MalformedBodyException("field '" + name + "' must not be negative but is " + count);
        }
        return OptionalLong.of(count);
    }

    /**
     * A boolean flag.
     *
     * @param envelope the object holding the member
     * @param name     the member
     * @return the flag; empty when absent or {@code null}
     * @throws MalformedBodyException when it is not a boolean
     */
    public static Optional<Boolean> flag(JsonValue envelope, String name) {
        Optional<JsonValue> member = envelope.get(name).filter(value -> !value.isNull());
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (!(member.get() instanceof JsonBoolean)) {
            throw wrongKind(name, "a boolean", member.get());
        }
        return member.get().asBoolean();
    }

    /** Whether the member is the boolean {@code false}: how {@code "success": false} is read. */
    public static boolean isFalse(JsonValue envelope, String name) {
        return envelope.get(name).flatMap(JsonValue::asBoolean).map(value -> !value).orElse(false);
    }

    private static MalformedBodyException wrongKind(String name, String expected, JsonValue value) {
        return new MalformedBodyException("field '" + name + "' should be " + expected + " but is " + shown(value));
    }

    private static String shown(JsonValue value) {
        String json = value.toJson();
        return json.length() > 40 ? json.substring(0, 40) + "…" : json;
    }
}
