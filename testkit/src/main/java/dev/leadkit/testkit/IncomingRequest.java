package dev.leadkit.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One request as a vendor's server reads it. The query string is decoded the way PHP (Laravel) and Node
 * (URLSearchParams, qs) decode it: as form data, so a literal {@code +} is a space. A client that sends a
 * phone number's {@code +} unencoded is caught here exactly as the real server would catch it.
 */
final class IncomingRequest {

    private final int index;
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Headers headers;
    private final String origin;

    IncomingRequest(int index, String method, HttpUrl url, Headers headers, String origin) {
        this.index = index;
        this.method = method;
        this.path = url.encodedPath();
        this.query = parseQuery(url.encodedQuery());
        this.headers = headers;
        this.origin = origin;
    }

    static Map<String, List<String>> parseQuery(String encodedQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encodedQuery == null || encodedQuery.isEmpty()) {
            return Collections.unmodifiableMap(params);
        }
        for (String pair : encodedQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        params.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(params);
    }

    private static String formDecode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedPercent) {
            return text;
        }
    }

    int index() {
        return index;
    }

    String method() {
        return method;
    }

    /** {@return the path, still percent-encoded, e.g. {@code /api/user/leads}} */
    String path() {
        return path;
    }

    /** {@return every query parameter, in order, with all its values} */
    Map<String, List<String>> query() {
        return query;
    }

    /** The first value of a parameter (Node's {@code URLSearchParams.get}); empty when absent. */
    Optional<String> first(String name) {
        List<String> values = query.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The last value of a parameter (PHP's {@code $_GET}); empty when absent. */
    Optional<String> last(String name) {
        List<String> values = query.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    Headers headers() {
        return headers;
    }

    /** {@return {@code http://127.0.0.1:PORT}: where the sandbox listens} */
    String origin() {
        return origin;
    }
}
