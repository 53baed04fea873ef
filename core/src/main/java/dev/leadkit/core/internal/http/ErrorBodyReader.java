package dev.leadkit.core.internal.http;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.json.JsonValue;

/**
 * A dialect's reading of its vendor's error body: fills the vendor's message, code, request id and field
 * errors into the {@link ApiError} that core has started with the status, the request and the body text.
 * Only called when the body is JSON; it reads what it can and never fails (a member of an unexpected shape
 * is left out).
 */
@FunctionalInterface
public interface ErrorBodyReader {

    /**
     * @param body  the parsed error body (any JSON value, not only an object)
     * @param error the error to fill in
     */
    void read(JsonValue body, ApiError.Builder error);
}
