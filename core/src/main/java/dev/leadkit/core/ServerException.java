package dev.leadkit.core;

/** HTTP 5xx: the vendor failed; thrown once retries are spent. */
public class ServerException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for the vendor's answer, a 5xx: the vendor failed.
     *
     * @param error what the vendor answered
     */
    public ServerException(ApiError error) {
        super(error);
    }
}
