package dev.leadkit.core.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Replaces the API key wherever a vendor or a library might echo it back into text we keep: error bodies,
 * messages, and the messages of the parser failures kept as causes. A Sanctum-style token {@code id|secret}
 * is also masked where only its secret part is echoed, and each is masked too as a vendor may have written
 * it: percent-encoded ({@code 12%7Cabc}, either case of hex) or JSON-escaped as PHP does ({@code a\/b}).
 */
final class Redactor {

    static final String MASK = "****";
    /** Shorter secret parts are not masked on their own: they would mask ordinary words. */
    private static final int MIN_SECRET_PART = 8;
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-F]{2}");

    private final List<String> secrets = new ArrayList<>();

    Redactor(String key) {
        if (!key.isEmpty()) {
            addWithEncodings(key);
            int bar = key.indexOf('|');
            if (bar >= 0 && key.length() - bar - 1 >= MIN_SECRET_PART) {
                addWithEncodings(key.substring(bar + 1));
            }
        }
    }

    private void addWithEncodings(String secret) {
        String percentEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        String jsonEscaped = secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
        String lowerHex = PERCENT_ESCAPE.matcher(percentEncoded).replaceAll(escape -> escape.group().toLowerCase(Locale.ROOT));
        for (String form : List.of(secret, percentEncoded, lowerHex, jsonEscaped)) {
            if (!secrets.contains(form)) {
                secrets.add(form);
            }
        }
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        for (String secret : secrets) {
            text = text.replace(secret, MASK);
        }
        return text;
    }

    /**
     * {@code failure} itself when no message in its cause chain holds the key; else a copy of the chain
     * with the same class names, stack traces and messages, the key masked.
     */
    Throwable redactFailure(Throwable failure) {
        return failure == null || !holdsKey(failure) ? failure : masked(failure);
    }

    private boolean holdsKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !redact(message).equals(message)) {
                return true;
            }
        }
        return false;
    }

    /** A failure whose text held the key, as it printed, masked. */
    private static final class RedactedFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String className;

        RedactedFailure(Throwable original, Redactor redactor) {
            super(redactor.redact(original.getMessage()),
                    original.getCause() == null || original.getCause() == original ? null
                            : redactor.masked(original.getCause()),
                    false, true);
            this.className = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? className : className + ": " + message;
        }
    }

    /** A copy of {@code failure} and its causes with every message masked. */
    private Throwable masked(Throwable failure) {
        return new RedactedFailure(failure, this);
    }
}
