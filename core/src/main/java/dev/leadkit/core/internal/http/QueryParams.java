package dev.leadkit.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, in the order a dialect adds them. Names are the vendor's own
 * (they may hold {@code [op]} suffixes, sent as written); values are percent-encoded here, so any string a
 * user types reaches the server unchanged.
 */
public final class QueryParams {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]]+");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    /**
     * Adds {@code name=value}.
     *
     * @param name  the vendor's parameter name: letters, digits, {@code _ . - [ ]}
     * @param value any string; encoded on the wire
     * @return this
     */
    public QueryParams add(String name, String value) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("query parameter name must match " + SAFE_NAME + ": " + name);
        }
        entries.add(Map.entry(name, value));
        return this;
    }

    /**
     * A copy with {@code name=value} appended; this instance is unchanged.
     *
     * @param name  the parameter name
     * @param value the value
     * @return the copy
     */
    public QueryParams with(String name, String value) {
        QueryParams copy = new QueryParams();
        copy.entries.addAll(entries);
        return copy.add(name, value);
    }

    /** The parameters in order. */
    public List<Map.Entry<String, String>> entries() {
        return Collections.unmodifiableList(entries);
    }

    /**
     * The encoded query string, without the leading {@code ?}: {@code a=1&b=x%20y}.
     *
     * @return the query, empty when there are no parameters
     */
    public String encoded() {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> entry : entries) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(entry.getKey()).append('=');
            encodeValue(entry.getValue(), query);
        }
        return query.toString();
    }

    /**
     * Percent-encodes everything but RFC 3986's unreserved characters and the two separators the vendors
     * use inside values ({@code ,} and {@code :}); a space becomes {@code %20}, a {@code +} {@code %2B}.
     */
    private static void encodeValue(String value, StringBuilder out) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ',' || c == ':') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
    }

    @Override
    public String toString() {
        return encoded();
    }
}
