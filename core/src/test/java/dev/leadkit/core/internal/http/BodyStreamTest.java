package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stream a decoder reads a body through; the cap is also proven over HTTP in DialectClientHttpTest. */
class BodyStreamTest {

    private static BodyStream over(String body, long maxBytes, int headBytes) {
        return new BodyStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), maxBytes, headBytes);
    }

    @Test
    void aBodyOfExactlyTheCapReadsToTheEnd() throws IOException {
        BodyStream stream = over("x".repeat(10), 10, 4);

        assertThat(stream.readAllBytes()).hasSize(10);
        assertThat(stream.read()).isEqualTo(-1);
    }

    @Test
    void oneByteOverTheCapFailsNamingTheCap() {
        BodyStream stream = over("x".repeat(11), 10, 4);

        assertThatThrownBy(stream::readAllBytes).isInstanceOf(BodyStream.TooLargeException.class)
                .hasMessage("the body is larger than 10 bytes");
    }

    @Test
    void theCapCountsBytesAcrossReads() throws IOException {
        BodyStream stream = over("abcdef", 5, 0);
        byte[] buffer = new byte[3];

        assertThat(stream.read(buffer, 0, 3)).isEqualTo(3);
        assertThat(stream.read(buffer, 0, 2)).isEqualTo(2);
        assertThatThrownBy(() -> stream.read(buffer, 0, 3)).isInstanceOf(BodyStream.TooLargeException.class);
    }

    @Test
    void singleByteReadsCountTowardsTheCapAndReturnEachByteUnsigned() throws IOException {
        BodyStream stream = new BodyStream(new ByteArrayInputStream(new byte[] {(byte) 0xff, 0x41}), 1, 2);

        assertThat(stream.read()).isEqualTo(0xff);
        assertThatThrownBy(stream::read).isInstanceOf(BodyStream.TooLargeException.class);
    }

    @Test
    void skippedBytesCountTowardsTheCapAndTheHead() throws IOException {
        BodyStream stream = over("0123456789", 8, 4);

        assertThat(stream.skip(3)).isEqualTo(3);
        assertThat(stream.head()).containsExactly("012".getBytes(StandardCharsets.US_ASCII));
        assertThat(stream.skip(5)).isEqualTo(5);
        assertThatThrownBy(() -> stream.skip(1)).isInstanceOf(BodyStream.TooLargeException.class);
    }

    @Test
    void skippingAtTheEndSkipsNothing() throws IOException {
        BodyStream stream = over("ab", 8, 4);
        stream.readAllBytes();

        assertThat(stream.skip(10)).isZero();
    }

    @Test
    void theHeadKeepsTheFirstBytesReadUpToItsSize() throws IOException {
        BodyStream stream = over("{\"data\":[1,2,3]}", 1024, 8);
        byte[] buffer = new byte[16];

        assertThat(stream.head()).isEmpty();
        stream.read(buffer, 2, 5);
        assertThat(stream.head()).containsExactly("{\"dat".getBytes(StandardCharsets.US_ASCII));
        stream.read(buffer, 0, 16);
        assertThat(stream.head()).containsExactly("{\"data\":".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theHeadOfAShortBodyIsTheWholeBody() throws IOException {
        BodyStream stream = over("[]", 1024, 8);
        stream.readAllBytes();

        assertThat(stream.head()).containsExactly("[]".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void markIsNotSupported() {
        assertThat(over("", 10, 1).markSupported()).isFalse();
    }
}
