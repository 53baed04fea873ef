package dev.leadkit.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.ApiException;
import dev.leadkit.core.AuthenticationException;
import dev.leadkit.core.BadRequestException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.Page;
import dev.leadkit.core.PermissionDeniedException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingClientTest {

    private static final String KEY = "oct_live_s3cr3t";

    private MockWebServer server;
    private TrackingClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = TrackingClient.builder()
                .apiKey(KEY)
                .baseUrl(server.url("/api").toString())
                .maxRetries(0)
                .sleeper(d -> { })
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build());
    }

    private static String page(int number, boolean hasMore, String... ids) {
        String data = Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(","));
        return "{\"success\":true,\"data\":[" + data + "],\"meta\":{\"pagination\":{\"limit\":2,\"page\":" + number
                + ",\"totalPages\":2,\"total\":4,\"hasMore\":" + hasMore + "},\"requestId\":\"req_" + number
                + "\",\"timestamp\":\"2026-03-10T12:00:00.000Z\"}}";
    }

    private static String error(String code, String message, String requestId) {
        return "{\"success\": false, \"error\": {\"code\": \"" + code + "\", \"message\": \"" + message
                + "\", \"details\": {}}, \"meta\": {\"requestId\": \"" + requestId
                + "\", \"timestamp\": \"2026-03-10T12:00:00.000Z\"}}";
    }

    @Test
    void sendsTheKeyInXApiKeyToGetLeads() throws InterruptedException {
        enqueue(200, Fixtures.text("leads-page.json"));
        client.leads().list().page(1);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/leads?limit=100&page=1");
        assertThat(request.getHeaders().get("X-API-KEY")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void theWholeGrammarReachesTheWireAsDocumented() throws InterruptedException {
        enqueue(200, Fixtures.text("projection-page.json"));
        client.leads().list(TrackingLeadQuery.builder()
                .status(TrackingLeadStatus.WON, TrackingLeadStatus.LOST)
                .source(TrackingLeadSource.INBOUND)
                .filter(TrackingFilter.gte(TrackingField.VALUE, new BigDecimal("100")))
                .filter(TrackingFilter.lt(TrackingField.VALUE, new BigDecimal("1000")))
                .filter(TrackingFilter.exists(TrackingField.GCLID, true))
                .filter(TrackingFilter.exists(TrackingField.QUALIFIED_AT, false))
                .filter(TrackingFilter.gte(TrackingField.CREATED_AT, Instant.parse("2026-01-01T00:00:00Z")))
                .filter(TrackingFilter.eq(TrackingField.UTM_SOURCE, "google"))
                .sort(TrackingSort.desc(TrackingField.CREATED_AT), TrackingSort.asc(TrackingField.VALUE))
                .fields(TrackingField.NAME, TrackingField.EMAIL)
                .search("jane doe")
                .limit(100)
                .build()).stream().count();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/leads?limit=100&sort=createdAt:desc,value:asc"
                + "&search=jane%20doe&fields=id,name,email&status=won,lost&source=inbound&value[gte]=100&value[lt]=1000"
                + "&gclid[exists]=true&qualifiedAt[exists]=false&createdAt[gte]=2026-01-01T00:00:00Z&utm_source=google"
                + "&page=1");
    }

    @Test
    void legacyInputsAreSentAsWhatTheyMapTo() throws InterruptedException {
        enqueue(200, Fixtures.text("projection-page.json"));
        client.leads().list(TrackingLeadQuery.builder()
                .filter(TrackingFilter.parse("updated_after", "2026-02-01T00:00:00Z"))
                .sort(TrackingSort.parseAll("updated_at:desc"))
                .build()).page(1);
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/api/leads?limit=100&sort=updatedAt:desc&updatedAt[gte]=2026-02-01T00:00:00Z&page=1");
    }

    @Test
    void listingFollowsHasMoreAndStopsWithoutAnExtraRequest() throws InterruptedException {
        enqueue(200, page(1, true, "lead_1", "lead_2"));
        enqueue(200, page(2, false, "lead_3", "lead_4"));
        List<String> ids = client.leads().list(TrackingLeadQuery.builder().limit(2).build()).stream()
                .map(TrackingLead::id).collect(Collectors.toList());
        assertThat(ids).containsExactly("lead_1", "lead_2", "lead_3", "lead_4");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/leads?limit=2&page=1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/leads?limit=2&page=2");
    }

    @Test
    void pagesCarryTheTotalsOfMetaPagination() {
        enqueue(200, Fixtures.text("leads-page.json"));
        Page<TrackingLead> page = client.leads().list().page(1);
        assertThat(page.totalItems()).hasValue(234);
        assertThat(page.totalPages()).hasValue(5);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void legacyBareArrayIsListedInOneRequest() {
        enqueue(200, Fixtures.text("legacy-array.json"));
        List<TrackingLead> leads = client.leads().list().stream().collect(Collectors.toList());
        assertThat(leads).extracting(TrackingLead::status).containsExactly(TrackingLeadStatus.WON, TrackingLeadStatus.OPEN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "400, INVALID_FILTER, Unknown filter field: foo, dev.leadkit.core.BadRequestException",
        "400, INVALID_DATE, Invalid date value for createdAt, dev.leadkit.core.BadRequestException",
        "400, VALIDATION_ERROR, limit must be between 1 and 100, dev.leadkit.core.BadRequestException",
        "422, VALIDATION_ERROR, limit must be between 1 and 100, dev.leadkit.core.BadRequestException",
        "401, UNAUTHORIZED, Missing or invalid API key, dev.leadkit.core.AuthenticationException",
        "403, FORBIDDEN, Access denied, dev.leadkit.core.PermissionDeniedException",
        "404, NOT_FOUND, Not found, dev.leadkit.core.NotFoundException",
        "409, CONFLICT, Several leads match, dev.leadkit.core.ApiException",
        "500, INTERNAL_ERROR, Server error, dev.leadkit.core.ServerException",
    })
    void eachErrorCodeBecomesTheTypedExceptionWithCodeMessageAndRequestId(int status, String code, String message,
            Class<? extends ApiException> type) {
        enqueue(status, error(code, message, "req_err_" + status));
        assertThatThrownBy(() -> client.leads().list().page(1))
                .isExactlyInstanceOf(type)
                .satisfies(thrown -> {
                    ApiException e = (ApiException) thrown;
                    assertThat(e.statusCode()).isEqualTo(status);
                    assertThat(e.errorCode()).hasValue(code);
                    assertThat(e.vendorMessage()).hasValue(message);
                    assertThat(e.requestId()).hasValue("req_err_" + status);
                    assertThat(e.getMessage()).contains(code, message, "req_err_" + status);
                });
    }

    @Test
    void theVendorsErrorExampleIsReadVerbatim() {
        enqueue(400, Fixtures.text("error-envelope.json"));
        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.errorCode()).hasValue("INVALID_FILTER");
                    assertThat(e.vendorMessage()).hasValue("...");
                    assertThat(e.requestId()).hasValue("...");
                });
    }

    @Test
    void metaRequestIdWinsOverTheRequestIdHeader() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "hdr_1").body(error("INVALID_DATE", "Invalid date", "req_meta")).build());
        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.requestId()).hasValue("req_meta"));
    }

    @Test
    void errorDetailsWithTextBecomeFieldErrors() {
        enqueue(400, "{\"success\":false,\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"Invalid query\","
                + "\"details\":{\"limit\":\"must be at most 100\",\"sort\":[\"unknown field foo\"],\"nested\":{\"a\":1}}},"
                + "\"meta\":{\"requestId\":\"req_v\",\"timestamp\":\"2026-03-10T12:00:00.000Z\"}}");
        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.fieldErrors()).isEqualTo(Map.of(
                        "limit", List.of("must be at most 100"), "sort", List.of("unknown field foo"))));
    }

    @Test
    void keyCheckStyleErrorStringIsTheMessage() {
        enqueue(401, "{\"error\": \"Invalid API key\"}");
        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.vendorMessage()).hasValue("Invalid API key");
                    assertThat(e.errorCode()).isEmpty();
                    assertThat(e.requestId()).isEmpty();
                });
    }

    @Test
    void theVendorsKeyCheckExampleIsReadVerbatim() {
        enqueue(403, Fixtures.text("error-key-check.json"));
        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.vendorMessage()).hasValue("..."));
    }

    @Test
    void successFalseWithStatus200IsTheVendorsErrorWithItsCodeMessageAndRequestId() {
        enqueue(200, Fixtures.text("error-envelope.json"));
        assertThatThrownBy(() -> client.leads().list().page(1))
                .isExactlyInstanceOf(ApiException.class)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.errorCode()).hasValue("INVALID_FILTER");
                    assertThat(e.vendorMessage()).isNotEmpty();
                    assertThat(e.requestId()).isNotEmpty();
                });
    }

    @Test
    void internalErrorIsRetriedThenSucceeds() {
        try (TrackingClient retrying = TrackingClient.builder().apiKey(KEY).baseUrl(server.url("/api").toString())
                .maxRetries(1).sleeper(d -> { }).build()) {
            enqueue(500, error("INTERNAL_ERROR", "Server error", "req_500"));
            enqueue(200, Fixtures.text("legacy-array.json"));
            assertThat(retrying.leads().list().page(1).items()).hasSize(2);
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void badInputFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> client.leads().list(TrackingLeadQuery.builder().limit(101).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> client.leads().list(TrackingLeadQuery.builder()
                .filter(TrackingFilter.gt(TrackingField.STATUS, BigDecimal.ONE)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status").hasMessageContaining("[gt]");
        assertThatThrownBy(() -> client.leads().list(TrackingLeadQuery.builder()
                .sort(TrackingSort.asc(TrackingField.GCLID)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gclid");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void nothingIsRequestedUntilIteration() {
        client.leads().list(TrackingLeadQuery.builder().status(TrackingLeadStatus.OPEN).build());
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void baseUrlDefaultsToOctanist() {
        try (TrackingClient octanist = TrackingClient.builder().apiKey(KEY).build()) {
            assertThat(octanist.toString()).contains("octanist.com/api");
        }
    }

    @Test
    void environmentSuppliesKeyAndBaseUrl() throws InterruptedException {
        try (TrackingClient fromEnv = TrackingClient.builder()
                .fromEnvironment(Map.of("TRACKING_API_KEY", "env_key", "TRACKING_BASE_URL", server.url("/v2").toString()))
                .build()) {
            enqueue(200, Fixtures.text("legacy-array.json"));
            fromEnv.leads().list().page(1);
            RecordedRequest request = server.takeRequest();
            assertThat(request.getTarget()).isEqualTo("/v2/leads?limit=100&page=1");
            assertThat(request.getHeaders().get("X-API-KEY")).isEqualTo("env_key");
        }
    }

    @Test
    void missingKeyIsReportedNamingTheVariable() {
        assertThatThrownBy(() -> TrackingClient.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TRACKING_API_KEY");
    }

    @Test
    void toStringNeverShowsTheKey() {
        assertThat(client.toString()).startsWith("TrackingClient{").doesNotContain(KEY);
    }
}
