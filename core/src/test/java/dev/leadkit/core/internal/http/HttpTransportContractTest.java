package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import dev.leadkit.core.ApiException;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.BadRequestException;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.NotFoundException;
import dev.leadkit.core.RateLimitException;
import dev.leadkit.core.ServerException;
import dev.leadkit.core.internal.HttpLogRecords;
import dev.leadkit.core.internal.dialect.DefaultClientBuilder;
import dev.leadkit.core.internal.dialect.Dialect;
import dev.leadkit.core.internal.dialect.DialectClient;
import dev.leadkit.core.internal.dialect.TestVendor;
import dev.leadkit.core.internal.dialect.TestVendor.Query;
import dev.leadkit.core.internal.dialect.TestVendor.TestLead;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the README and the javadoc promise of one request, over HTTP through a client of core's own dialect: error
 * statuses as typed exceptions, redirects refused, a wait too long for maxRetryWait, a connection that cannot be
 * made, unreadable bodies, the query string, and the DEBUG and TRACE log lines. Retries are off (or not reached): the
 * retry loop's own behaviour is left to the tests that come with its rewrite.
 */
class HttpTransportContractTest {

    private static final String KEY = "12|abcDEF0123456789secret";

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientBuilder<DialectClient<Query, TestLead>> client(Dialect<Query, TestLead> dialect) {
        return new DefaultClientBuilder<>(dialect, client -> client).apiKey(KEY).baseUrl(server.url("/api").toString()).maxRetries(0);
    }

    private ClientBuilder<DialectClient<Query, TestLead>> client() {
        return client(TestVendor.DIALECT);
    }

    /** The log records of {@code dev.leadkit.http} at every level while {@code action} runs, as their level and text. */
    private static List<String> logged(String marker, Runnable action) {
        // records of this test only: other test classes may be sending requests at the same time
        return HttpLogRecords.during(action).stream()
                .filter(record -> record.getParameters() != null
                        && Arrays.stream(record.getParameters()).anyMatch(parameter -> String.valueOf(parameter).contains(marker)))
                .map(record -> record.getLevel() + " " + MessageFormat.format(record.getMessage(), record.getParameters()))
                .toList();
    }

    private static MockResponse status(int code, String contentType, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", contentType).body(body).build();
    }

    @Test
    void anErrorStatusIsItsTypedExceptionWithWhatTheVendorSaid() {
        server.enqueue(status(404, "application/json", "{\"message\":\"no such list\",\"code\":\"NF\"}"));

        try (DialectClient<Query, TestLead> client = client().build()) {
            NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.list(Query.status("won")).page(3));

            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.vendorMessage()).hasValue("no such list");
            assertThat(e.errorCode()).hasValue("NF");
            assertThat(e.error().request()).isEqualTo("GET /api/leads");
            assertThat(e.body()).isEqualTo("{\"message\":\"no such list\",\"code\":\"NF\"}");
            assertThat(e.page()).hasValue(3);
        }
    }

    @Test
    void anUnauthorizedStatusIsAnAuthenticationExceptionThatNeverShowsTheKey() {
        server.enqueue(status(401, "application/json", "{\"message\":\"token " + KEY + " is revoked\"}"));

        try (DialectClient<Query, TestLead> client = client().build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> client.list().page(1));

            assertThat(e.vendorMessage()).hasValue("token **** is revoked");
            assertThat(e.getMessage() + e.body()).doesNotContain("abcDEF0123456789secret");
        }
    }

    @Test
    void anHtmlErrorPageReadsAsItsTitle() {
        server.enqueue(status(502, "text/html", "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));

        try (DialectClient<Query, TestLead> client = client().build()) {
            ServerException e = catchThrowableOfType(ServerException.class, () -> client.list().page(1));

            assertThat(e.vendorMessage()).hasValue("502 Bad Gateway");
        }
    }

    @Test
    void aRedirectIsRefusedNamingWhereItLedWithoutItsQuery() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://login.example.com/sso?token=abc").build());

        try (DialectClient<Query, TestLead> client = client().build()) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> client.list().page(1));

            assertThat(e).isExactlyInstanceOf(ApiException.class);
            assertThat(e.statusCode()).isEqualTo(302);
            assertThat(e.vendorMessage()).hasValue("redirected to https://login.example.com/sso; leadkit never follows redirects,"
                    + " so the API key is only ever sent to the base URL's host. Check the base URL and that the key is accepted");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRedirectIsRefusedThroughACallersClientThatFollowsRedirects() {
        server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", server.url("/elsewhere")).build());
        OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();

        try (DialectClient<Query, TestLead> client = client().httpClient(following).build()) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> client.list().page(1));

            assertThat(e.statusCode()).isEqualTo(307);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRelativeRedirectIsNamedAsResolvedAgainstTheRequest() {
        server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/login?next=%2Fapi").build());

        try (DialectClient<Query, TestLead> client = client().build()) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> client.list().page(1));

            assertThat(e.vendorMessage().orElseThrow()).startsWith("redirected to http://" + server.url("/").host() + "/login;");
        }
    }

    @Test
    void aRedirectWithoutALocationSaysSo() {
        server.enqueue(new MockResponse.Builder().code(303).build());

        try (DialectClient<Query, TestLead> client = client().build()) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> client.list().page(1));

            assertThat(e.vendorMessage().orElseThrow()).startsWith("redirected to an unnamed location;");
        }
    }

    @Test
    void aRateLimitAskingForLongerThanMaxRetryWaitFailsAtOnceWithTheWait() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").body("{}").build());
        List<Duration> waits = new CopyOnWriteArrayList<>();

        try (DialectClient<Query, TestLead> client = client().maxRetries(3).maxRetryWait(Duration.ofSeconds(60)).sleeper(waits::add)
                .build()) {
            RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client.list().page(1));

            assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(2));
        }
        assertThat(waits).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConnectionThatCannotBeMadeIsAConnectionExceptionAfterItsAttempts() throws IOException {
        String unreachable;
        try (MockWebServer gone = new MockWebServer()) {
            gone.start();
            unreachable = gone.url("/api").toString();
        }

        try (DialectClient<Query, TestLead> client = client().baseUrl(unreachable).build()) {
            ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> client.list().page(2));

            assertThat(e).hasMessageStartingWith("GET /api/leads failed after 1 attempt: ConnectException: ")
                    .hasCauseInstanceOf(java.net.ConnectException.class);
            assertThat(e.page()).hasValue(2);
        }
    }

    @Test
    void aBodyTheFormatRejectsWithoutAMessageNamesTheFailure() {
        Dialect<Query, TestLead> failing = Dialect.<Query, TestLead>builder().from(TestVendor.DIALECT)
                .pageFormat(zone -> new TestVendor.Format(zone, false) {
                    @Override
                    public TestLead item(JsonParser parser) {
                        throw new IllegalStateException();
                    }
                })
                .build();
        server.enqueue(status(200, "application/json", "{\"data\":[{\"id\":1}],\"pages\":1}"));

        try (DialectClient<Query, TestLead> client = client(failing).build()) {
            DecodingException e = catchThrowableOfType(DecodingException.class, () -> client.list().page(1));

            assertThat(e).hasMessageStartingWith("GET /api/leads answered with a body leadkit could not read: IllegalStateException (");
        }
    }

    @Test
    void theExcerptOfAnUnreadableBodyIsItsFirstThreeHundredCharacters() {
        String page = "<html>" + "x".repeat(294);
        server.enqueue(status(200, "text/html", page));
        server.enqueue(status(200, "text/html", page + "y"));

        try (DialectClient<Query, TestLead> client = client().build()) {
            assertThat(catchThrowableOfType(DecodingException.class, () -> client.list().page(1)).excerpt()).isEqualTo(page);
            assertThat(catchThrowableOfType(DecodingException.class, () -> client.list().page(1)).excerpt()).isEqualTo(page + "…");
        }
    }

    @Test
    void aPageWithoutParametersIsRequestedWithoutAQueryString() throws Exception {
        Dialect<Query, TestLead> unpaged = Dialect.<Query, TestLead>builder().from(TestVendor.SELF_HOSTED)
                .parameters((query, page) -> new QueryParams()).build();
        server.enqueue(status(200, "application/json", "[{\"id\":1}]"));

        try (DialectClient<Query, TestLead> client = client(unpaged).build()) {
            assertThat(client.list().page(1).items()).hasSize(1);
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/leads");
    }

    @Test
    void eachAttemptIsOneDebugLineAndItsAllowedResponseHeadersOneTraceLineNeverTheKey() {
        String marker = UUID.randomUUID().toString();
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").addHeader("X-Request-Id", "req-" + marker)
                .addHeader("Set-Cookie", "session=" + KEY).body("{\"data\":[],\"pages\":1}").build());

        List<String> lines = logged(marker, () -> {
            try (DialectClient<Query, TestLead> client = client().build()) {
                client.list(Query.status(marker)).page(1);
            }
        });

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("FINE GET /api/leads\\?filter\\[status\\]=" + marker + "&page=1 -> 200 in \\d+ ms \\(attempt 1\\)");
        assertThat(lines.get(1)).startsWith("FINER GET /api/leads response headers: Content-Type: application/json; ")
                .contains("X-Request-Id: req-" + marker + "; ").doesNotContain("Set-Cookie").doesNotContain("Authorization")
                .doesNotContain("null");
        assertThat(String.join("\n", lines)).doesNotContain("abcDEF0123456789secret");
    }

    @Test
    void aRequestWithoutAQueryIsLoggedAsItsPathAlone() {
        String marker = UUID.randomUUID().toString();
        Dialect<Query, TestLead> unpaged = Dialect.<Query, TestLead>builder().from(TestVendor.SELF_HOSTED)
                .path("leads/" + marker).parameters((query, page) -> new QueryParams()).build();
        server.enqueue(status(200, "application/json", "[]"));

        List<String> lines = logged(marker, () -> {
            try (DialectClient<Query, TestLead> client = client(unpaged).build()) {
                client.list().page(1);
            }
        });

        assertThat(lines.get(0)).matches("FINE GET /api/leads/" + marker + " -> 200 in \\d+ ms \\(attempt 1\\)");
    }

    @Test
    void aFailedAttemptIsOneDebugLineNamingTheFailure() throws IOException {
        String marker = UUID.randomUUID().toString();
        String unreachable;
        try (MockWebServer gone = new MockWebServer()) {
            gone.start();
            unreachable = gone.url("/api").toString();
        }

        List<String> lines = logged(marker, () -> {
            try (DialectClient<Query, TestLead> client = client().baseUrl(unreachable).build()) {
                catchThrowableOfType(ConnectionException.class, () -> client.list(Query.status(marker)).page(1));
            }
        });

        assertThat(lines).singleElement().asString()
                .matches("FINE GET /api/leads\\?filter\\[status\\]=" + marker + "&page=1 -> ConnectException: .+ after \\d+ ms \\(attempt 1\\)");
    }

    @Test
    void aBadRequestIsABadRequestExceptionNotARedirect() {
        server.enqueue(status(400, "application/json", "{\"message\":\"bad filter\"}"));

        try (DialectClient<Query, TestLead> client = client().build()) {
            assertThat(catchThrowableOfType(BadRequestException.class, () -> client.list().page(1)).vendorMessage())
                    .hasValue("bad filter");
        }
    }

    @Test
    void everyThreeHundredStatusIsARefusedRedirect() {
        server.enqueue(new MockResponse.Builder().code(300).build());
        server.enqueue(new MockResponse.Builder().code(399).build());

        try (DialectClient<Query, TestLead> client = client().build()) {
            for (int status : new int[] {300, 399}) {
                ApiException e = catchThrowableOfType(ApiException.class, () -> client.list().page(1));
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.vendorMessage().orElseThrow()).startsWith("redirected to an unnamed location;");
            }
        }
    }

    @Test
    void aRetryAfterOfExactlyMaxRetryWaitIsWaitedForAndRetried() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "60").body("{}").build());
        server.enqueue(status(200, "application/json", "{\"data\":[{\"id\":1}],\"pages\":1}"));
        List<Duration> waits = new CopyOnWriteArrayList<>();

        try (DialectClient<Query, TestLead> client = client().maxRetries(1).maxRetryWait(Duration.ofSeconds(60)).sleeper(waits::add)
                .build()) {
            assertThat(client.list().page(1).items()).hasSize(1);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(60));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anAttemptThatRunsOutOfTimeSaysItTimedOut() {
        server.enqueue(new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{}").build());

        try (DialectClient<Query, TestLead> client = client().timeout(Duration.ofMillis(100)).build()) {
            ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> client.list().page(1));

            assertThat(e).hasMessageStartingWith("GET /api/leads failed after 1 attempt: timed out or interrupted");
        }
    }
}
