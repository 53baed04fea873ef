package dev.leadkit.core;

/** HTTP 400 or 422: the vendor rejected the request's parameters. */
public class BadRequestException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for the vendor's answer, a 400 or 422: the vendor refused the request as sent.
     *
     * @param error what the vendor answered
     */
    public BadRequestException(ApiError error) {
        super(error);
    }
}
