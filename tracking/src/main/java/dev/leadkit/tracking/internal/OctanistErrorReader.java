package dev.leadkit.tracking.internal;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.http.ErrorBodyReader;
import dev.leadkit.core.internal.json.JsonFields;
import dev.leadkit.core.json.JsonObject;
import dev.leadkit.core.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * Reads Octanist's error bodies:
 * <ul>
 *   <li>the API's envelope {@code {"success": false, "error": {"code": "INVALID_FILTER", "message": "...",
 *       "details": {...}}, "meta": {"requestId": "...", "timestamp": "..."}}}: code, message, request id, and
 *       the members of {@code details} whose values are text (or lists of text) as field errors;
 *   <li>the key-check route's {@code {"error": "..."}}: the string is the message (a sibling {@code code} or
 *       {@code message} is read too when present).
 * </ul>
 * {@code meta.requestId} wins over an {@code X-Request-Id} header.
 */
final class OctanistErrorReader implements ErrorBodyReader {

    @Override
    public void read(JsonValue body, ApiError.Builder error) {
        Optional<JsonObject> inner = JsonFields.object(body, "error");
        if (inner.isPresent()) {
            JsonFields.text(inner.get(), "code").ifPresent(error::code);
            JsonFields.text(inner.get(), "message").ifPresent(error::message);
            JsonFields.object(inner.get(), "details").ifPresent(details -> details.members().forEach((field, value) -> {
                List<String> messages = JsonFields.texts(value);
                if (!messages.isEmpty()) {
                    error.putFieldErrors(field, messages);
                }
            }));
        } else {
            JsonFields.text(body, "error").or(() -> JsonFields.text(body, "message")).ifPresent(error::message);
            JsonFields.text(body, "code").ifPresent(error::code);
        }
        JsonFields.object(body, "meta").flatMap(meta -> JsonFields.text(meta, "requestId")).ifPresent(error::requestId);
    }
}
