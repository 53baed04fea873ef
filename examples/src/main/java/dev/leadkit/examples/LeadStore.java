package dev.leadkit.examples;

import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadSync;
import dev.leadkit.core.SyncCheckpoint;
import dev.leadkit.core.SyncRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A copy of leads in a SQL database, kept in step by syncs, over plain JDBC: one row a lead (by platform and
 * id), one checkpoint a sync. A sync's run writes its leads and its new checkpoint in one transaction, so the
 * database never holds a checkpoint past a lead it does not have: a run that fails is rolled back whole, and
 * the next run starts from the checkpoint before it.
 *
 * <pre>{@code
 * try (java.sql.Connection db = DriverManager.getConnection("jdbc:h2:file:./leads")) {
 *     LeadStore store = new LeadStore(db);
 *     store.createTables();
 *     LeadStore.Report report = store.sync("tracking", trackingClient.leads().sync());
 * }
 * }</pre>
 */
public final class LeadStore {

    /**
     * What one sync run did.
     *
     * @param sync       the sync's name
     * @param read       the leads the run delivered
     * @param inserted   rows added
     * @param updated    rows replaced (a lead changed, or read again within the sync's overlap)
     * @param requests   the pages the run requested
     * @param checkpoint the checkpoint stored with them
     */
    public record Report(String sync, long read, long inserted, long updated, int requests, String checkpoint) {
    }

    private final Connection db;

    /**
     * A store in {@code db}; it turns auto-commit off, since each run is one transaction.
     *
     * @param db an open connection
     */
    public LeadStore(Connection db) {
        this.db = db;
    }

    /**
     * Creates the two tables unless they exist.
     *
     * @throws SQLException if the database refuses
     */
    public void createTables() throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS leads (platform VARCHAR(32) NOT NULL, id VARCHAR(128) NOT NULL,"
                    + " name VARCHAR(512), status VARCHAR(64), phones VARCHAR(1024), emails VARCHAR(1024),"
                    + " created_at TIMESTAMP WITH TIME ZONE, updated_at TIMESTAMP WITH TIME ZONE,"
                    + " PRIMARY KEY (platform, id))");
            ddl.execute("CREATE TABLE IF NOT EXISTS sync_checkpoints (sync_name VARCHAR(64) PRIMARY KEY,"
                    + " checkpoint VARCHAR(256) NOT NULL)");
        }
    }

    /**
     * Runs {@code sync} once from the checkpoint stored under {@code name} (from the start when there is none),
     * upserts every lead it delivers, and stores its new checkpoint, all in one transaction.
     *
     * @param name the sync's name in the checkpoint table, e.g. {@code tracking}
     * @param sync the sync
     * @param <L>  the lead type
     * @return what the run did
     * @throws SQLException if the database refuses (the transaction is rolled back)
     */
    public <L extends Lead> Report sync(String name, LeadSync<L> sync) throws SQLException {
        Optional<SyncCheckpoint> saved = checkpoint(name);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (SyncRun<L> run = saved.map(sync::since).orElseGet(sync::all);
                PreparedStatement update = db.prepareStatement("UPDATE leads SET name = ?, status = ?, phones = ?,"
                        + " emails = ?, created_at = ?, updated_at = ? WHERE platform = ? AND id = ?");
                PreparedStatement insert = db.prepareStatement("INSERT INTO leads (name, status, phones, emails,"
                        + " created_at, updated_at, platform, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long[] counts = new long[2];
            run.stream().forEach(lead -> counts[upsert(lead, update, insert) ? 0 : 1]++);
            String checkpoint = run.checkpoint().toString();
            saveCheckpoint(name, checkpoint);
            db.commit();
            return new Report(name, run.leadsDelivered(), counts[0], counts[1], run.pagesRead(), checkpoint);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** Updates the lead's row, or inserts it; {@return whether it was inserted} */
    private static boolean upsert(Lead lead, PreparedStatement update, PreparedStatement insert) {
        try {
            bind(update, lead);
            if (update.executeUpdate() == 1) {
                return false;
            }
            bind(insert, lead);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store lead " + lead.platform().id() + "/" + lead.id(), e);
        }
    }

    private static void bind(PreparedStatement statement, Lead lead) throws SQLException {
        statement.setString(1, lead.name().orElse(null));
        statement.setString(2, lead.statusValue());
        statement.setString(3, String.join(",", lead.phones()));
        statement.setString(4, String.join(",", lead.emails()));
        statement.setObject(5, lead.createdAt().map(LeadStore::utc).orElse(null));
        statement.setObject(6, lead.updatedAt().map(LeadStore::utc).orElse(null));
        statement.setString(7, lead.platform().id());
        statement.setString(8, lead.id());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The checkpoint stored under {@code name}.
     *
     * @param name the sync's name
     * @return the checkpoint, or empty before the first run
     * @throws SQLException if the database refuses
     */
    public Optional<SyncCheckpoint> checkpoint(String name) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT checkpoint FROM sync_checkpoints WHERE sync_name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(SyncCheckpoint.parse(row.getString(1))) : Optional.empty();
            }
        }
    }

    private void saveCheckpoint(String name, String checkpoint) throws SQLException {
        try (PreparedStatement merge = db.prepareStatement("MERGE INTO sync_checkpoints (sync_name, checkpoint)"
                + " KEY (sync_name) VALUES (?, ?)")) {
            merge.setString(1, name);
            merge.setString(2, checkpoint);
            merge.executeUpdate();
        }
    }

    /**
     * How many leads of {@code platform} the store holds.
     *
     * @param platform a platform's id
     * @return the row count
     * @throws SQLException if the database refuses
     */
    public long count(String platform) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM leads WHERE platform = ?")) {
            select.setString(1, platform);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
