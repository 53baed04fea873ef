package dev.leadkit.core;

/**
 * The vendor answered with a success status but a body that is not what the dialect documents
 * (truncated, not JSON, a required field missing). Not retried: the same request would most likely get
 * the same body.
 */
public class DecodingException extends LeadkitException {

    private static final long serialVersionUID = 1L;

    /** The start of the offending body, at most a few hundred characters. */
    private final String excerpt;

    /**
     * An exception for a body that is not what the vendor documents; the message ends with the body's start.
     *
     * @param message what was wrong with the body
     * @param excerpt the start of the body, at most a few hundred characters
     * @param cause   the parser's failure, or {@code null}
     */
    public DecodingException(String message, String excerpt, Throwable cause) {
        super(message + " (body starts: " + excerpt + ")", cause);
        this.excerpt = excerpt;
    }

    /** {@return the start of the offending body, at most a few hundred characters} */
    public String excerpt() {
        return excerpt;
    }
}
