package dev.leadkit.orgleads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgLeadsClientTest {

    private final TestServer server = new TestServer();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void missingBaseUrlFailsAtBuildWithAHint() {
        assertThatThrownBy(() -> OrgLeadsClient.builder().apiKey(TestServer.API_KEY).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baseUrl is required")
                .hasMessageContaining("Nexus ERP has no public host")
                .hasMessageContaining("ORGLEADS_BASE_URL")
                .hasMessageNotContaining(TestServer.API_KEY);
    }

    @Test
    void missingApiKeyFailsAtBuild() {
        assertThatThrownBy(() -> OrgLeadsClient.builder().baseUrl("https://crm.example.com").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apiKey is required")
                .hasMessageContaining("ORGLEADS_API_KEY");
    }

    @Test
    void baseUrlThatAlreadyEndsInApiV1IsRejected() {
        assertThatThrownBy(() -> OrgLeadsClient.builder().apiKey(TestServer.API_KEY)
                .baseUrl("https://crm.example.com/api/v1/").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without /api/v1")
                .hasMessageNotContaining(TestServer.API_KEY);
    }

    @Test
    void plainHttpToARemoteHostIsRejected() {
        assertThatThrownBy(() -> OrgLeadsClient.builder().apiKey(TestServer.API_KEY)
                .baseUrl("http://crm.example.com").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(TestServer.API_KEY);
    }

    @Test
    void invalidQueryFailsBeforeAnyRequest() {
        try (OrgLeadsClient client = server.client()) {
            assertThatThrownBy(() -> client.leads().list(OrgLeadQuery.builder().pageSize(101).build()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.leads().list(OrgLeadQuery.builder()
                    .assignedToId("65e0").unassigned().build()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void listingIsLazyUntilIterated() {
        try (OrgLeadsClient client = server.client()) {
            client.leads().list(OrgLeadQuery.builder().search("acme").build());
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void toStringNeverShowsTheApiKey() {
        try (OrgLeadsClient client = server.client()) {
            assertThat(client.toString()).startsWith("OrgLeadsClient{").doesNotContain(TestServer.API_KEY);
        }
    }

    @Test
    void environmentSuppliesKeyAndBaseUrl() {
        server.enqueue(200, TestServer.onlyPage());
        Map<String, String> env = Map.of("ORGLEADS_API_KEY", TestServer.API_KEY,
                "ORGLEADS_BASE_URL", server.server.url("/").toString());

        try (OrgLeadsClient client = OrgLeadsClient.builder().fromEnvironment(env).build()) {
            client.leads().list().stream().count();
        }

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + TestServer.API_KEY);
    }

    @Test
    void environmentWithoutBaseUrlFailsNamingTheVariable() {
        Map<String, String> env = Map.of("ORGLEADS_API_KEY", TestServer.API_KEY);

        assertThatThrownBy(() -> OrgLeadsClient.builder().fromEnvironment(env).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ORGLEADS_BASE_URL")
                .hasMessageNotContaining(TestServer.API_KEY);
    }
}
