package dev.leadkit.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Builds the {@link ApiError} of a failed response: status, request and body text from core, the rest
 * from the dialect's {@link ErrorBodyReader} when the body is JSON, or a readable excerpt when it is not
 * (an HTML page from a proxy).
 */
final class ErrorBodies {

    static final int MAX_BODY_CHARS = 8 * 1024;
    private static final int MAX_MESSAGE_CHARS = 200;
    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

    private ErrorBodies() {
    }

    static ApiError describe(int status, String request, Headers headers, byte[] body, ErrorBodyReader reader,
            Redactor redactor) {
        String text = redactor.redact(new String(body, StandardCharsets.UTF_8));
        ApiError.Builder error = ApiError.builder()
                .statusCode(status)
                .request(request)
                .body(text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) : text);
        String requestIdHeader = headers.get("X-Request-Id");
        if (requestIdHeader != null) {
            error.requestId(requestIdHeader);
        }
        JsonNode json = parse(text);
        if (json != null) {
            try {
                reader.read(json, error);
            } catch (MalformedBodyException unexpectedShape) {
                error.message(readableExcerpt(text));
            }
        } else if (!text.isBlank()) {
            error.message(readableExcerpt(text));
        }
        return error.build();
    }

    private static JsonNode parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(trimmed);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The page's title when it is HTML, else its text without tags, collapsed and cut. */
    static String readableExcerpt(String text) {
        var title = TITLE.matcher(text);
        String readable = title.find() ? title.group(1) : TAGS.matcher(text).replaceAll(" ");
        readable = readable.replaceAll("\\s+", " ").strip();
        return readable.length() > MAX_MESSAGE_CHARS ? readable.substring(0, MAX_MESSAGE_CHARS) + "…" : readable;
    }
}
