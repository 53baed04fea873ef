package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.ApiError;
import dev.leadkit.core.internal.json.JsonFields;
import dev.leadkit.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** A reader that fills in everything a vendor's error body can tell, as a dialect's does. */
    private static final ErrorBodyReader FULL_READER = (body, error) -> {
        JsonFields.text(body, "message").ifPresent(error::message);
        JsonFields.text(body, "code").ifPresent(error::code);
        JsonFields.text(body, "request_id").ifPresent(error::requestId);
        JsonFields.object(body, "errors").ifPresent(errors -> errors.members().forEach((field, messages) ->
                error.putFieldErrors(field, JsonFields.texts(messages))));
    };

    private static ApiError describeWith(ErrorBodyReader reader, String body) {
        return ErrorBodies.describe(422, "GET /api/leads", Headers.of(), body.getBytes(StandardCharsets.UTF_8), reader,
                new Redactor("s3cret"));
    }

    @Test
    void theVendorsCodeRequestIdAndFieldErrorsAreKeptWithTheKeyMasked() {
        ApiError error = describeWith(FULL_READER, "{\"message\":\"invalid\",\"code\":\"BAD_s3cret\",\"request_id\":\"req-s3cret\","
                + "\"errors\":{\"per_page\":[\"too big\",\"s3cret\"],\"s3cret\":[\"x\"]}}");

        assertThat(error.message()).hasValue("invalid");
        assertThat(error.code()).hasValue("BAD_****");
        assertThat(error.requestId()).hasValue("req-****");
        assertThat(error.fieldErrors()).containsExactly(Map.entry("per_page", List.of("too big", "****")), Map.entry("****", List.of("x")));
        assertThat(error.statusCode()).isEqualTo(422);
        assertThat(error.request()).isEqualTo("GET /api/leads");
    }

    @Test
    void aJsonArrayBodyIsReadByTheDialectToo() {
        List<JsonValue> seen = new ArrayList<>();

        ApiError error = describeWith((body, read) -> {
            seen.add(body);
            read.message("from the array");
        }, " [\"a\",1] ");

        assertThat(seen).containsExactly(JsonValue.parse("[\"a\",1]"));
        assertThat(error.message()).hasValue("from the array");
        assertThat(error.body()).isEqualTo("[\"a\",1]");
    }

    @Test
    void aJsonBodyIsKeptAsLeadkitWritesItWithItsEscapesResolvedAndTheKeyMasked() {
        ApiError error = describeWith(MESSAGE_READER, "{ \"token\" : \"s3\\u0063ret\" }");

        assertThat(error.body()).isEqualTo("{\"token\":\"****\"}");
    }

    @Test
    void aBodyThatIsAJsonScalarIsReadAsText() {
        List<JsonValue> seen = new ArrayList<>();

        ApiError error = describeWith((body, read) -> seen.add(body), "42");

        assertThat(seen).isEmpty();
        assertThat(error.message()).hasValue("42");
        assertThat(error.body()).isEqualTo("42");
    }

    @Test
    void aBodyThatLooksLikeJsonButIsNotIsReadAsText() {
        List<JsonValue> seen = new ArrayList<>();

        ApiError error = describeWith((body, read) -> seen.add(body), "{not json s3cret");

        assertThat(seen).isEmpty();
        assertThat(error.message()).hasValue("{not json ****");
        assertThat(error.body()).isEqualTo("{not json ****");
    }

    @Test
    void aBlankBodyHasNoMessage() {
        ApiError error = describeWith(MESSAGE_READER, " \n ");

        assertThat(error.message()).isEmpty();
        assertThat(error.body()).isEqualTo(" \n ");
    }

    @Test
    void anEmptyBodyHasNoMessageAndAnEmptyBody() {
        ApiError error = describeWith(MESSAGE_READER, "");

        assertThat(error.message()).isEmpty();
        assertThat(error.body()).isEmpty();
    }

    @Test
    void aBodyOfEightKibibytesIsKeptWhole() {
        String body = "x".repeat(ErrorBodies.MAX_BODY_CHARS);

        assertThat(describeWith(MESSAGE_READER, body).body()).isEqualTo(body);
    }

    @Test
    void aLongerBodyIsCutToEightKibibytes() {
        String body = "y".repeat(ErrorBodies.MAX_BODY_CHARS) + "z";

        assertThat(describeWith(MESSAGE_READER, body).body()).isEqualTo("y".repeat(ErrorBodies.MAX_BODY_CHARS));
    }

    @Test
    void aLongJsonBodyIsCutToEightKibibytesOfItsText() {
        String json = "{\"message\":\"" + "m".repeat(ErrorBodies.MAX_BODY_CHARS) + "\"}";

        ApiError error = describeWith(MESSAGE_READER, json);

        assertThat(error.body()).isEqualTo(json.substring(0, ErrorBodies.MAX_BODY_CHARS));
        assertThat(error.message()).hasValue("m".repeat(ErrorBodies.MAX_BODY_CHARS));
    }

    @Test
    void anExcerptOfTwoHundredCharactersIsNotCut() {
        String text = "w".repeat(200);

        assertThat(ErrorBodies.readableExcerpt(text)).isEqualTo(text);
        assertThat(ErrorBodies.readableExcerpt(text + "v")).isEqualTo(text + "…");
    }

    @Test
    void anHtmlPageWithoutATitleIsItsTextWithoutTags() {
        assertThat(ErrorBodies.readableExcerpt("<html><body><h1>Bad\n Gateway</h1><p>nginx</p></body></html>"))
                .isEqualTo("Bad Gateway nginx");
    }

    @Test
    void theTitleIsFoundWhateverItsCaseAndLines() {
        assertThat(ErrorBodies.readableExcerpt("<HTML><TITLE>\n 503 Service\n Unavailable </TITLE></HTML>"))
                .isEqualTo("503 Service Unavailable");
    }

    @Test
    void theRequestIdHeaderIsMasked() {
        ApiError error = ErrorBodies.describe(500, "GET /x", Headers.of("X-Request-Id", "id-s3cret"), new byte[0],
                MESSAGE_READER, new Redactor("s3cret"));

        assertThat(error.requestId()).hasValue("id-****");
    }

    @Test
    void theVendorsRequestIdReplacesTheHeaders() {
        ApiError error = ErrorBodies.describe(500, "GET /x", Headers.of("X-Request-Id", "from-header"),
                "{\"request_id\":\"from-body\"}".getBytes(StandardCharsets.UTF_8), FULL_READER, new Redactor("s3cret"));

        assertThat(error.requestId()).hasValue("from-body");
    }

    /** A body that counts how often its characters are read. */
    private static final class CountedText implements CharSequence {

        private final String text;
        private long reads;

        CountedText(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException("the excerpt reads characters one by one");
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException("the excerpt reads characters one by one");
        }
    }

    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    @Test
    void anErrorBodyOfOpeningBracketsIsReadAFewTimesOverAtMostItsKeptPart() {
        CountedText body = new CountedText("<".repeat(ERROR_BODY_LIMIT));

        assertThat(ErrorBodies.readableExcerpt(body)).isEqualTo("<".repeat(200) + "…");
        assertThat(body.reads).isLessThanOrEqualTo(4L * ErrorBodies.MAX_BODY_CHARS);
    }

    @Test
    void anErrorBodyOfUnclosedTitlesIsReadAFewTimesOverAtMostItsKeptPart() {
        CountedText body = new CountedText("<title>".repeat(ERROR_BODY_LIMIT / 7));

        assertThat(ErrorBodies.readableExcerpt(body)).doesNotContain("title");
        assertThat(body.reads).isLessThanOrEqualTo(4L * ErrorBodies.MAX_BODY_CHARS);
    }

    @Test
    void anErrorBodyOfTagsWithoutEndsAfterAClosedOneIsReadAFewTimesOverAtMostItsKeptPart() {
        CountedText body = new CountedText("<b>" + "<a".repeat(ERROR_BODY_LIMIT / 2) + ">");

        ErrorBodies.readableExcerpt(body);

        assertThat(body.reads).isLessThanOrEqualTo(4L * ErrorBodies.MAX_BODY_CHARS);
    }

    @Test
    void aTitleBeyondTheKeptPartIsNotLookedFor() {
        String body = "x".repeat(ErrorBodies.MAX_BODY_CHARS) + "<title>late</title>";

        assertThat(ErrorBodies.readableExcerpt(body)).isEqualTo("x".repeat(200) + "…");
    }

    @Test
    void aLessThanSignWithNoTagEndAfterItIsText() {
        assertThat(ErrorBodies.readableExcerpt("<p>a</p> and c < d")).isEqualTo("a and c < d");
    }
}
