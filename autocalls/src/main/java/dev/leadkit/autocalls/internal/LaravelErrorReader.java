package dev.leadkit.autocalls.internal;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.http.ErrorBodyReader;
import dev.leadkit.core.internal.json.JsonFields;
import dev.leadkit.core.json.JsonValue;

/**
 * Reads the Autocalls platform's Laravel-shaped error bodies: {@code {"message": "..."}}, validation's
 * {@code {"message": "...", "errors": {"field": ["..."]}}}, and {@code {"success": false, "error": "...",
 * "code": "..."}}.
 */
final class LaravelErrorReader implements ErrorBodyReader {

    @Override
    public void read(JsonValue body, ApiError.Builder error) {
        JsonFields.text(body, "message").or(() -> JsonFields.text(body, "error")).ifPresent(error::message);
        JsonFields.text(body, "code").ifPresent(error::code);
        JsonFields.object(body, "errors").ifPresent(errors -> errors.members().forEach((field, messages) ->
                error.putFieldErrors(field, JsonFields.texts(messages))));
    }
}
