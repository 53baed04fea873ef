package dev.leadkit.core.internal.http;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.json.JsonTrees;
import dev.leadkit.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Builds the {@link ApiError} of a failed response: status, request and body text from core, the rest from
 * the dialect's {@link ErrorBodyReader} when the body is JSON, or a readable excerpt when it is not (an HTML
 * page from a proxy). The API key is masked in everything kept, whatever escapes the vendor used to echo it:
 * a JSON body is kept as leadkit writes it back, with its escapes resolved and the key masked.
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
        String text = new String(body, StandardCharsets.UTF_8);
        Optional<JsonValue> json = parse(text);
        if (json.isPresent()) {
            return describe(status, request, headers, json.get(), reader, redactor);
        }
        String kept = redactor.redact(text);
        ApiError.Builder error = start(status, request, headers, kept, redactor);
        if (!kept.isBlank()) {
            error.message(readableExcerpt(kept));
        }
        return error.build();
    }

    static ApiError describe(int status, String request, Headers headers, JsonValue body, ErrorBodyReader reader,
            Redactor redactor) {
        ApiError.Builder error = start(status, request, headers, redactor.redact(body.toJson()), redactor);
        ApiError.Builder read = ApiError.builder().statusCode(status).request(request);
        reader.read(body, read);
        ApiError vendor = read.build();
        vendor.message().map(redactor::redact).ifPresent(error::message);
        vendor.code().map(redactor::redact).ifPresent(error::code);
        vendor.requestId().map(redactor::redact).ifPresent(error::requestId);
        vendor.fieldErrors().forEach((field, messages) ->
                error.putFieldErrors(redactor.redact(field), messages.stream().map(redactor::redact).toList()));
        return error.build();
    }

    private static ApiError.Builder start(int status, String request, Headers headers, String keptBody, Redactor redactor) {
        ApiError.Builder error = ApiError.builder()
                .statusCode(status)
                .request(request)
                .body(keptBody.length() > MAX_BODY_CHARS ? keptBody.substring(0, MAX_BODY_CHARS) : keptBody);
        String requestIdHeader = headers.get("X-Request-Id");
        if (requestIdHeader != null) {
            error.requestId(redactor.redact(requestIdHeader));
        }
        return error;
    }

    private static Optional<JsonValue> parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonTrees.parse(trimmed));
        } catch (IllegalArgumentException notJson) {
            return Optional.empty();
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
