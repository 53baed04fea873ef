package dev.leadkit.core.internal.http;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.json.JsonTrees;
import dev.leadkit.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
    private static final String TITLE_OPEN = "<title>";
    private static final String TITLE_CLOSE = "</title>";

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

    /**
     * The page's title when it is HTML, else its text without tags, collapsed and cut to
     * {@value #MAX_MESSAGE_CHARS} characters. Only the first {@value #MAX_BODY_CHARS} characters are read
     * (what {@code body()} keeps), each a bounded number of times: a hostile body of {@code <} or
     * {@code <title>} repeated costs no more than one of letters. (Regular expressions for the tag and the
     * title backtrack over what follows each {@code <}, which made such a body quadratic.)
     */
    static String readableExcerpt(CharSequence text) {
        int end = Math.min(text.length(), MAX_BODY_CHARS);
        int open = indexOfIgnoreCase(text, TITLE_OPEN, 0, end);
        if (open >= 0) {
            int close = indexOfIgnoreCase(text, TITLE_CLOSE, open + TITLE_OPEN.length(), end);
            if (close >= 0) {
                return collapsed(text, open + TITLE_OPEN.length(), close, false);
            }
        }
        return collapsed(text, 0, end, true);
    }

    /**
     * The text of {@code [from, to)} with runs of whitespace (and tags, when stripped) as one space, leading
     * and trailing space dropped, cut once it passes the message's length. A {@code <} with no {@code >} after
     * it is text, as no tag starts there.
     */
    private static String collapsed(CharSequence text, int from, int to, boolean stripTags) {
        int lastTagEnd = -1;
        if (stripTags) {
            for (int i = to - 1; i >= from && lastTagEnd < 0; i--) {
                if (text.charAt(i) == '>') {
                    lastTagEnd = i;
                }
            }
        }
        StringBuilder out = new StringBuilder(MAX_MESSAGE_CHARS + 1);
        boolean space = false;
        for (int i = from; i < to && out.length() <= MAX_MESSAGE_CHARS; i++) {
            char c = text.charAt(i);
            if (stripTags && c == '<' && i < lastTagEnd) {
                while (text.charAt(i) != '>') {
                    i++;
                }
                space = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        String readable = out.toString().strip();
        return readable.length() > MAX_MESSAGE_CHARS ? readable.substring(0, MAX_MESSAGE_CHARS) + "…" : readable;
    }

    /** Where {@code sought} (lower case ASCII) starts in {@code [from, to)} of {@code text}, in any case; -1 if nowhere. */
    private static int indexOfIgnoreCase(CharSequence text, String sought, int from, int to) {
        for (int i = from; i <= to - sought.length(); i++) {
            int matched = 0;
            while (matched < sought.length()
                    && Character.toLowerCase(text.charAt(i + matched)) == sought.charAt(matched)) {
                matched++;
            }
            if (matched == sought.length()) {
                return i;
            }
        }
        return -1;
    }
}
