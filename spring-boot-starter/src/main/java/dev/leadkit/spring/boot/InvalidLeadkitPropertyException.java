package dev.leadkit.spring.boot;

import java.util.Objects;

/**
 * A {@code leadkit.*} property that leadkit cannot use, found when its client is made: the application does not
 * start, and Boot's failure analysis names the property and says why. The message never holds an API key.
 */
public final class InvalidLeadkitPropertyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The property's name, e.g. {@code leadkit.autocalls.max-retries}. */
    private final String property;
    /** What is wrong with it, as the client's builder said it. */
    private final String reason;

    /**
     * An invalid property.
     *
     * @param property the property's name, e.g. {@code leadkit.autocalls.max-retries}
     * @param reason   what is wrong with it, never its value when it is a key
     * @param cause    the builder's exception, or null
     */
    public InvalidLeadkitPropertyException(String property, String reason, Throwable cause) {
        super(property + ": " + reason, cause);
        this.property = Objects.requireNonNull(property, "property");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return the property's name, e.g. {@code leadkit.autocalls.max-retries}} */
    public String property() {
        return property;
    }

    /** {@return what is wrong with the property} */
    public String reason() {
        return reason;
    }
}
