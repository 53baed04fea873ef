package dev.leadkit.orgleads;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgLeadQueryWireTest {

    private final TestServer server = new TestServer();
    private final OrgLeadsClient client = server.client();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private RecordedRequest send(OrgLeadQuery query) {
        server.enqueue(200, TestServer.onlyPage());
        client.leads().list(query).stream().count();
        return server.takeRequest();
    }

    @Test
    void statusIsSentAsTheVendorsUppercaseValue() {
        RecordedRequest request = send(OrgLeadQuery.builder().status(OrgLeadStatus.NOT_CONTACTED).build());

        assertThat(request.getTarget()).isEqualTo("/api/v1/leads?status=NOT_CONTACTED&page=1&pageSize=100");
    }

    @Test
    void searchWithAmpersandAndEqualsArrivesIntact() {
        RecordedRequest request = send(OrgLeadQuery.builder().search("a&b=c").build());

        assertThat(request.getUrl().queryParameter("search")).isEqualTo("a&b=c");
        assertThat(request.getTarget()).isEqualTo("/api/v1/leads?search=a%26b%3Dc&page=1&pageSize=100");
    }

    @Test
    void searchWithPlusSpaceAndParenthesesArrivesIntact() {
        RecordedRequest request = send(OrgLeadQuery.builder().search("+1 (415)").build());

        assertThat(request.getUrl().queryParameter("search")).isEqualTo("+1 (415)");
        assertThat(request.getTarget()).isEqualTo("/api/v1/leads?search=%2B1%20%28415%29&page=1&pageSize=100");
    }

    @Test
    void searchWithNonAsciiArrivesIntact() {
        RecordedRequest request = send(OrgLeadQuery.builder().search("Müller #1").build());

        assertThat(request.getUrl().queryParameter("search")).isEqualTo("Müller #1");
    }

    @Test
    void assignedToIdIsSentAsGiven() {
        RecordedRequest request = send(OrgLeadQuery.builder().assignedToId("65e0a000a000a000a000a000").build());

        assertThat(request.getTarget()).isEqualTo("/api/v1/leads?assignedToId=65e0a000a000a000a000a000&page=1&pageSize=100");
    }

    @Test
    void unassignedIsSentAsTheVendorsLiteral() {
        RecordedRequest request = send(OrgLeadQuery.builder().unassigned().build());

        assertThat(request.getUrl().queryParameterValues("assignedToId")).containsExactly("unassigned");
        assertThat(request.getTarget()).isEqualTo("/api/v1/leads?assignedToId=unassigned&page=1&pageSize=100");
    }

    @Test
    void pageSizeIsSentAfterThePage() {
        RecordedRequest request = send(OrgLeadQuery.builder().pageSize(25).build());

        assertThat(request.getTarget()).isEqualTo("/api/v1/leads?page=1&pageSize=25");
    }

    @Test
    void baseUrlPathPrefixIsKept() {
        try (OrgLeadsClient prefixed = server.builder().baseUrl(server.server.url("/crm").toString()).build()) {
            server.enqueue(200, TestServer.onlyPage());

            prefixed.leads().list().stream().count();

            assertThat(server.takeRequest().getTarget()).isEqualTo("/crm/api/v1/leads?page=1&pageSize=100");
        }
    }
}
