package dev.leadkit.core.internal.json;

/**
 * Thrown by a dialect's decoder when a body is valid JSON but not of the documented shape (a required
 * field missing, a timestamp unreadable). The transport turns it into a {@code DecodingException} with an
 * excerpt of the body.
 */
public final class MalformedBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the field
     */
    public MalformedBodyException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the field
     * @param cause   the underlying parse failure
     */
    public MalformedBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
