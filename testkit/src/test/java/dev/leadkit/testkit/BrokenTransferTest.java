package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.Lead;
import dev.leadkit.testkit.DialectFixture.Listing;
import dev.leadkit.testkit.DialectFixture.Signals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 2xx whose transfer arrived but is broken (a gzip stream that does not inflate, a chunk size that is not
 * one, an encoding leadkit does not read) is the body's fault: a {@link DecodingException} after one
 * request, as for content that does not decode. A connection that fails under the body, gzip or not, is
 * the connection's: retried, and a {@link ConnectionException} when the retries run out. A good gzip page
 * reads as the plain one. Per dialect, over real HTTP, with the client's three retries.
 */
class BrokenTransferTest {

    static List<DialectFixture> dialects() {
        return DialectFixture.all();
    }

    private static String plainPage(DialectFixture dialect) {
        return dialect.page(Signals.page(1).more(false), "101", "102");
    }

    private static byte[] gzip(String text) {
        Buffer gzipped = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
            sink.writeUtf8(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gzipped.readByteArray();
    }

    private static MockResponse gzipped(byte[] body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("Content-Encoding", "gzip").body(new Buffer().write(body)).build();
    }

    private static Throwable read(DialectFixture dialect, Listing server) {
        return catchThrowable(() -> dialect.read(server, listing -> listing.stream().map(Lead::id).toList()));
    }

    private static void failsOnceAsTheBodysFault(DialectFixture dialect, Listing server, String reason) {
        Throwable thrown = read(dialect, server);

        assertThat(thrown).isInstanceOf(DecodingException.class).hasMessageContaining(reason);
        assertThat(((DecodingException) thrown).page()).hasValue(1);
        assertThat(server.requestedPages()).as("not retried").containsExactly(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aGzipPageReadsAsThePlainOne(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, gzipped(gzip(plainPage(dialect))));

            List<String> ids = dialect.read(server, listing -> listing.stream().map(Lead::id).toList());

            assertThat(ids).containsExactly("101", "102");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aBodySaidToBeGzipThatIsNotFailsAtOnce(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, gzipped(plainPage(dialect).getBytes()));

            failsOnceAsTheBodysFault(dialect, server, "the body's gzip stream is broken");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aGzipStreamCutShortInsideAWholeTransferFailsAtOnce(DialectFixture dialect) {
        byte[] whole = gzip(plainPage(dialect));
        try (Listing server = new Listing()) {
            server.reply(1, gzipped(Arrays.copyOf(whole, whole.length - 6)));

            failsOnceAsTheBodysFault(dialect, server, "the body's gzip stream is broken");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aGzipStreamWithAWrongChecksumFailsAtOnce(DialectFixture dialect) {
        byte[] body = gzip(plainPage(dialect));
        body[body.length - 8] ^= 0x55; // the CRC32 of the trailer
        try (Listing server = new Listing()) {
            server.reply(1, gzipped(body));

            failsOnceAsTheBodysFault(dialect, server, "the body's gzip stream is broken");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void bytesAfterTheGzipStreamFailAtOnce(DialectFixture dialect) {
        byte[] whole = gzip(plainPage(dialect));
        byte[] followed = Arrays.copyOf(whole, whole.length + 4);
        try (Listing server = new Listing()) {
            server.reply(1, gzipped(followed));

            failsOnceAsTheBodysFault(dialect, server, "the body's gzip stream is broken");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aChunkSizeThatIsNotOneFailsAtOnce(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .removeHeader("Content-Length").addHeader("Transfer-Encoding", "chunked")
                    .body(new Buffer().writeUtf8("zz\r\n" + plainPage(dialect) + "\r\n0\r\n\r\n")).build());

            failsOnceAsTheBodysFault(dialect, server, "the body's chunked framing is broken");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void anEncodingLeadkitDoesNotReadFailsAtOnceNamingIt(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .addHeader("Content-Encoding", "br").body(plainPage(dialect)).build());

            failsOnceAsTheBodysFault(dialect, server, "the body's Content-Encoding is br, which leadkit does not read");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aConnectionCutUnderAGzipBodyIsRetriedAndThenAConnectionException(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .addHeader("Content-Encoding", "gzip").body(new Buffer().write(gzip(plainPage(dialect))))
                    .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());

            Throwable thrown = read(dialect, server);

            assertThat(thrown).isInstanceOf(ConnectionException.class);
            assertThat(server.requestedPages()).as("retried three times").containsExactly(1, 1, 1, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void aGzipErrorBodyIsReadForTheVendorsMessage(DialectFixture dialect) {
        try (Listing server = new Listing()) {
            server.reply(1, new MockResponse.Builder().code(422).addHeader("Content-Type", "application/json")
                    .addHeader("Content-Encoding", "gzip")
                    .body(new Buffer().write(gzip(dialect.failure("the filter is wrong", "BAD_FILTER", "req-1").body())))
                    .build());

            Throwable thrown = read(dialect, server);

            assertThat(thrown).hasMessageContaining("the filter is wrong");
        }
    }
}
