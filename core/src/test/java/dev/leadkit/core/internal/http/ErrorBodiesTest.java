package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.json.JsonFields;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

    private static final ErrorBodyReader MESSAGE_READER = (body, error) ->
            JsonFields.text(body, "message").ifPresent(error::message);

    private ApiError describe(String body, Headers headers) {
        return ErrorBodies.describe(500, "GET /x", headers, body.getBytes(StandardCharsets.UTF_8), MESSAGE_READER,
                new Redactor("s3cret"));
    }

    @Test
    void jsonBodyIsReadByTheDialect() {
        ApiError error = describe("{\"message\":\"boom\"}", Headers.of());

        assertThat(error.message()).hasValue("boom");
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.request()).isEqualTo("GET /x");
    }

    @Test
    void htmlBodyBecomesItsTitle() {
        assertThat(describe("<html><title>502 Bad Gateway</title><body>x</body></html>", Headers.of()).message())
                .hasValue("502 Bad Gateway");
    }

    @Test
    void plainTextBodyIsCollapsedAndCut() {
        String message = describe("  upstream\n\n  timed out  " + "x".repeat(500), Headers.of()).message().orElseThrow();

        assertThat(message).startsWith("upstream timed out x").hasSize(201);
    }

    @Test
    void requestIdHeaderIsKept() {
        assertThat(describe("{}", Headers.of("X-Request-Id", "abc")).requestId()).hasValue("abc");
    }

    @Test
    void secretEchoedInTheBodyIsMasked() {
        ApiError error = describe("{\"message\":\"bad key s3cret\"}", Headers.of());

        assertThat(error.body()).doesNotContain("s3cret").contains("****");
        assertThat(error.message()).hasValue("bad key ****");
    }
}
