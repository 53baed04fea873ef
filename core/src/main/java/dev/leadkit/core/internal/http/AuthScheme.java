package dev.leadkit.core.internal.http;

/**
 * How a dialect's vendor wants the API key: which header, and what goes before the key in it.
 * The key itself is always sent verbatim.
 */
public final class AuthScheme {

    private final String headerName;
    private final String prefix;

    private AuthScheme(String headerName, String prefix) {
        this.headerName = headerName;
        this.prefix = prefix;
    }

    /** {@code Authorization: Bearer <key>}. */
    public static AuthScheme bearer() {
        return new AuthScheme("Authorization", "Bearer ");
    }

    /**
     * {@code <headerName>: <key>}, e.g. {@code X-API-KEY}.
     *
     * @param headerName the header that carries the bare key
     * @return the scheme
     */
    public static AuthScheme header(String headerName) {
        return new AuthScheme(headerName, "");
    }

    String headerName() {
        return headerName;
    }

    String headerValue(String apiKey) {
        return prefix + apiKey;
    }
}
