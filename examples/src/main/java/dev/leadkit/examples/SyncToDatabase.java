package dev.leadkit.examples;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.Change;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.tracking.TrackingClient;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps a copy of every vendor's leads in an embedded H2 database, as an integration does every few minutes:
 * each run reads what changed since the checkpoint it stored ({@code client.leads().sync()}), upserts those
 * leads by platform and id, and stores the new checkpoint in the same transaction ({@link LeadStore}).
 *
 * <p>Run it from the IDE (Run on this class) or with
 * {@code mvn -B -q -pl examples exec:java -Dexec.mainClass=dev.leadkit.examples.SyncToDatabase}. Without API keys
 * it syncs the embedded sandboxes into an in-memory database three times, changing the sandboxes' leads between
 * runs as a live account changes (leads created, updated, deleted), and prints what each run read, wrote and
 * cost in requests: the first run reads everything, the later ones only what changed. With a vendor's key in
 * the environment it syncs that account once into a database file under the current folder
 * ({@code leadkit-sync.mv.db}), so that the next run starts from the checkpoint this one stored.
 */
public final class SyncToDatabase {

    /** How many times the sandboxes are synced, with changes between. */
    static final int SANDBOX_RUNS = 3;

    private SyncToDatabase() {
    }

    /**
     * Syncs every vendor into the database.
     *
     * @param args unused
     * @throws SQLException if the database refuses
     */
    public static void main(String[] args) throws SQLException {
        Map<String, String> env = System.getenv();
        boolean anyKey = List.of("AUTOCALLS", "ORGLEADS", "TRACKING").stream()
                .anyMatch(vendor -> env.get(vendor + "_API_KEY") != null && !env.get(vendor + "_API_KEY").isBlank());
        String url = anyKey ? "jdbc:h2:file:" + Path.of("leadkit-sync").toAbsolutePath()
                : "jdbc:h2:mem:leadkit-sync-" + UUID.randomUUID();
        run(env, System.out, url);
    }

    /**
     * Syncs every vendor of {@code env} (or its sandbox) into the database at {@code url}.
     *
     * @param env the environment
     * @param out where to print
     * @param url a JDBC URL
     * @return what each run did, in order
     * @throws SQLException if the database refuses
     */
    static List<LeadStore.Report> run(Map<String, String> env, PrintStream out, String url) throws SQLException {
        List<LeadStore.Report> reports = new ArrayList<>();
        try (Connection<AutocallsClient> autocalls = Connection.autocalls(env, out);
                Connection<OrgLeadsClient> orgleads = Connection.orgleads(env, out);
                Connection<TrackingClient> tracking = Connection.tracking(env, out);
                java.sql.Connection db = DriverManager.getConnection(url)) {
            LeadStore store = new LeadStore(db);
            store.createTables();
            List<Sandbox> sandboxes = new ArrayList<>();
            for (Connection<?> connection : List.of(autocalls, orgleads, tracking)) {
                connection.sandbox().ifPresent(sandboxes::add);
            }
            int runs = sandboxes.isEmpty() ? 1 : SANDBOX_RUNS;
            out.println();
            out.printf("%-4s %-10s %6s %9s %8s %9s  %s%n", "run", "sync", "read", "inserted", "updated", "requests",
                    "checkpoint");
            for (int run = 1; run <= runs; run++) {
                if (run > 1) {
                    sandboxes.forEach(SyncToDatabase::changeLikeALiveAccount);
                }
                for (LeadStore.Report report : List.of(
                        store.sync("autocalls", autocalls.client().leads().sync().prefetch(4)),
                        store.sync("orgleads", orgleads.client().leads().sync().prefetch(4)),
                        store.sync("tracking", tracking.client().leads().sync()))) {
                    reports.add(report);
                    out.printf("%-4d %-10s %6d %9d %8d %9d  %s%n", run, report.sync(), report.read(), report.inserted(),
                            report.updated(), report.requests(), report.checkpoint());
                }
            }
            out.println();
            out.println("leads in the database: autocalls=" + store.count("autocalls") + ", orgleads="
                    + store.count("orgleads") + ", tracking=" + store.count("tracking")
                    + (anyChanged(sandboxes) ? " (deleted leads stay: a sync reads what exists, see the README)" : ""));
        }
        return reports;
    }

    /** Between two runs: leads updated, created and deleted at the vendor, as a busy quarter of an hour does. */
    private static void changeLikeALiveAccount(Sandbox sandbox) {
        for (int i = 0; i < 5; i++) {
            sandbox.changes().apply(Change.update());
        }
        sandbox.changes().apply(Change.create());
        sandbox.changes().apply(Change.create());
        sandbox.changes().apply(Change.delete());
    }

    private static boolean anyChanged(List<Sandbox> sandboxes) {
        return sandboxes.stream().anyMatch(sandbox -> !sandbox.changeLog().isEmpty());
    }
}
