package dev.leadkit.core;

/** HTTP 403: the key is valid but may not read these leads. */
public class PermissionDeniedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for the vendor's answer, a 403: the key may not read these leads.
     *
     * @param error what the vendor answered
     */
    public PermissionDeniedException(ApiError error) {
        super(error);
    }
}
