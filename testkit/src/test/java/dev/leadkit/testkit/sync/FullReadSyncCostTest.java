package dev.leadkit.testkit.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.core.SyncRun;
import dev.leadkit.orgleads.OrgLead;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.SandboxLead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a sync of a vendor read in full costs over the sandbox, and what it asks for. */
class FullReadSyncCostTest {

    @Test
    void anAutocallsRunReadsEveryLeadAHundredToAPage() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(250).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build();
                SyncRun<AutocallsLead> run = client.leads().sync().all()) {
            assertThat(run.stream().map(AutocallsLead::id).toList())
                    .containsExactlyInAnyOrderElementsOf(sandbox.leads().stream().map(SandboxLead::leadId).toList());
            assertThat(sandbox.requests()).hasSize(3).allSatisfy(request ->
                    assertThat(request.query()).containsEntry("per_page", List.of("100")));
            assertThat(run.checkpoint().platformId()).isEqualTo("autocalls");
        }
    }

    @Test
    void sondosSinglePageIsAWholeRunInOneRequest() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(40).shape(AutocallsSandbox.Shape.BARE_ARRAY).start();
                AutocallsClient client = AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build();
                SyncRun<AutocallsLead> run = client.leads().sync().all()) {
            assertThat(run.stream().count()).isEqualTo(40);
            assertThat(sandbox.requests()).hasSize(1);
            assertThat(run.checkpoint().watermark()).isPresent();
        }
    }

    @Test
    void aNexusErpRunReadsEveryLeadAHundredToAPageWithPrefetch() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(250).start();
                OrgLeadsClient client = OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build();
                SyncRun<OrgLead> run = client.leads().sync().prefetch(4).all()) {
            assertThat(run.stream().map(OrgLead::id).toList())
                    .containsExactlyInAnyOrderElementsOf(sandbox.leads().stream().map(SandboxLead::leadId).toList());
            assertThat(sandbox.requests()).hasSize(3).allSatisfy(request ->
                    assertThat(request.query()).containsEntry("pageSize", List.of("100")));
        }
    }
}
