package dev.leadkit.core;

/**
 * The vendor could not be reached or did not answer in time (connection refused, reset, timeout,
 * redirect), after every retry was spent. The cause holds the last underlying failure.
 */
public class ConnectionException extends LeadkitException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for a request that got no usable answer, with the failure of its last attempt.
     *
     * @param message what failed, never containing the API key
     * @param cause   the last underlying failure
     */
    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An exception for a request that got no usable answer and has no underlying failure to carry (its listing
     * was closed, say).
     *
     * @param message what failed, never containing the API key
     */
    public ConnectionException(String message) {
        super(message);
    }
}
