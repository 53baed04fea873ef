package dev.leadkit.core.internal.http;

/** Replaces the API key wherever a vendor or a library might echo it back into text we keep. */
final class Redactor {

    static final String MASK = "****";

    private final String secret;

    Redactor(String secret) {
        this.secret = secret;
    }

    String redact(String text) {
        return text == null || secret.isEmpty() ? text : text.replace(secret, MASK);
    }
}
