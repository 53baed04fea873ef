package dev.leadkit.tracking.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.http.ErrorBodyReader;
import dev.leadkit.core.internal.json.JsonFields;
import java.util.ArrayList;
import java.util.List;

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
public final class OctanistErrorReader implements ErrorBodyReader {

    @Override
    public void read(JsonNode body, ApiError.Builder error) {
        if (!body.isObject()) {
            return;
        }
        JsonNode inner = body.get("error");
        if (inner != null && inner.isObject()) {
            JsonFields.text(inner, "code").ifPresent(error::code);
            JsonFields.text(inner, "message").ifPresent(error::message);
            JsonNode details = inner.get("details");
            if (details != null && details.isObject()) {
                details.properties().forEach(member -> {
                    List<String> messages = messages(member.getValue());
                    if (!messages.isEmpty()) {
                        error.putFieldErrors(member.getKey(), messages);
                    }
                });
            }
        } else if (inner != null && inner.isValueNode() && !inner.isNull()) {
            error.message(inner.asText());
            JsonFields.text(body, "code").ifPresent(error::code);
        }
        if (inner == null || inner.isNull()) {
            JsonFields.text(body, "message").ifPresent(error::message);
            JsonFields.text(body, "code").ifPresent(error::code);
        }
        JsonNode meta = body.get("meta");
        if (meta != null && meta.isObject()) {
            JsonFields.text(meta, "requestId").ifPresent(error::requestId);
        }
    }

    /** Text, or a list of texts; anything else (nested objects) stays in the body only. */
    private static List<String> messages(JsonNode value) {
        List<String> messages = new ArrayList<>();
        if (value.isValueNode() && !value.isNull()) {
            messages.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(element -> {
                if (element.isValueNode() && !element.isNull()) {
                    messages.add(element.asText());
                }
            });
        }
        return messages;
    }
}
