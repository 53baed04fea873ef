package dev.leadkit.testkit.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.SyncCheckpoint;
import dev.leadkit.core.SyncRun;
import dev.leadkit.testkit.Change;
import dev.leadkit.testkit.SandboxRequest;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.testkit.TrackingSandboxLead;
import dev.leadkit.tracking.TrackingClient;
import dev.leadkit.tracking.TrackingField;
import dev.leadkit.tracking.TrackingLead;
import dev.leadkit.tracking.TrackingLeadQuery;
import dev.leadkit.tracking.TrackingLeadStatus;
import dev.leadkit.tracking.TrackingSort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Octanist's sync walks by update time over the sandbox: what it asks for, what it costs, what it refuses. */
class TrackingSyncTest {

    private static TrackingClient client(TrackingSandbox sandbox) {
        return TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).build();
    }

    private static List<String> read(SyncRun<TrackingLead> run) {
        return run.stream().map(TrackingLead::id).toList();
    }

    @Test
    void aFirstRunDeliversEveryLeadOldestUpdateFirstInAboutOneRequestAHundredLeads() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(250).seed(3).start();
                TrackingClient client = client(sandbox);
                SyncRun<TrackingLead> run = client.leads().sync().all()) {
            List<String> ids = read(run);

            assertThat(ids).containsExactlyElementsOf(sandbox.leads().stream()
                    .sorted(Comparator.comparing(TrackingSandboxLead::updatedAt).thenComparing(TrackingSandboxLead::id))
                    .map(TrackingSandboxLead::id).toList());
            assertThat(sandbox.requests()).hasSize(3).allSatisfy(request ->
                    assertThat(request.query()).containsEntry("sort", List.of("updatedAt:asc"))
                            .containsEntry("limit", List.of("100")).containsEntry("page", List.of("1")));
            Instant newest = sandbox.leads().stream().map(TrackingSandboxLead::updatedAt).max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(run.checkpoint().watermark()).hasValue(newest);
        }
    }

    @Test
    void eachRequestStartsAtTheLastUpdateTimeTheOneBeforeRead() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(250).seed(3).start();
                TrackingClient client = client(sandbox);
                SyncRun<TrackingLead> run = client.leads().sync().all()) {
            List<TrackingLead> leads = run.stream().toList();

            List<SandboxRequest> requests = sandbox.requests();
            assertThat(requests.get(0).query()).doesNotContainKey("updatedAt[gte]");
            assertThat(requests.get(1).query().get("updatedAt[gte]"))
                    .containsExactly(leads.get(99).updatedAt().orElseThrow().toString());
        }
    }

    @Test
    void aRunFromACheckpointWithNothingChangedCostsOneRequest() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(250).seed(3).start();
                TrackingClient client = client(sandbox)) {
            SyncCheckpoint checkpoint;
            try (SyncRun<TrackingLead> first = client.leads().sync().all()) {
                first.stream().forEach(lead -> { });
                checkpoint = first.checkpoint();
            }
            int before = sandbox.requests().size();

            try (SyncRun<TrackingLead> run = client.leads().sync().since(SyncCheckpoint.parse(checkpoint.toString()))) {
                List<String> ids = read(run);

                assertThat(sandbox.requests()).hasSize(before + 1);
                Instant from = checkpoint.watermark().orElseThrow().minusSeconds(10);
                assertThat(sandbox.requests().get(before).query().get("updatedAt[gte]")).containsExactly(from.toString());
                assertThat(ids).containsExactlyInAnyOrderElementsOf(sandbox.leads().stream()
                        .filter(lead -> !lead.updatedAt().isBefore(from)).map(TrackingSandboxLead::id).toList());
                assertThat(run.checkpoint()).isEqualTo(checkpoint);
            }
        }
    }

    @Test
    void moreLeadsSharingOneUpdateTimeThanAPageHoldsAreReadByPageNumberThenTheWalkGoesOnAfterThem() {
        Instant shared = Instant.parse("2026-03-01T09:00:00.123Z");
        List<TrackingSandboxLead> leads = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            leads.add(lead(String.format("lead_%04d", i), shared));
        }
        leads.add(lead("lead_late", shared.plusMillis(1)));
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(leads).start();
                TrackingClient client = client(sandbox);
                SyncRun<TrackingLead> run = client.leads().sync().all()) {
            List<String> ids = read(run);

            assertThat(ids).hasSize(231).doesNotHaveDuplicates().endsWith("lead_late");
            List<SandboxRequest> requests = sandbox.requests();
            // page 1 of everything, pages 1 to 3 of the shared instant, then strictly after it
            assertThat(requests).hasSize(5);
            assertThat(requests.get(1).query()).containsEntry("updatedAt[gte]", List.of(shared.toString()))
                    .containsEntry("updatedAt[lte]", List.of(shared.toString()));
            assertThat(requests.get(3).query()).containsEntry("page", List.of("3"));
            assertThat(requests.get(4).query()).containsEntry("updatedAt[gt]", List.of(shared.toString()));
            assertThat(run.checkpoint().watermark()).hasValue(shared.plusMillis(1));
        }
    }

    @Test
    void aQueryThatSortsCannotBeSynced() {
        try (TrackingClient client = TrackingClient.builder().apiKey("key").build()) {
            TrackingLeadQuery sorted = TrackingLeadQuery.builder().sort(TrackingSort.desc(TrackingField.VALUE)).build();

            assertThatThrownBy(() -> client.leads().sync(sorted)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("a sync's query must not sort");
        }
    }

    @Test
    void aQueryThatFiltersOnTheUpdateTimeCannotBeSynced() {
        try (TrackingClient client = TrackingClient.builder().apiKey("key").build()) {
            TrackingLeadQuery updated = TrackingLeadQuery.builder().updatedAfter(Instant.EPOCH).build();

            assertThatThrownBy(() -> client.leads().sync(updated)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a sync's query must not filter on updatedAt (it has updatedAt[gte]): the sync filters"
                            + " on it from its checkpoint");
        }
    }

    @Test
    void aSyncOfChosenFieldsAsksForTheUpdateTimeToo() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(5).start();
                TrackingClient client = client(sandbox);
                SyncRun<TrackingLead> run = client.leads().sync(TrackingLeadQuery.builder()
                        .status(TrackingLeadStatus.WON, TrackingLeadStatus.LOST, TrackingLeadStatus.OPEN,
                                TrackingLeadStatus.QUALIFIED)
                        .fields(TrackingField.NAME).build()).all()) {
            assertThat(read(run)).hasSize(5);
            assertThat(sandbox.requests().get(0).query()).containsEntry("fields", List.of("id,name,updatedAt"));
        }
    }

    @Test
    void aCheckpointOfAnotherQueryIsRefused() {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(5).start();
                TrackingClient client = client(sandbox)) {
            SyncCheckpoint everything;
            try (SyncRun<TrackingLead> run = client.leads().sync().all()) {
                run.stream().forEach(lead -> { });
                everything = run.checkpoint();
            }
            TrackingLeadQuery won = TrackingLeadQuery.builder().status(TrackingLeadStatus.WON).build();

            assertThatThrownBy(() -> client.leads().sync(won).since(everything))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another query");
            assertThat(client.leads().sync(TrackingLeadQuery.builder().limit(20).build()).since(everything))
                    .as("the page size is not part of the query a checkpoint is for").isNotNull();
        }
    }

    @Test
    void aLeadStampedInTheVendorsFutureDoesNotCarryTheCheckpointPastTheClientsClock() {
        Instant future = Instant.now().plus(Duration.ofDays(365));
        List<TrackingSandboxLead> leads = List.of(lead("lead_today", Instant.parse("2026-01-05T10:00:00Z")),
                lead("lead_future", future));
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(leads).start();
                TrackingClient client = client(sandbox)) {
            SyncCheckpoint checkpoint;
            try (SyncRun<TrackingLead> first = client.leads().sync().all()) {
                assertThat(read(first)).containsExactly("lead_today", "lead_future");
                checkpoint = first.checkpoint();
            }
            assertThat(checkpoint.watermark()).hasValueSatisfying(watermark ->
                    assertThat(watermark).isBefore(future).isBeforeOrEqualTo(Instant.now()));
            sandbox.changes().apply(Change.update("lead_today"));

            try (SyncRun<TrackingLead> next = client.leads().sync().since(checkpoint)) {
                assertThat(read(next)).as("the update stamped after the first run, and the future lead again")
                        .containsExactly("lead_today", "lead_future");
            }
        }
    }

    private static TrackingSandboxLead lead(String id, Instant updated) {
        return TrackingSandboxLead.of(Map.of("id", id, "status", "open", "createdAt", updated.minusSeconds(60),
                "updatedAt", updated));
    }
}
