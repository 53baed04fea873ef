package dev.leadkit.core;

/** HTTP 404: the base URL or the resource does not exist. */
public class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for the vendor's answer, a 404.
     *
     * @param error what the vendor answered
     */
    public NotFoundException(ApiError error) {
        super(error);
    }
}
