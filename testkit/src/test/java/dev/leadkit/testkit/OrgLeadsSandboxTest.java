package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrgLeadsSandboxTest {

    private static OrgLeadsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = OrgLeadsSandbox.builder().leads(137).seed(11).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Http.Result get(String query) {
        return Http.get(sandbox.baseUrl() + "/api/v1/leads" + query, "Authorization", "Bearer " + sandbox.apiKey());
    }

    private static List<JsonNode> all(String filters) {
        List<JsonNode> leads = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode body = get("?pageSize=100&page=" + page + filters).json();
            body.get("data").forEach(leads::add);
            if (!body.get("pagination").get("hasNextPage").asBoolean()) {
                return leads;
            }
        }
    }

    @Test
    void responseHasExactlyTheVendorExampleKeysAndTypes() {
        JsonShape.assertSameShape(JsonShape.fixture("orgleads-list-leads.json"), get("").json());
    }

    @Test
    void baseUrlIsTheOrigin() {
        assertThat(sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void defaultsToFiftyPerPageWithTotals() {
        JsonNode body = get("").json();

        assertThat(body.get("data")).hasSize(50);
        assertThat(body.get("pagination").toString()).isEqualTo(
                "{\"page\":1,\"pageSize\":50,\"total\":137,\"totalPages\":3,\"hasNextPage\":true,\"hasPrevPage\":false}");
    }

    @Test
    void lastPageHoldsTheRemainderAndHasNoNext() {
        JsonNode body = get("?page=3").json();

        assertThat(body.get("data")).hasSize(37);
        assertThat(body.get("pagination").get("hasNextPage").asBoolean()).isFalse();
        assertThat(body.get("pagination").get("hasPrevPage").asBoolean()).isTrue();
    }

    @Test
    void pagePastTheEndIsEmpty() {
        JsonNode body = get("?page=4").json();

        assertThat(body.get("data")).isEmpty();
        assertThat(body.get("pagination").get("total").asInt()).isEqualTo(137);
    }

    @Test
    void ordersByNextCallAscendingWithoutNextCallLastThenNewestFirst() {
        List<JsonNode> leads = all("");

        assertThat(leads).extracting(lead -> lead.get("id").asText())
                .containsExactlyElementsOf(sandbox.leads().stream().map(OrgLeadsSandboxLead::id).toList());
        int firstNull = -1;
        for (int i = 0; i < leads.size(); i++) {
            if (leads.get(i).get("nextCallAt").isNull() && firstNull < 0) {
                firstNull = i;
            }
            if (firstNull >= 0) {
                assertThat(leads.get(i).get("nextCallAt").isNull()).as("lead %d after the first without a call", i).isTrue();
            }
            if (i > 0 && !leads.get(i).get("nextCallAt").isNull()) {
                assertThat(Instant.parse(leads.get(i).get("nextCallAt").asText()))
                        .isAfterOrEqualTo(Instant.parse(leads.get(i - 1).get("nextCallAt").asText()));
            }
        }
        assertThat(firstNull).isPositive();
        for (int i = firstNull + 1; i < leads.size(); i++) {
            assertThat(Instant.parse(leads.get(i).get("createdAt").asText()))
                    .isBeforeOrEqualTo(Instant.parse(leads.get(i - 1).get("createdAt").asText()));
        }
    }

    @Test
    void statusFilterIsExact() {
        List<JsonNode> leads = all("&status=QUALIFIED");

        assertThat(leads).hasSize((int) sandbox.leads().stream().filter(l -> l.status().equals("QUALIFIED")).count())
                .isNotEmpty()
                .allSatisfy(lead -> assertThat(lead.get("status").asText()).isEqualTo("QUALIFIED"));
    }

    @Test
    void searchIsCaseInsensitiveOverNameEmailPhoneAndCompany() {
        String company = sandbox.leads().stream().flatMap(l -> l.company().stream()).findFirst().orElseThrow();
        String needle = company.split(" ")[0].toUpperCase();
        long expected = sandbox.leads().stream().filter(l -> l.name().toUpperCase().contains(needle)
                || l.company().map(c -> c.toUpperCase().contains(needle)).orElse(false)
                || l.emails().stream().anyMatch(e -> e.toUpperCase().contains(needle))).count();

        assertThat(all("&search=" + needle)).hasSize((int) expected);
    }

    @Test
    void searchFindsAPhone() {
        String phone = sandbox.leads().get(3).phones().get(0);

        assertThat(all("&search=" + phone.replace("+", "%2B")))
                .anySatisfy(lead -> assertThat(lead.get("phones").toString()).contains(phone));
    }

    @Test
    void assignedToIdNarrowsToThatMember() {
        String member = sandbox.memberIds().get(0);

        assertThat(all("&assignedToId=" + member)).isNotEmpty()
                .allSatisfy(lead -> assertThat(lead.get("assignedToId").asText()).isEqualTo(member));
    }

    @Test
    void unassignedNarrowsToLeadsWithoutOwner() {
        long expected = sandbox.leads().stream().filter(l -> l.assignedToId().isEmpty()).count();

        assertThat(all("&assignedToId=unassigned")).hasSize((int) expected).isNotEmpty()
                .allSatisfy(lead -> assertThat(lead.get("assignedToId").isNull()).isTrue());
    }

    @Test
    void pageSizeAboveHundredIsA400InTheVendorShape() {
        Http.Result result = get("?pageSize=101");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.body()).isEqualTo("{\"error\":\"pageSize must be an integer between 1 and 100\"}");
    }

    @Test
    void pageZeroIsA400() {
        assertThat(get("?page=0").status()).isEqualTo(400);
    }

    @Test
    void unknownStatusIsA400() {
        assertThat(get("?status=qualified").json().get("error").asText()).startsWith("Invalid status");
    }

    @Test
    void wrongKeyIsA401InTheVendorShape() {
        Http.Result result = Http.get(sandbox.baseUrl() + "/api/v1/leads", "Authorization", "Bearer sk_wrong");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body()).isEqualTo("{\"error\":\"Invalid API key\"}");
    }

    @Test
    void missingKeyIsA401() {
        Http.Result result = Http.get(sandbox.baseUrl() + "/api/v1/leads", null, null);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.json().has("error")).isTrue();
    }

    @Test
    void generatedLeadsLookReal() {
        assertThat(sandbox.leads()).allSatisfy(lead -> {
            assertThat(lead.id()).matches("[0-9a-f]{24}");
            lead.phones().forEach(phone -> assertThat(phone).matches("\\+[1-9]\\d{9,14}"));
            lead.emails().forEach(email -> assertThat(email).isLowerCase());
            assertThat(lead.updatedAt()).isAfterOrEqualTo(lead.createdAt());
        });
        assertThat(sandbox.leads()).extracting(OrgLeadsSandboxLead::status).contains(OrgLeadsGenerator.STATUSES);
    }
}
