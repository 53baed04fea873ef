package dev.leadkit.orgleads.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.http.ErrorBodyReader;
import dev.leadkit.core.internal.json.JsonFields;

/**
 * Reads Nexus ERP's error bodies, {@code {"error": "..."}} (400, 401, 403, 404, 500; no machine-readable
 * code). A {@code {"message": "..."}} body, as a proxy or framework in front of the CRM might send, is read
 * too.
 */
public final class NexusErrorReader implements ErrorBodyReader {

    @Override
    public void read(JsonNode body, ApiError.Builder error) {
        if (!body.isObject()) {
            return;
        }
        JsonNode nested = body.get("error");
        if (nested != null && nested.isObject()) {
            JsonFields.text(nested, "message").ifPresent(error::message);
            return;
        }
        JsonFields.text(body, "error").or(() -> JsonFields.text(body, "message")).ifPresent(error::message);
    }
}
