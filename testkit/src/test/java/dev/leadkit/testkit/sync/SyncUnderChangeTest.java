package dev.leadkit.testkit.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadClient;
import dev.leadkit.core.LeadSync;
import dev.leadkit.core.LeadkitException;
import dev.leadkit.core.SyncCheckpoint;
import dev.leadkit.core.SyncIncompleteException;
import dev.leadkit.core.SyncRun;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Change;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.SandboxLead;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sync's guarantee, property-style: for every dialect, for many seeds, a sandbox whose leads are created,
 * updated and deleted at random while the runs read (each change stamped and placed as the vendor would), three
 * runs chained by their checkpoints. After each run, every lead the sandbox held before the next run began must
 * have been delivered, by that run or an earlier one, in a version at least as new; and a run delivers nothing
 * old again but what its documented overlap re-reads. The same through {@code prefetch(4)}, and for a run that
 * fails midway and is run again from the old checkpoint.
 */
class SyncUnderChangeTest {

    private static final int LEADS = 260;
    private static final long SEEDS = 8;
    /** How likely a change is before each request: a busy account, read slowly. */
    private static final double CHANGES_PER_REQUEST = 0.3;

    /** A vendor: its sandbox, and a client of it. */
    enum Vendor {
        AUTOCALLS(seed -> AutocallsSandbox.builder().leads(LEADS).seed(seed).start(),
                sandbox -> AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).maxRetries(0).build()),
        ORGLEADS(seed -> OrgLeadsSandbox.builder().leads(LEADS).seed(seed).start(),
                sandbox -> OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).maxRetries(0).build()),
        TRACKING(seed -> TrackingSandbox.builder().leads(LEADS).seed(seed).start(),
                sandbox -> TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl()).maxRetries(0).build());

        final Function<Long, Sandbox> sandboxes;
        final Function<Sandbox, LeadClient<?, ?>> clients;

        Vendor(Function<Long, Sandbox> sandboxes, Function<Sandbox, LeadClient<?, ?>> clients) {
            this.sandboxes = sandboxes;
            this.clients = clients;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Vendor vendor : Vendor.values()) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                cases.add(Arguments.of(vendor, seed, seed % 2 == 0 ? 4 : 0));
            }
        }
        return cases.stream();
    }

    /** What the runs delivered: the newest update time of each lead. */
    private final Map<String, Instant> delivered = new HashMap<>();
    /** The checkpoint of the last run read to its end. */
    private SyncCheckpoint lastCheckpoint;

    @ParameterizedTest(name = "{0}, seed {1}, prefetch {2}")
    @MethodSource("cases")
    void chainedRunsMissNoLeadWhileTheVendorsLeadsChange(Vendor vendor, long seed, int prefetch) {
        try (Sandbox sandbox = vendor.sandboxes.apply(seed); LeadClient<?, ?> client = vendor.clients.apply(sandbox)) {
            LeadSync<? extends Lead> sync = prefetch == 0 ? client.leads().sync() : client.leads().sync().prefetch(prefetch);
            sandbox.changes().random(seed, CHANGES_PER_REQUEST);

            Optional<SyncCheckpoint> checkpoint = Optional.empty();
            for (int run = 1; run <= 3; run++) {
                List<? extends SandboxLead> before = sandbox.leads();
                Optional<Instant> watermark = checkpoint.flatMap(SyncCheckpoint::watermark);
                List<Lead> read = runUntilComplete(sync, checkpoint);
                assertUnchangedLeadsDelivered(before, sandbox.leads(), "run " + run);
                assertNoUnchangedOldLeadRepeated(read, sandbox, watermark, run);
                checkpoint = Optional.of(SyncCheckpoint.parse(lastCheckpoint.toString()));
            }
            sandbox.changes().stop();
            List<? extends SandboxLead> settled = sandbox.leads();
            runUntilComplete(sync, checkpoint);
            assertUnchangedLeadsDelivered(settled, settled, "the run after the changes stopped");
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}, prefetch {2}")
    @MethodSource("cases")
    void aRunThatFailsMidwayIsRunAgainFromTheOldCheckpointAndLosesNothing(Vendor vendor, long seed, int prefetch) {
        try (Sandbox sandbox = vendor.sandboxes.apply(seed); LeadClient<?, ?> client = vendor.clients.apply(sandbox)) {
            LeadSync<? extends Lead> sync = prefetch == 0 ? client.leads().sync() : client.leads().sync().prefetch(prefetch);
            runUntilComplete(sync, Optional.empty());
            SyncCheckpoint first = lastCheckpoint;
            for (int i = 0; i < 150; i++) {
                sandbox.changes().apply(Change.update()); // enough that every vendor's next run takes two pages
            }
            sandbox.changes().random(seed, CHANGES_PER_REQUEST);

            List<? extends SandboxLead> before = sandbox.leads();
            sandbox.faults().onRequest(sandbox.requests().size() + 2, Fault.status(500));
            SyncRun<? extends Lead> failing = sync.since(first);
            assertThatThrownBy(() -> failing.stream().forEach(lead -> { })).isInstanceOf(LeadkitException.class);
            assertThatThrownBy(failing::checkpoint).isInstanceOf(IllegalStateException.class);
            failing.close();

            sandbox.changes().stop();
            runUntilComplete(sync, Optional.of(first));
            assertUnchangedLeadsDelivered(before, sandbox.leads(), "the failed run and the one after it");
        }
    }

    /**
     * One run from {@code checkpoint}, run again from the same checkpoint when it ends in a
     * {@link SyncIncompleteException}, as the exception says to.
     */
    private List<Lead> runUntilComplete(LeadSync<? extends Lead> sync, Optional<SyncCheckpoint> checkpoint) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read(checkpoint.isEmpty() ? sync.all() : sync.since(checkpoint.get()));
            } catch (SyncIncompleteException incomplete) {
                if (attempt == 10) {
                    throw incomplete;
                }
            }
        }
    }

    private List<Lead> read(SyncRun<? extends Lead> run) {
        List<Lead> read = new ArrayList<>();
        try (run) {
            run.stream().forEach(lead -> {
                read.add(lead);
                Instant version = lead.updatedAt().orElseThrow();
                delivered.merge(lead.id(), version, (a, b) -> a.isAfter(b) ? a : b);
            });
            lastCheckpoint = run.checkpoint();
        }
        return read;
    }

    /**
     * Every lead held before a run and still held, unchanged, after it was delivered by that run or an earlier
     * one, in its version or a newer one. (A lead changed during the run is the next run's to deliver, and is
     * checked by the next run's snapshot; a deleted lead is no one's.)
     */
    private void assertUnchangedLeadsDelivered(List<? extends SandboxLead> before, List<? extends SandboxLead> after,
            String when) {
        Map<String, Instant> now = new HashMap<>();
        after.forEach(lead -> now.put(lead.leadId(), lead.updatedInstant()));
        List<String> missing = new ArrayList<>();
        for (SandboxLead lead : before) {
            if (!lead.updatedInstant().equals(now.get(lead.leadId()))) {
                continue;
            }
            Instant version = delivered.get(lead.leadId());
            if (version == null || version.isBefore(lead.updatedInstant())) {
                missing.add(lead.leadId() + "@" + lead.updatedInstant() + " (delivered " + version + ")");
            }
        }
        assertThat(missing).as("leads held unchanged through %s that no run delivered in their version or a newer"
                + " one", when).isEmpty();
    }

    /**
     * A run from a checkpoint delivers a lead again only if it changed since the first run began, or its update
     * time lies within the overlap (plus, for a full read, the time the previous run's last read took, which is
     * at most the whole test here) before the checkpoint.
     */
    private static void assertNoUnchangedOldLeadRepeated(List<Lead> read, Sandbox sandbox, Optional<Instant> watermark,
            int run) {
        if (watermark.isEmpty()) {
            return;
        }
        List<String> changed = sandbox.changeLog().stream().map(change -> change.id()).toList();
        Instant overlapStart = watermark.get().minus(LeadSync.DEFAULT_OVERLAP).minus(Duration.ofMinutes(1));
        for (Lead lead : read) {
            assertThat(changed.contains(lead.id()) || !lead.updatedAt().orElseThrow().isBefore(overlapStart))
                    .as("run %d delivered %s, unchanged and updated at %s, long before its checkpoint %s", run,
                            lead.id(), lead.updatedAt().orElseThrow(), watermark.get())
                    .isTrue();
        }
    }
}
