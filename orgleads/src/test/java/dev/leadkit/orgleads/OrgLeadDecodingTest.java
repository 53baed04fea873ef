package dev.leadkit.orgleads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.DecodingException;
import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import dev.leadkit.core.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgLeadDecodingTest {

    private final TestServer server = new TestServer();
    private final OrgLeadsClient client = server.client();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private OrgLead only(String leadJson) {
        server.enqueue(200, TestServer.onlyPage(leadJson));
        return client.leads().list().stream().findFirst().orElseThrow();
    }

    @Test
    void vendorExampleDecodesToEveryDocumentedField() {
        server.enqueue(200, TestServer.vendorExample());

        Page<OrgLead> page = client.leads().list().page(1);

        assertThat(page.items()).hasSize(1);
        OrgLead lead = page.items().get(0);
        assertThat(lead.id()).isEqualTo("65f0a000a000a000a000a001");
        assertThat(lead.name()).hasValue("Acme Co - Jane Doe");
        assertThat(lead.phones()).containsExactly("+14155550101");
        assertThat(lead.emails()).containsExactly("jane@acme.com");
        assertThat(lead.primaryPhone()).contains("+14155550101");
        assertThat(lead.primaryEmail()).contains("jane@acme.com");
        assertThat(lead.contactId()).isEqualTo("65f0a000a000a000a000a002");
        assertThat(lead.company()).contains("Acme Co");
        assertThat(lead.source()).contains("website");
        assertThat(lead.status()).isEqualTo(OrgLeadStatus.QUALIFIED);
        assertThat(lead.statusValue()).isEqualTo("QUALIFIED");
        assertThat(lead.notes()).isEmpty();
        assertThat(lead.nextCallAt()).contains(Instant.parse("2026-05-02T10:30:00Z"));
        assertThat(lead.createdAt()).hasValue(Instant.parse("2026-04-21T09:00:00Z"));
        assertThat(lead.updatedAt()).hasValue(Instant.parse("2026-04-28T16:14:00Z"));
        assertThat(lead.assignedToId()).contains("65e0a000a000a000a000a000");
        assertThat(lead.clientId()).isEmpty();
        assertThat(lead.additionalProperties()).isEmpty();
    }

    @Test
    void vendorExamplePaginationBecomesThePagesTotals() {
        server.enqueue(200, TestServer.vendorExample());

        Page<OrgLead> page = client.leads().list().page(1);

        assertThat(page.number()).isEqualTo(1);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.totalItems()).hasValue(137);
        assertThat(page.totalPages()).hasValue(3);
    }

    @Test
    void vendorExampleReadsThroughTheCommonLeadView() {
        server.enqueue(200, TestServer.vendorExample());

        Lead lead = client.leads().list().page(1).items().get(0);

        assertThat(lead.id()).isEqualTo("65f0a000a000a000a000a001");
        assertThat(lead.name()).contains("Acme Co - Jane Doe");
        assertThat(lead.phones()).containsExactly("+14155550101");
        assertThat(lead.emails()).containsExactly("jane@acme.com");
        assertThat(lead.statusValue()).isEqualTo("QUALIFIED");
        assertThat(lead.createdAt()).contains(Instant.parse("2026-04-21T09:00:00Z"));
        assertThat(lead.updatedAt()).contains(Instant.parse("2026-04-28T16:14:00Z"));
    }

    @Test
    void nullableFieldsSentAsNullReadAsEmpty() {
        OrgLead lead = only("{\"id\":\"1\",\"name\":\"N\",\"phones\":[],\"emails\":[],\"primaryPhone\":null,"
                + "\"primaryEmail\":null,\"contactId\":\"c1\",\"company\":null,\"source\":null,\"status\":\"LOST\","
                + "\"notes\":null,\"nextCallAt\":null,\"createdAt\":\"2026-04-21T09:00:00.000Z\","
                + "\"updatedAt\":\"2026-04-21T09:00:00.000Z\",\"assignedToId\":null,\"clientId\":null}");

        assertThat(List.of(lead.primaryPhone(), lead.primaryEmail(), lead.company(), lead.source(), lead.notes(),
                lead.assignedToId(), lead.clientId())).containsOnly(Optional.empty());
        assertThat(lead.nextCallAt()).isEmpty();
        assertThat(lead.phones()).isEmpty();
        assertThat(lead.emails()).isEmpty();
    }

    @Test
    void listsSentAsNullOrLeftOutReadAsEmpty() {
        OrgLead lead = only("{\"id\":\"1\",\"name\":\"N\",\"phones\":null,\"contactId\":\"c1\",\"status\":\"LOST\","
                + "\"createdAt\":\"2026-04-21T09:00:00.000Z\",\"updatedAt\":\"2026-04-21T09:00:00.000Z\"}");

        assertThat(lead.phones()).isEmpty();
        assertThat(lead.emails()).isEmpty();
    }

    @Test
    void unknownFieldsAreKeptInAdditionalProperties() {
        OrgLead lead = only(TestServer.lead("1").replace("{\"id\"", "{\"score\":87,\"stage\":\"demo\",\"id\""));

        assertThat(lead.additionalProperties())
                .containsOnlyKeys("score", "stage")
                .containsEntry("score", JsonValue.of(87))
                .containsEntry("stage", JsonValue.of("demo"));
    }

    @Test
    void unknownStatusReadsAsUnknownAndKeepsTheRawString() {
        OrgLead lead = only(TestServer.lead("1").replace("NOT_CONTACTED", "NURTURING"));

        assertThat(lead.status()).isEqualTo(OrgLeadStatus.UNKNOWN);
        assertThat(lead.statusValue()).isEqualTo("NURTURING");
    }

    @Test
    void everyDocumentedStatusReadsAsItsEnum() {
        for (OrgLeadStatus status : List.of(OrgLeadStatus.NOT_CONTACTED, OrgLeadStatus.CONTACTED,
                OrgLeadStatus.QUALIFIED, OrgLeadStatus.CONVERTED, OrgLeadStatus.LOST)) {
            assertThat(OrgLeadStatus.fromValue(status.name())).isEqualTo(status);
            assertThat(status.value()).isEqualTo(status.name());
        }
    }

    @Test
    void leadWithoutARequiredFieldFailsWithADecodingExceptionNamingIt() {
        server.enqueue(200, TestServer.onlyPage(TestServer.lead("1").replace("\"createdAt\"", "\"created\"")));

        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("createdAt");
    }

    @Test
    void bodyWithoutPaginationFailsWithADecodingException() {
        server.enqueue(200, "{\"data\":[]}");

        assertThatThrownBy(() -> client.leads().list().page(1))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("the page says neither whether another page follows nor how many pages there are");
    }
}
