package dev.leadkit.orgleads.internal;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.http.ErrorBodyReader;
import dev.leadkit.core.internal.json.JsonFields;
import dev.leadkit.core.json.JsonValue;

/**
 * Reads Nexus ERP's error bodies, {@code {"error": "..."}} (400, 401, 403, 404, 500; no machine-readable
 * code). A {@code {"message": "..."}} body, or {@code {"error": {"message": "..."}}}, as a proxy or framework
 * in front of the CRM might send, is read too.
 */
final class NexusErrorReader implements ErrorBodyReader {

    @Override
    public void read(JsonValue body, ApiError.Builder error) {
        JsonFields.object(body, "error")
                .flatMap(nested -> JsonFields.text(nested, "message"))
                .or(() -> JsonFields.text(body, "error"))
                .or(() -> JsonFields.text(body, "message"))
                .ifPresent(error::message);
    }
}
