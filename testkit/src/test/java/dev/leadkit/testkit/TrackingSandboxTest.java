package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrackingSandboxTest {

    private static TrackingSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = TrackingSandbox.builder().leads(234).seed(5)
                .clock(Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC)).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Http.Result get(String query) {
        return Http.get(sandbox.baseUrl() + "/leads" + query, "X-API-KEY", sandbox.apiKey());
    }

    private static List<JsonNode> all(String filters) {
        List<JsonNode> leads = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode body = get("?limit=100&page=" + page + filters).json();
            assertThat(body.get("success").asBoolean()).as(body.toString()).isTrue();
            body.get("data").forEach(leads::add);
            if (!body.get("meta").get("pagination").get("hasMore").asBoolean()) {
                return leads;
            }
        }
    }

    private static long count(Predicate<TrackingSandboxLead> predicate) {
        return sandbox.leads().stream().filter(predicate).count();
    }

    private static void assertError(Http.Result result, int status, String code) {
        assertThat(result.status()).isEqualTo(status);
        assertThat(result.json().get("error").get("code").asText()).as(result.body()).isEqualTo(code);
        JsonShape.assertSameShape(JsonShape.fixture("tracking-error.json"), result.json());
    }

    @Test
    void envelopeHasExactlyTheDocumentedKeysAndTypes() {
        JsonShape.assertSameShape(JsonShape.fixture("tracking-get-leads.json"), get("").json());
    }

    @Test
    void customIsAStringHoldingJson() {
        List<JsonNode> withCustom = all("").stream().filter(lead -> !lead.get("custom").isNull()).toList();

        assertThat(withCustom).isNotEmpty().allSatisfy(lead -> {
            assertThat(lead.get("custom").isTextual()).isTrue();
            assertThat(JsonShape.parse(lead.get("custom").asText()).has("company")).isTrue();
        });
    }

    @Test
    void paginationCountsLimitPagesAndHasMore() {
        JsonNode pagination = get("").json().get("meta").get("pagination");

        assertThat(pagination.toString())
                .isEqualTo("{\"limit\":50,\"page\":1,\"totalPages\":5,\"total\":234,\"hasMore\":true}");
    }

    @Test
    void metaCarriesARequestIdAndTheClocksTimestamp() {
        JsonNode meta = get("").json().get("meta");

        assertThat(meta.get("requestId").asText()).matches("req_[0-9a-f]{12}");
        assertThat(meta.get("timestamp").asText()).isEqualTo("2026-03-10T12:00:00.000Z");
    }

    @Test
    void pagePastTheEndIsEmptyWithoutMore() {
        JsonNode body = get("?page=6").json();

        assertThat(body.get("data")).isEmpty();
        assertThat(body.get("meta").get("pagination").get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void defaultOrderIsNewestFirst() {
        List<JsonNode> leads = all("");

        assertThat(leads).hasSize(234);
        assertThat(leads).extracting(lead -> lead.get("createdAt").asText())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void statusTakesSeveralCommaSeparatedValues() {
        List<JsonNode> leads = all("&status=won,lost");

        assertThat(leads).hasSize((int) count(l -> l.status().equals("won") || l.status().equals("lost")))
                .extracting(lead -> lead.get("status").asText()).containsOnly("won", "lost");
    }

    @Test
    void legacyWinReadsAsWon() {
        assertThat(all("&status=win")).hasSize((int) count(l -> l.status().equals("won"))).isNotEmpty();
    }

    @Test
    void sourceEqualityNarrows() {
        assertThat(all("&source=gtm")).hasSize((int) count(l -> l.source().equals(java.util.Optional.of("gtm"))))
                .isNotEmpty();
    }

    @Test
    void utmEqualityNarrows() {
        assertThat(all("&utm_source=google&utm_medium=cpc"))
                .hasSize((int) count(l -> "google".equals(l.fields().get("utm_source")) && "cpc".equals(l.fields().get("utm_medium"))))
                .isNotEmpty();
    }

    @Test
    void valueRangeOperatorsNarrow() {
        long expected = count(l -> l.value().map(v -> v.compareTo(new BigDecimal("1000")) >= 0
                && v.compareTo(new BigDecimal("5000")) < 0).orElse(false));

        assertThat(all("&value[gte]=1000&value[lt]=5000")).hasSize((int) expected).isNotEmpty();
    }

    @Test
    void strictValueOperatorsExcludeTheBound() {
        long expected = count(l -> l.value().map(v -> v.compareTo(new BigDecimal("1000")) > 0
                && v.compareTo(new BigDecimal("5000")) <= 0).orElse(false));

        assertThat(all("&value[gt]=1000&value[lte]=5000")).hasSize((int) expected).isNotEmpty();
    }

    @Test
    void dateRangeOperatorsNarrow() {
        Instant from = Instant.parse("2025-11-01T00:00:00Z");
        Instant to = Instant.parse("2025-12-01T00:00:00Z");
        long expected = count(l -> !l.createdAt().isBefore(from) && l.createdAt().isBefore(to));

        assertThat(all("&createdAt[gte]=2025-11-01T00:00:00.000Z&createdAt[lt]=2025-12-01")).hasSize((int) expected)
                .isNotEmpty();
    }

    @Test
    void existsOnAClickIdNarrowsBothWays() {
        long with = count(l -> l.get("gclid").isPresent());

        assertThat(all("&gclid[exists]=true")).hasSize((int) with).isNotEmpty();
        assertThat(all("&gclid[exists]=false")).hasSize((int) (234 - with));
    }

    @Test
    void existsOnADateNarrows() {
        assertThat(all("&qualifiedAt[exists]=false")).hasSize((int) count(l -> l.qualifiedAt().isEmpty()))
                .allSatisfy(lead -> assertThat(lead.get("qualifiedAt").isNull()).isTrue());
    }

    @Test
    void searchMatchesNameEmailOrPhoneIgnoringCase() {
        String needle = sandbox.leads().get(0).name().orElseThrow().split(" ")[1].toUpperCase();
        long expected = count(l -> l.name().map(n -> n.toUpperCase().contains(needle)).orElse(false)
                || l.email().map(e -> e.toUpperCase().contains(needle)).orElse(false)
                || l.phone().map(p -> p.contains(needle)).orElse(false));

        assertThat(all("&search=" + needle)).hasSize((int) expected).isNotEmpty();
    }

    @Test
    void sortTakesSeveralFieldsWithDirections() {
        List<JsonNode> leads = all("&sort=status:asc,value:desc");

        for (int i = 1; i < leads.size(); i++) {
            JsonNode a = leads.get(i - 1);
            JsonNode b = leads.get(i);
            int status = a.get("status").asText().compareTo(b.get("status").asText());
            assertThat(status).isLessThanOrEqualTo(0);
            if (status == 0 && !b.get("value").isNull()) {
                assertThat(a.get("value").isNull()).as("nulls last").isFalse();
                assertThat(a.get("value").decimalValue()).isGreaterThanOrEqualTo(b.get("value").decimalValue());
            }
        }
    }

    @Test
    void legacySortUpdatedAtDescMeansUpdatedAtDesc() {
        assertThat(all("&sort=updated_at:desc")).extracting(lead -> lead.get("updatedAt").asText())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void legacyUpdatedAfterMeansUpdatedAtGte() {
        Instant after = Instant.parse("2026-01-15T00:00:00Z");

        assertThat(all("&updated_after=2026-01-15T00:00:00Z"))
                .hasSize((int) count(l -> !l.updatedAt().isBefore(after))).isNotEmpty();
    }

    @Test
    void fieldsProjectsAndAlwaysKeepsId() {
        JsonNode lead = get("?fields=name,email").json().get("data").get(0);
        List<String> names = new ArrayList<>();
        lead.fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactly("id", "name", "email");
    }

    @Test
    void unknownFilterFieldIsInvalidFilter() {
        assertError(get("?colour=red"), 400, "INVALID_FILTER");
    }

    @Test
    void operatorAFieldDoesNotSupportIsInvalidFilter() {
        assertError(get("?status[gte]=won"), 400, "INVALID_FILTER");
        assertError(get("?value[exists]=true"), 400, "INVALID_FILTER");
        assertError(get("?gclid[gt]=a"), 400, "INVALID_FILTER");
    }

    @Test
    void unreadableDateIsInvalidDate() {
        assertError(get("?createdAt[gte]=yesterday"), 400, "INVALID_DATE");
    }

    @Test
    void limitAboveHundredIsAValidationError() {
        assertError(get("?limit=101"), 400, "VALIDATION_ERROR");
    }

    @Test
    void wrongKeyIsUnauthorizedInTheErrorEnvelope() {
        assertError(Http.get(sandbox.baseUrl() + "/leads", "X-API-KEY", "nope"), 401, "UNAUTHORIZED");
    }

    @Test
    void bearerKeyIsNotAccepted() {
        assertError(Http.get(sandbox.baseUrl() + "/leads", "Authorization", "Bearer " + sandbox.apiKey()), 401,
                "UNAUTHORIZED");
    }

    @Test
    void generatedLeadsLookReal() {
        assertThat(sandbox.leads()).allSatisfy(lead -> {
            assertThat(lead.id()).matches("lead_[A-Za-z0-9]{10}");
            lead.phone().ifPresent(phone -> assertThat(phone).matches("\\+[1-9]\\d{9,14}"));
            lead.email().ifPresent(email -> assertThat(email).isLowerCase());
            assertThat(lead.updatedAt()).isAfterOrEqualTo(lead.createdAt());
        });
        assertThat(sandbox.leads()).extracting(TrackingSandboxLead::status).contains(TrackingGenerator.STATUSES);
        assertThat(count(l -> l.get("fbc").isPresent())).isPositive();
    }
}
