package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AutocallsSandboxTest {

    private static AutocallsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = AutocallsSandbox.builder().leads(230).seed(7).apiKey("12|testKey").start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Http.Result get(String query) {
        return Http.get(sandbox.baseUrl() + "/user/leads" + query, "Authorization", "Bearer 12|testKey");
    }

    @Test
    void paginatorHasExactlyTheVendorExampleKeysAndTypes() {
        JsonNode body = get("?per_page=15&page=2").json();

        JsonShape.assertSameShape(JsonShape.fixture("autocalls-list-leads.json"), body);
    }

    @Test
    void leadsWithSecondaryContactsHaveTheVendorExampleShape() {
        JsonNode expectedLead = JsonShape.fixture("autocalls-list-leads.json").get("data").get(0);
        JsonNode all = get("?per_page=100").json().get("data");
        List<JsonNode> withContacts = new ArrayList<>();
        all.forEach(lead -> {
            if (!lead.get("secondary_contacts").isEmpty()) {
                withContacts.add(lead);
            }
        });

        assertThat(withContacts).isNotEmpty();
        withContacts.forEach(lead -> JsonShape.assertSameShape(expectedLead, lead));
    }

    @Test
    void baseUrlIsLoopbackEndingInApi() {
        assertThat(sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api");
    }

    @Test
    void defaultsToFifteenPerPageWithTotalsAndLastPage() {
        JsonNode body = get("").json();

        assertThat(body.get("per_page").asInt()).isEqualTo(15);
        assertThat(body.get("data")).hasSize(15);
        assertThat(body.get("total").asInt()).isEqualTo(230);
        assertThat(body.get("last_page").asInt()).isEqualTo(16);
        assertThat(body.get("from").asInt()).isEqualTo(1);
        assertThat(body.get("to").asInt()).isEqualTo(15);
    }

    @Test
    void lastPageHoldsTheRemainder() {
        JsonNode body = get("?per_page=100&page=3").json();

        assertThat(body.get("data")).hasSize(30);
        assertThat(body.get("from").asInt()).isEqualTo(201);
        assertThat(body.get("to").asInt()).isEqualTo(230);
        assertThat(body.get("next_page_url").isNull()).isTrue();
    }

    @Test
    void pagePastTheEndIsEmptyWithNullFromAndTo() {
        JsonNode body = get("?per_page=100&page=9").json();

        assertThat(body.get("data")).isEmpty();
        assertThat(body.get("current_page").asInt()).isEqualTo(9);
        assertThat(body.get("from").isNull()).isTrue();
        assertThat(body.get("to").isNull()).isTrue();
        assertThat(body.get("total").asInt()).isEqualTo(230);
    }

    @Test
    void nextPageUrlCarriesOnlyThePageLikeTheVendor() {
        JsonNode body = get("?status=completed&per_page=10").json();

        assertThat(body.get("next_page_url").asText()).isEqualTo(sandbox.baseUrl() + "/user/leads?page=2");
        assertThat(body.get("path").asText()).isEqualTo(sandbox.baseUrl() + "/user/leads");
        assertThat(body.get("prev_page_url").isNull()).isTrue();
    }

    @Test
    void linksFollowLaravelsWindow() {
        JsonNode links = get("?per_page=10&page=12").json().get("links");
        List<String> labels = new ArrayList<>();
        links.forEach(link -> labels.add(link.get("label").asText()));

        assertThat(labels).containsExactly("&laquo; Previous", "1", "2", "...", "9", "10", "11", "12", "13", "14",
                "15", "...", "22", "23", "Next &raquo;");
        assertThat(links.get(7).get("active").asBoolean()).isTrue();
    }

    @Test
    void statusFilterNarrowsToThatStatus() {
        JsonNode body = get("?status=completed&per_page=100").json();
        long expected = sandbox.leads().stream().filter(l -> l.status().equals("completed")).count();

        assertThat(body.get("total").asLong()).isEqualTo(expected).isPositive().isLessThan(230);
        body.get("data").forEach(lead -> assertThat(lead.get("status").asText()).isEqualTo("completed"));
    }

    @Test
    void campaignFilterNarrowsToThatCampaign() {
        JsonNode body = get("?campaign_id=2&per_page=100").json();
        long expected = sandbox.leads().stream().filter(l -> l.campaignId() == 2).count();

        assertThat(body.get("total").asLong()).isEqualTo(expected).isPositive();
        body.get("data").forEach(lead -> assertThat(lead.get("campaign").get("id").asInt()).isEqualTo(2));
    }

    @Test
    void phoneFilterMatchesPartOfTheNumber() {
        String part = sandbox.leads().get(5).phoneNumber().substring(3, 9);
        JsonNode body = get("?phone_number=" + part + "&per_page=100").json();

        assertThat(body.get("total").asInt()).isPositive();
        body.get("data").forEach(lead -> assertThat(lead.get("phone_number").asText()).contains(part));
    }

    @Test
    void unencodedPlusInPhoneArrivesAsASpaceAndMatchesNothing() {
        String phone = sandbox.leads().get(0).phoneNumber();

        assertThat(get("?phone_number=" + phone).json().get("total").asInt()).isZero();
        assertThat(get("?phone_number=" + phone.replace("+", "%2B")).json().get("total").asInt()).isOne();
    }

    @Test
    void dateRangeIsInclusiveOnTheCreationDate() {
        LocalDate day = sandbox.leads().get(100).createdAt().toLocalDate();
        JsonNode body = get("?date_from=" + day + "&date_to=" + day + "&per_page=100").json();
        long expected = sandbox.leads().stream().filter(l -> l.createdAt().toLocalDate().equals(day)).count();

        assertThat(body.get("total").asLong()).isEqualTo(expected).isPositive();
        body.get("data").forEach(lead -> assertThat(lead.get("created_at").asText()).startsWith(day.toString()));
    }

    @Test
    void perPageOutsideOneToHundredIsLaravels422() {
        Http.Result result = get("?per_page=101");

        assertThat(result.status()).isEqualTo(422);
        assertThat(result.body()).isEqualTo("{\"message\":\"The per page field must be between 1 and 100.\","
                + "\"errors\":{\"per_page\":[\"The per page field must be between 1 and 100.\"]}}");
    }

    @Test
    void severalInvalidParametersAreCountedInTheMessage() {
        Http.Result result = get("?per_page=0&date_from=06/01/2025");

        assertThat(result.status()).isEqualTo(422);
        assertThat(result.json().get("message").asText())
                .isEqualTo("The date from field must match the format Y-m-d. (and 1 more error)");
        assertThat(result.json().get("errors").has("per_page")).isTrue();
    }

    @Test
    void wrongKeyGetsLaravels401Body() {
        Http.Result result = Http.get(sandbox.baseUrl() + "/user/leads", "Authorization", "Bearer 12|wrong");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body()).isEqualTo("{\"message\":\"Unauthenticated.\"}");
    }

    @Test
    void missingKeyGetsLaravels401Body() {
        Http.Result result = Http.get(sandbox.baseUrl() + "/user/leads", null, null);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body()).isEqualTo("{\"message\":\"Unauthenticated.\"}");
    }

    @Test
    void unauthenticatedRequestNotAskingForJsonIsRedirectedToLogin() {
        Http.Result result = Http.execute(new Request.Builder().url(sandbox.baseUrl() + "/user/leads").build());

        assertThat(result.status()).isEqualTo(302);
        assertThat(result.headers().get("Location")).endsWith("/login");
    }

    @Test
    void sondosBareArrayShapeHasTheVendorExampleShapeAndEveryLead() {
        try (AutocallsSandbox sondos = AutocallsSandbox.builder().leads(40).shape(AutocallsSandbox.Shape.BARE_ARRAY).start()) {
            JsonNode body = Http.get(sondos.baseUrl() + "/user/leads?per_page=10", "Authorization",
                    "Bearer " + sondos.apiKey()).json();

            assertThat(body).hasSize(40);
            JsonShape.assertSameShape(JsonShape.fixture("sondos-list-leads.json"), body);
        }
    }

    @Test
    void leadsObjectShapeWrapsEveryLead() {
        try (AutocallsSandbox sondos = AutocallsSandbox.builder().leads(12).shape(AutocallsSandbox.Shape.LEADS_OBJECT).start()) {
            JsonNode body = Http.get(sondos.baseUrl() + "/user/leads", "Authorization", "Bearer " + sondos.apiKey()).json();

            assertThat(body.get("leads")).hasSize(12);
        }
    }

    @Test
    void sameSeedGivesTheSameLeads() {
        try (AutocallsSandbox a = AutocallsSandbox.builder().leads(50).seed(99).start();
             AutocallsSandbox b = AutocallsSandbox.builder().leads(50).seed(99).start()) {
            assertThat(a.leads()).isEqualTo(b.leads());
        }
    }

    @Test
    void generatedLeadsLookReal() {
        assertThat(sandbox.leads()).allSatisfy(lead -> {
            assertThat(lead.phoneNumber()).matches("\\+[1-9]\\d{9,14}");
            assertThat(lead.email()).hasValueSatisfying(email -> assertThat(email).matches("[a-z0-9._]+@[a-z0-9.]+"));
            assertThat(lead.customerName()).hasValueSatisfying(name -> assertThat(name).matches("[A-Z][a-z]+ [A-Z][a-z]+"));
            assertThat(lead.updatedAt()).isAfterOrEqualTo(lead.createdAt());
        });
        assertThat(sandbox.leads()).extracting(AutocallsSandboxLead::status).contains(AutocallsGenerator.STATUSES);
    }

    @Test
    void suppliedLeadWithoutVariablesIsWrittenAsPhpsEmptyArray() {
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2025, 6, 30, 11, 18, 4);
        AutocallsSandboxLead lead = new AutocallsSandboxLead(1, 1, "My new campaign", "+1234567890",
                java.util.Map.of(), "created", t, t, List.of());
        try (AutocallsSandbox given = AutocallsSandbox.builder().leads(List.of(lead)).start()) {
            JsonNode first = Http.get(given.baseUrl() + "/user/leads", "Authorization", "Bearer " + given.apiKey())
                    .json().get("data").get(0);

            assertThat(first.get("variables").toString()).isEqualTo("[]");
            assertThat(first.get("created_at").asText()).isEqualTo("2025-06-30 11:18:04");
        }
    }
}
