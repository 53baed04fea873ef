package dev.leadkit.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.ApiError;

/**
 * A dialect's reading of its vendor's error body: fills the vendor's message, code, request id and field
 * errors into the {@link ApiError} that core has started with the status, the request and the body text.
 * Only called when the body parsed as JSON.
 */
@FunctionalInterface
public interface ErrorBodyReader {

    /**
     * @param body  the parsed error body (any JSON value, not only an object)
     * @param error the error to fill in
     */
    void read(JsonNode body, ApiError.Builder error);
}
