package dev.leadkit.core.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A response body as the decoder reads it, straight off the connection: it fails once more than
 * {@code maxBytes} have come (so a runaway body cannot exhaust memory), and it keeps the first
 * {@code headBytes} so a decoding failure can still show where the body went wrong.
 */
final class BodyStream extends FilterInputStream {

    /** Thrown when the body grows past the cap; never retried. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long maxBytes) {
            super("the body is larger than " + maxBytes + " bytes");
        }
    }

    private final long maxBytes;
    private final byte[] head;
    private int headLength;
    private long count;

    BodyStream(InputStream in, long maxBytes, int headBytes) {
        super(in);
        this.maxBytes = maxBytes;
        this.head = new byte[headBytes];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            seen(buffer, offset, read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void seen(byte[] buffer, int offset, int length) throws TooLargeException {
        if (headLength < head.length) {
            int copied = Math.min(length, head.length - headLength);
            System.arraycopy(buffer, offset, head, headLength, copied);
            headLength += copied;
        }
        count += length;
        if (count > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
    }

    /** How many bytes of the body have been read. */
    long count() {
        return count;
    }

    /** The first bytes of the body, as many as have been read and fit the head. */
    byte[] head() {
        return Arrays.copyOf(head, headLength);
    }
}
