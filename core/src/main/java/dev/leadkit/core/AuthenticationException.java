package dev.leadkit.core;

/** HTTP 401: the API key is missing, wrong or expired. */
public class AuthenticationException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for the vendor's answer, a 401: the API key was refused.
     *
     * @param error what the vendor answered
     */
    public AuthenticationException(ApiError error) {
        super(error);
    }
}
