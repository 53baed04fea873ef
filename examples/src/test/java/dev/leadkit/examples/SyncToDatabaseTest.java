package dev.leadkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.ServerException;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SyncToDatabase against the sandboxes, and LeadStore's one transaction a run, on a real embedded H2. */
class SyncToDatabaseTest {

    private static String memoryDatabase() {
        return "jdbc:h2:mem:sync-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void threeRunsReadEverythingOnceThenOnlyWhatChanged() throws SQLException {
        Output out = new Output();
        String url = memoryDatabase();

        List<LeadStore.Report> reports = SyncToDatabase.run(Map.of(), out.stream, url);

        assertThat(reports).hasSize(9).extracting(LeadStore.Report::sync)
                .containsExactly("autocalls", "orgleads", "tracking", "autocalls", "orgleads", "tracking",
                        "autocalls", "orgleads", "tracking");
        assertThat(reports.subList(0, 3)).extracting(LeadStore.Report::inserted).containsExactly(250L, 180L, 300L);
        for (LeadStore.Report later : reports.subList(3, 9)) {
            assertThat(later.inserted()).as("the two leads created before %s's run", later.sync()).isEqualTo(2);
            assertThat(later.updated()).as("the five leads updated before %s's run", later.sync()).isGreaterThanOrEqualTo(5);
            assertThat(later.read()).isLessThan(50);
        }
        assertThat(reports.get(5).requests()).as("Octanist reads only what changed").isEqualTo(1);
        assertThat(reports.get(3).requests()).as("Autocalls reads every lead, 100 a page").isEqualTo(3);
        try (Connection db = DriverManager.getConnection(url)) {
            LeadStore store = new LeadStore(db);
            assertThat(store.count("autocalls")).isEqualTo(254);
            assertThat(store.count("tracking")).isEqualTo(304);
            assertThat(store.checkpoint("tracking")).hasValueSatisfying(checkpoint ->
                    assertThat(checkpoint.toString()).isEqualTo(reports.get(8).checkpoint()));
        }
        assertThat(out.text()).contains("run  sync").contains("leads in the database: autocalls=254");
    }

    @Test
    void aRunThatFailsLeavesNeitherLeadsNorACheckpointAndTheNextRunReadsEverything() throws SQLException {
        try (TrackingSandbox sandbox = TrackingSandbox.builder().leads(250).start();
                TrackingClient client = TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())
                        .maxRetries(0).build();
                Connection db = DriverManager.getConnection(memoryDatabase())) {
            LeadStore store = new LeadStore(db);
            store.createTables();
            sandbox.faults().onRequest(2, Fault.status(500));

            assertThatThrownBy(() -> store.sync("tracking", client.leads().sync())).isInstanceOf(ServerException.class);
            assertThat(store.count("tracking")).isZero();
            assertThat(store.checkpoint("tracking")).isEmpty();

            LeadStore.Report retried = store.sync("tracking", client.leads().sync());
            assertThat(retried.inserted()).isEqualTo(250);
            assertThat(store.count("tracking")).isEqualTo(250);
            assertThat(store.checkpoint("tracking")).isPresent();
        }
    }
}
