package dev.leadkit.core.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.GzipSource;
import okio.Okio;
import okio.Source;

/**
 * A body as the vendor meant it, with its {@code Content-Encoding} undone. leadkit asks for gzip itself
 * ({@code Accept-Encoding: gzip}) and inflates it here instead of leaving it to OkHttp, so that a gzip
 * stream that does not inflate (not gzip at all, cut short inside an intact transfer, followed by other
 * bytes, a wrong checksum) is told apart from a connection that fails under it: the first is the body's
 * fault, a {@link BrokenBodyException}, and is not retried; the second stays the connection's
 * {@link IOException}, which is.
 */
final class ContentEncodings {

    private ContentEncodings() {
    }

    /** The body's encoding is broken, or one leadkit does not read: the same request would get the same body. */
    static final class BrokenBodyException extends IOException {

        private static final long serialVersionUID = 1L;

        BrokenBodyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param response a response whose body is still unread
     * @return the body, inflated when it is gzip, as a stream; for an encoding other than gzip or identity,
     *         a stream whose first read throws a {@link BrokenBodyException}
     */
    static InputStream decoded(Response response) {
        try {
            if (!isGzip(response)) {
                return response.body().byteStream();
            }
        } catch (BrokenBodyException unreadable) {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    throw unreadable;
                }
            };
        }
        return new TranslatingStream(Okio.buffer(new GzipSource(new MarkingSource(response.body().source())))
                .inputStream());
    }

    /**
     * @param response a response
     * @return whether its body is encoded at all, so that its {@code Content-Length} is not what it decodes to
     */
    static boolean isEncoded(Response response) {
        String encoding = response.header("Content-Encoding");
        return encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity");
    }

    /**
     * Up to {@code maxBytes} of the body, inflated when it is gzip; what cannot be read is left out.
     *
     * @param response a response whose body is still unread
     * @param maxBytes the most bytes returned
     * @return the start of the body
     */
    static byte[] head(Response response, long maxBytes) {
        try {
            BufferedSource source = isGzip(response) ? Okio.buffer(new GzipSource(response.body().source()))
                    : response.body().source();
            source.request(maxBytes);
            Buffer buffer = source.getBuffer();
            return buffer.readByteArray(Math.min(buffer.size(), maxBytes));
        } catch (IOException | RuntimeException unreadable) {
            return new byte[0];
        }
    }

    private static boolean isGzip(Response response) throws BrokenBodyException {
        String encoding = response.header("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.strip().equalsIgnoreCase("identity")) {
            return false;
        }
        if (encoding.strip().equalsIgnoreCase("gzip") || encoding.strip().equalsIgnoreCase("x-gzip")) {
            return true;
        }
        throw new BrokenBodyException("the body's Content-Encoding is " + encoding.strip().toLowerCase(Locale.ROOT)
                + ", which leadkit does not read (it asks for gzip)", null);
    }

    /** Marks every failure of the connection's own reads, so that it is not taken for a broken gzip stream. */
    private static final class MarkingSource extends ForwardingSource {

        MarkingSource(Source delegate) {
            super(delegate);
        }

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
            try {
                return super.read(sink, byteCount);
            } catch (IOException connection) {
                throw new ConnectionFailure(connection);
            }
        }
    }

    /** A failure of the connection, on its way out through the gzip layer. */
    private static final class ConnectionFailure extends IOException {

        private static final long serialVersionUID = 1L;

        ConnectionFailure(IOException cause) {
            super(cause);
        }
    }

    /** Rethrows the connection's failures as they were, and the gzip layer's own as a {@link BrokenBodyException}. */
    private static final class TranslatingStream extends FilterInputStream {

        TranslatingStream(InputStream inflated) {
            super(inflated);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public long skip(long count) throws IOException {
            try {
                return super.skip(count);
            } catch (IOException e) {
                throw translated(e);
            }
        }

        private static IOException translated(IOException failure) {
            if (failure instanceof ConnectionFailure) {
                return (IOException) failure.getCause();
            }
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return new BrokenBodyException("the body's gzip stream is broken (" + reason + ")", failure);
        }
    }
}
