package dev.leadkit.core.internal.http;

import java.io.IOException;

/**
 * Turns a successful response body into a value: a dialect's pure decoding function. Jackson's
 * {@link IOException}s and {@link MalformedBodyException} become a {@code DecodingException} carrying an
 * excerpt of the body.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface BodyDecoder<T> {

    /**
     * @param body the whole body
     * @return the decoded value
     * @throws IOException when the body is not JSON of the expected shape
     */
    T decode(byte[] body) throws IOException;
}
