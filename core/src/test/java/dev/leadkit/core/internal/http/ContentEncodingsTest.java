package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies with their Content-Encoding undone, on responses built by hand: the body's faults told from the connection's. */
class ContentEncodingsTest {

    private static final String BODY = "{\"data\":[{\"id\":1},{\"id\":2}],\"page\":1}";

    private static byte[] gzip(String text) {
        Buffer gzipped = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
            sink.writeUtf8(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return gzipped.readByteArray();
    }

    private static Response response(String encoding, ResponseBody body) {
        Response.Builder response = new Response.Builder()
                .request(new Request.Builder().url("https://leads.example.com/api/leads").build())
                .protocol(Protocol.HTTP_1_1).code(200).message("OK").body(body);
        if (encoding != null) {
            response.header("Content-Encoding", encoding);
        }
        return response.build();
    }

    private static Response response(String encoding, byte[] body) {
        return response(encoding, ResponseBody.create(body, null));
    }

    /** A body whose connection gives {@code bytes} and then fails with {@code failure}. */
    private static Response failingAfter(String encoding, byte[] bytes, IOException failure) {
        Source source = new Source() {
            private boolean given;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                if (given) {
                    throw failure;
                }
                given = true;
                sink.write(bytes);
                return bytes.length;
            }

            @Override
            public Timeout timeout() {
                return Timeout.NONE;
            }

            @Override
            public void close() {
            }
        };
        return response(encoding, ResponseBody.create(Okio.buffer(source), null, -1));
    }

    private static String read(InputStream stream) throws IOException {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "GZIP", " gzip ", "x-gzip", "X-Gzip"})
    void aGzipBodyIsInflated(String encoding) throws IOException {
        assertThat(read(ContentEncodings.decoded(response(encoding, gzip(BODY))))).isEqualTo(BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", " IDENTITY ", "", "  "})
    void anIdentityOrBlankEncodingIsTheBodyAsItCame(String encoding) throws IOException {
        assertThat(read(ContentEncodings.decoded(response(encoding, BODY.getBytes(StandardCharsets.UTF_8))))).isEqualTo(BODY);
    }

    @Test
    void noEncodingIsTheBodyAsItCame() throws IOException {
        assertThat(read(ContentEncodings.decoded(response(null, BODY.getBytes(StandardCharsets.UTF_8))))).isEqualTo(BODY);
    }

    @Test
    void anEncodingLeadkitDoesNotReadIsABrokenBodyAtTheFirstRead() {
        InputStream stream = ContentEncodings.decoded(response(" BR ", BODY.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(stream::read).isInstanceOf(ContentEncodings.BrokenBodyException.class)
                .hasMessage("the body's Content-Encoding is br, which leadkit does not read (it asks for gzip)");
    }

    @Test
    void aBodySaidToBeGzipThatIsNotIsABrokenBody() {
        InputStream stream = ContentEncodings.decoded(response("gzip", BODY.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> stream.read(new byte[64], 0, 64)).isInstanceOf(ContentEncodings.BrokenBodyException.class)
                .hasMessageStartingWith("the body's gzip stream is broken (").hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aGzipStreamCutShortIsABrokenBodyForEveryWayOfReadingIt() {
        byte[] whole = gzip(BODY);
        byte[] cut = Arrays.copyOf(whole, whole.length - 4);

        assertThatThrownBy(() -> read(ContentEncodings.decoded(response("gzip", cut))))
                .isInstanceOf(ContentEncodings.BrokenBodyException.class);
        assertThatThrownBy(() -> {
            InputStream stream = ContentEncodings.decoded(response("gzip", cut));
            while (stream.read() >= 0) {
                // one byte at a time
            }
        }).isInstanceOf(ContentEncodings.BrokenBodyException.class);
        assertThatThrownBy(() -> ContentEncodings.decoded(response("gzip", cut)).skip(10_000))
                .isInstanceOf(ContentEncodings.BrokenBodyException.class);
    }

    @Test
    void aGzipStreamSkipsAndReadsByteByByte() throws IOException {
        InputStream stream = ContentEncodings.decoded(response("gzip", gzip(BODY)));

        assertThat(stream.skip(2)).isEqualTo(2);
        assertThat(stream.read()).isEqualTo(BODY.charAt(2));
        assertThat(read(stream)).isEqualTo(BODY.substring(3));
    }

    @Test
    void aConnectionThatFailsUnderAGzipBodyIsTheConnectionsOwnFailure() {
        IOException reset = new IOException("connection reset");
        byte[] start = Arrays.copyOf(gzip(BODY), 10); // the gzip header: the first inflated byte needs the connection

        assertThatThrownBy(() -> read(ContentEncodings.decoded(failingAfter("gzip", start, reset)))).isSameAs(reset);
        assertThatThrownBy(() -> ContentEncodings.decoded(failingAfter("gzip", start, reset)).read()).isSameAs(reset);
        assertThatThrownBy(() -> ContentEncodings.decoded(failingAfter("gzip", start, reset)).skip(100)).isSameAs(reset);
    }

    @Test
    void aBrokenGzipStreamWithoutAMessageIsNamedByItsFailure() {
        IOException nameless = new java.io.EOFException();
        byte[] start = Arrays.copyOf(gzip(BODY), 10); // the gzip header: the first inflated byte needs the connection
        // the connection's failure goes through as it was, nameless or not
        assertThatThrownBy(() -> read(ContentEncodings.decoded(failingAfter("gzip", start, nameless)))).isSameAs(nameless);

        byte[] whole = gzip(BODY);
        byte[] cut = Arrays.copyOf(whole, 10); // the header only: okio's EOFException has no message
        assertThatThrownBy(() -> read(ContentEncodings.decoded(response("gzip", cut))))
                .isInstanceOf(ContentEncodings.BrokenBodyException.class)
                .hasMessageMatching("the body's gzip stream is broken \\(.+\\)")
                .hasMessageNotContaining("(null)");
    }

    @Test
    void isEncodedIsFalseOnlyWithoutAnEncodingOrForIdentity() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(ContentEncodings.isEncoded(response(null, body))).isFalse();
        assertThat(ContentEncodings.isEncoded(response("", body))).isFalse();
        assertThat(ContentEncodings.isEncoded(response("   ", body))).isFalse();
        assertThat(ContentEncodings.isEncoded(response("identity", body))).isFalse();
        assertThat(ContentEncodings.isEncoded(response(" Identity ", body))).isFalse();
        assertThat(ContentEncodings.isEncoded(response("gzip", body))).isTrue();
        assertThat(ContentEncodings.isEncoded(response("br", body))).isTrue();
        assertThat(ContentEncodings.isEncoded(response("identity, gzip", body))).isTrue();
    }

    @Test
    void headIsTheStartOfTheInflatedBody() {
        assertThat(ContentEncodings.head(response("gzip", gzip(BODY)), 9)).asString(StandardCharsets.UTF_8).isEqualTo(BODY.substring(0, 9));
        assertThat(ContentEncodings.head(response("x-gzip", gzip(BODY)), 1000)).asString(StandardCharsets.UTF_8).isEqualTo(BODY);
    }

    @Test
    void headOfAPlainBodyIsItsStart() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(ContentEncodings.head(response(null, body), 5)).asString(StandardCharsets.UTF_8).isEqualTo(BODY.substring(0, 5));
        assertThat(ContentEncodings.head(response("identity", body), 1000)).asString(StandardCharsets.UTF_8).isEqualTo(BODY);
    }

    @Test
    void headOfABodyThatCannotBeReadIsEmpty() {
        assertThat(ContentEncodings.head(response("br", gzip(BODY)), 100)).isEmpty();
        assertThat(ContentEncodings.head(response("gzip", BODY.getBytes(StandardCharsets.UTF_8)), 100)).isEmpty();
    }
}
