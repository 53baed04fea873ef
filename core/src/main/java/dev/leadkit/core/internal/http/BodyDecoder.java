package dev.leadkit.core.internal.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a successful response body into a value: a dialect's pure decoding function, reading the body as
 * it arrives off the connection. Jackson's parse failures and {@link MalformedBodyException} become a
 * {@code DecodingException} carrying an excerpt of the body; any other {@link IOException} is the
 * connection failing mid-body, and is retried like one.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface BodyDecoder<T> {

    /**
     * @param body the body, streamed; the transport closes it
     * @return the decoded value
     * @throws IOException when the body is not JSON, or the connection fails while it is read
     */
    T decode(InputStream body) throws IOException;
}
