package dev.leadkit.core.internal.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A query's identity for a sync checkpoint: the first 16 hex digits of the SHA-256 of the platform's id and the
 * query's parameters as the vendor receives them, without the page and the page size (which a user may change
 * between runs without changing which leads the sync reads). Stable across leadkit versions as long as a
 * dialect sends a query's filters the same way.
 */
final class QueryFingerprint {

    private QueryFingerprint() {
    }

    static <Q> String of(Dialect<Q, ?> dialect, Q query) {
        StringBuilder canonical = new StringBuilder(dialect.platform().id());
        for (Map.Entry<String, String> parameter : dialect.parameters().parameters(query, 1).entries()) {
            String name = parameter.getKey();
            if (!name.equals("page") && !name.equals(dialect.pageSizeParameter())) {
                canonical.append('\n').append(name).append('=').append(parameter.getValue());
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
