package dev.leadkit.core.internal.dialect;

/** The checks every dialect's query makes at {@code build()}, each failing with a message that names the parameter. */
public final class QueryChecks {

    private QueryChecks() {
    }

    /**
     * @param parameter the parameter's name
     * @param value     its value
     * @param min       the least allowed
     * @param max       the most allowed
     * @throws IllegalArgumentException if {@code value} is outside {@code min..max}
     */
    public static void between(String parameter, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(parameter + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    /**
     * @param parameter the parameter's name
     * @param value     its value
     * @param min       the least allowed
     * @throws IllegalArgumentException if {@code value} is below {@code min}
     */
    public static void atLeast(String parameter, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(parameter + " must be " + min + " or more, got " + value);
        }
    }

    /**
     * @param parameter the parameter's name
     * @param value     its value
     * @throws IllegalArgumentException if {@code value} is empty or only whitespace
     */
    public static void notBlank(String parameter, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank");
        }
    }
}
