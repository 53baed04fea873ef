package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leadkit.core.ApiException;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import dev.leadkit.core.internal.Events;
import dev.leadkit.core.internal.cancel.Cancellation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport against answers a hostile or broken server sends, over mockwebserver3: gzip it inflates
 * itself (so a broken stream is the body's fault and a broken connection the connection's), chunk framing,
 * encodings it does not read, and waits too long to mean anything. Each answer is served for every attempt;
 * the client retries 3 times, without waiting.
 */
class HostileAnswersTest {

    private static final String BODY = "{\"data\": [1, 2, 3]}";

    private final MockWebServer server = new MockWebServer();
    private HttpTransport transport;

    @BeforeEach
    void start() throws IOException {
        server.start();
        ClientSettings settings = ImmutableClientSettings.builder().apiKey("test-key").baseUrl(server.url("/api"))
                .timeout(Duration.ofSeconds(5)).sleeper(wait -> { }).maxResponseBytes(1 << 20).build();
        transport = new HttpTransport(settings, AuthScheme.bearer(), (body, error) -> body.get("message")
                .flatMap(message -> message.asString()).ifPresent(error::message), Events.none(), "test");
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private void serveEveryAttempt(MockResponse answer) {
        for (int i = 0; i < 4; i++) {
            server.enqueue(answer);
        }
    }

    private String get() {
        return transport.get("leads", new QueryParams(), body -> new String(body.readAllBytes(), StandardCharsets.UTF_8),
                new Cancellation());
    }

    private Throwable failure() {
        return catchThrowable(this::get);
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

    private static MockResponse.Builder gzipped(int code, byte[] body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Encoding", "gzip").body(new Buffer().write(body));
    }

    @Test
    void gzipIsAskedForAndInflated() throws Exception {
        serveEveryAttempt(gzipped(200, gzip(BODY)).build());

        assertThat(get()).isEqualTo(BODY);
        assertThat(server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void anIdentityOrAbsentEncodingIsReadAsItIs() {
        serveEveryAttempt(new MockResponse.Builder().code(200).addHeader("Content-Encoding", "identity").body(BODY).build());

        assertThat(get()).isEqualTo(BODY);
    }

    @Test
    void xGzipAndAnyCaseAreGzip() {
        server.enqueue(gzipped(200, gzip(BODY)).setHeader("Content-Encoding", "x-gzip").build());
        server.enqueue(gzipped(200, gzip(BODY)).setHeader("Content-Encoding", " GZIP ").build());

        assertThat(get()).isEqualTo(BODY);
        assertThat(get()).isEqualTo(BODY);
    }

    @Test
    void aBodySaidToBeGzipThatIsNotIsTheBodysFaultAndNotRetried() {
        serveEveryAttempt(gzipped(200, BODY.getBytes(StandardCharsets.UTF_8)).build());

        assertThat(failure()).isInstanceOf(DecodingException.class)
                .hasMessageContaining("answered with a body leadkit could not read: the body's gzip stream is broken (");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aGzipStreamCutShortInsideAWholeTransferIsTheBodysFault() {
        byte[] whole = gzip(BODY);
        serveEveryAttempt(gzipped(200, Arrays.copyOf(whole, whole.length - 4)).build());

        assertThat(failure()).isInstanceOf(DecodingException.class).hasMessageContaining("gzip stream is broken");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConnectionClosedUnderAGzipBodyIsTheConnectionsFaultAndRetried() {
        serveEveryAttempt(gzipped(200, gzip(BODY)).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());

        assertThat(failure()).isInstanceOf(ConnectionException.class).hasMessageContaining("failed after 4 attempts");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void anEncodingLeadkitDoesNotReadIsTheBodysFault() {
        serveEveryAttempt(new MockResponse.Builder().code(200).addHeader("Content-Encoding", "deflate").body(BODY).build());

        assertThat(failure()).isInstanceOf(DecodingException.class)
                .hasMessageContaining("the body's Content-Encoding is deflate, which leadkit does not read (it asks for gzip)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aChunkSizeThatIsNotOneIsTheBodysFault() {
        serveEveryAttempt(new MockResponse.Builder().code(200).removeHeader("Content-Length")
                .addHeader("Transfer-Encoding", "chunked").body(new Buffer().writeUtf8("zz\r\n" + BODY + "\r\n0\r\n\r\n"))
                .build());

        assertThat(failure()).isInstanceOf(DecodingException.class)
                .hasMessageContaining("the body's chunked framing is broken (");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aChunkedBodyCutByTheConnectionIsRetried() {
        serveEveryAttempt(new MockResponse.Builder().code(200).chunkedBody(BODY, 4)
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());

        assertThat(failure()).isInstanceOf(ConnectionException.class);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aGzipErrorBodyGivesTheVendorsMessage() {
        serveEveryAttempt(gzipped(422, gzip("{\"message\": \"the filter is wrong\"}")).build());

        assertThat(failure()).isInstanceOf(ApiException.class).hasMessageContaining("the filter is wrong");
    }

    @Test
    void aBrokenGzipErrorBodyStillGivesTheTypedErrorOfItsStatus() {
        serveEveryAttempt(gzipped(404, "not gzip".getBytes(StandardCharsets.UTF_8)).build());

        assertThat(failure()).isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRetryAfterTooLargeForALongOnA503FailsAtOnce() {
        serveEveryAttempt(new MockResponse.Builder().code(503).addHeader("Retry-After", "1" + "0".repeat(30)).build());

        assertThat(failure()).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRetryAfterOfZeroOnA503IsOneOfLeadkitsRetriesNotAResendOfOkHttps() {
        serveEveryAttempt(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());

        assertThat(failure()).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).as("the first attempt and 3 retries").isEqualTo(4);
    }

    @Test
    void aResetTooFarAwayOnA429IsARateLimitExceptionOfTenYears() {
        serveEveryAttempt(new MockResponse.Builder().code(429).addHeader("X-RateLimit-Reset", "9".repeat(25)).build());

        Throwable thrown = failure();

        assertThat(thrown).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) thrown).retryAfter()).hasValueSatisfying(wait ->
                assertThat(wait.toSeconds()).isEqualTo(Duration.ofDays(3650).toSeconds()));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    /** What an error body may hold: 64 KiB once inflated. */
    private static final int ERROR_BODY_BYTES = 64 * 1024;

    @Test
    void aGzipErrorBodyOfOpeningBracketsGivesItsTypedErrorWithAnExcerpt() {
        serveEveryAttempt(gzipped(404, gzip("<".repeat(ERROR_BODY_BYTES))).build());

        Throwable thrown = failure();

        assertThat(thrown).isInstanceOf(NotFoundException.class);
        assertThat(((ApiException) thrown).vendorMessage()).hasValue("<".repeat(200) + "…");
        assertThat(((ApiException) thrown).body()).hasSize(8 * 1024);
    }

    @Test
    void aThrottledPageWhoseBodyIsUnclosedTitlesEndsInARateLimitExceptionWithAnExcerpt() {
        for (int i = 0; i < 20; i++) {
            server.enqueue(gzipped(429, gzip("<title>".repeat(ERROR_BODY_BYTES / 7))).addHeader("Retry-After", "0").build());
        }

        Throwable thrown = failure();

        assertThat(thrown).isInstanceOf(RateLimitException.class);
        assertThat(((ApiException) thrown).vendorMessage()).hasValueSatisfying(message ->
                assertThat(message).doesNotContain("title"));
    }
}
