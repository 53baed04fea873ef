package dev.leadkit.core.internal.dialect;

import java.util.function.Function;

/**
 * The one lookup of a vendor's string in a dialect's enum (statuses, sources), and the one check that the
 * enum's {@code UNKNOWN} member is never sent. A vendor's string matches a member's whatever its case and
 * surrounding whitespace; anything else, {@code null} included, is {@code UNKNOWN}.
 */
public final class VendorValues {

    private VendorValues() {
    }

    /**
     * @param members the enum's members
     * @param wire    each member's string on the wire
     * @param unknown the member for strings this SDK does not know
     * @param value   the vendor's string
     * @param <E>     the enum
     * @return the member whose wire string matches, else {@code unknown}
     */
    public static <E extends Enum<E>> E lookup(E[] members, Function<E, String> wire, E unknown, String value) {
        if (value == null) {
            return unknown;
        }
        String text = value.strip();
        for (E member : members) {
            if (member != unknown && wire.apply(member).equalsIgnoreCase(text)) {
                return member;
            }
        }
        return unknown;
    }

    /**
     * Rejects the {@code UNKNOWN} member as a value to send.
     *
     * @param parameter the parameter's name, for the message
     * @param value     the value to send
     * @param unknown   the enum's {@code UNKNOWN} member
     * @param <E>       the enum
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is {@code unknown}
     */
    public static <E extends Enum<E>> E requireSendable(String parameter, E value, E unknown) {
        if (value == unknown) {
            throw new IllegalArgumentException(parameter + " must be one of the documented values; "
                    + unknown.name() + " only reads what this SDK does not know, and cannot be sent");
        }
        return value;
    }
}
