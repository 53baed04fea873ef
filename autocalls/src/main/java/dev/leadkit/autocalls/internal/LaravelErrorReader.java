package dev.leadkit.autocalls.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.http.ErrorBodyReader;
import dev.leadkit.core.internal.json.JsonFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Autocalls platform's Laravel-shaped error bodies: {@code {"message": "..."}}, validation's
 * {@code {"message": "...", "errors": {"field": ["..."]}}}, and {@code {"success": false, "error": "...",
 * "code": "..."}}.
 */
public final class LaravelErrorReader implements ErrorBodyReader {

    @Override
    public void read(JsonNode body, ApiError.Builder error) {
        if (!body.isObject()) {
            return;
        }
        JsonFields.text(body, "message").or(() -> JsonFields.text(body, "error")).ifPresent(error::message);
        JsonFields.text(body, "code").ifPresent(error::code);
        JsonNode errors = body.get("errors");
        if (errors != null && errors.isObject()) {
            errors.properties().forEach(field -> error.putFieldErrors(field.getKey(), messages(field.getValue())));
        }
    }

    private static List<String> messages(JsonNode value) {
        List<String> messages = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(message -> messages.add(message.asText()));
        } else {
            messages.add(value.asText());
        }
        return messages;
    }
}
