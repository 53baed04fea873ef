package dev.leadkit.core.internal.dialect;

import java.util.Locale;

/**
 * What an API key must be to go out in an HTTP header: visible ASCII only, at most {@value #MAX_LENGTH}
 * characters, and the key alone, without an auth scheme in front. A key copied from a web page or a
 * chat often carries a non-breaking or zero-width space, a line break or a typographic quote; OkHttp
 * refuses such a header only when the first request is built, in a message that holds the whole value.
 * The checks here run when the key is set, and their messages name the position and the character at
 * fault, never the key.
 */
final class ApiKeys {

    static final int MAX_LENGTH = 4096;

    private ApiKeys() {
    }

    /**
     * @param key the key as given, surrounding whitespace already stripped
     * @return the key, unchanged
     * @throws IllegalArgumentException if it cannot be sent as it is
     */
    static String requireSendable(String key) {
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("apiKey must be at most " + MAX_LENGTH + " characters, got "
                    + key.length());
        }
        if (key.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length())) {
            throw new IllegalArgumentException("apiKey must be the key alone: leadkit writes the \"Bearer \" before it");
        }
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("apiKey has a character that cannot be sent in an HTTP header, "
                        + describe(c) + ", at position " + (key.codePointCount(0, i) + 1)
                        + " of " + key.codePointCount(0, key.length())
                        + ": an API key is visible ASCII only; copy it again without that character");
            }
            i += Character.charCount(c);
        }
        return key;
    }

    /** {@code U+00A0 (NO-BREAK SPACE)}: the code point and its Unicode name, which reveal nothing of a key. */
    private static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " (" + name + ")");
    }
}
