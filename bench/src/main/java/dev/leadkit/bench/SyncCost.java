package dev.leadkit.bench;

import dev.leadkit.autocalls.AutocallsClient;
import dev.leadkit.core.ClientBuilder;
import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadClient;
import dev.leadkit.core.SyncCheckpoint;
import dev.leadkit.core.SyncRun;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.AutocallsSandbox;
import dev.leadkit.testkit.Change;
import dev.leadkit.testkit.ManualClock;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.Sandbox;
import dev.leadkit.testkit.SandboxBuilder;
import dev.leadkit.testkit.TrackingSandbox;
import dev.leadkit.tracking.TrackingClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Measure 6, what reading an account costs in requests: a plain {@code list()} of 10,000 leads, and a sync of
 * that account after 1 % of its leads changed since the checkpoint, per vendor, each against its floor (a
 * listing: ⌈10,000 / 100⌉ requests; a sync: ⌈changed / 100⌉ + 1 for Octanist, a full read for the vendors that
 * cannot filter by update time). Then the Autocalls sync again under Laravel's default throttle of 60 requests a
 * minute, on the sandbox's clock, which the client's sleeper moves: the time is the vendor's, not this machine's.
 */
final class SyncCost {

    static final int LEADS = 10_000;
    static final int CHANGED = LEADS / 100;

    /** A vendor: its sandbox builder and a client of a sandbox. */
    enum Vendor {
        AUTOCALLS("Autocalls", AutocallsSandbox::builder,
                (sandbox, settings) -> settings.apply(AutocallsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())).build()),
        NEXUS_ERP("Nexus ERP", OrgLeadsSandbox::builder,
                (sandbox, settings) -> settings.apply(OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())).build()),
        OCTANIST("Octanist", TrackingSandbox::builder,
                (sandbox, settings) -> settings.apply(TrackingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())).build());

        final String label;
        final java.util.function.Supplier<? extends SandboxBuilder<?, ?, ?>> sandboxes;
        final Clients clients;

        Vendor(String label, java.util.function.Supplier<? extends SandboxBuilder<?, ?, ?>> sandboxes, Clients clients) {
            this.label = label;
            this.sandboxes = sandboxes;
            this.clients = clients;
        }

        /** A client of a sandbox, with settings. */
        interface Clients {
            Object build(Sandbox sandbox, UnaryOperator<ClientBuilder<?>> settings);
        }

        @SuppressWarnings("unchecked")
        <C extends LeadClient<?, ?>> C client(Sandbox sandbox, UnaryOperator<ClientBuilder<?>> settings) {
            return (C) clients.build(sandbox, settings);
        }
    }

    /** What one read cost: requests, leads delivered, time. */
    record Cost(int requests, long leads, Duration time) {
    }

    private SyncCost() {
    }

    /** The rows of measure 6. */
    static void rows(List<String> rows) {
        rows.add(String.format("%-64s %10s %10s %8s %12s", "6. reading 10,000 leads", "requests", "floor", "leads", "time"));
        for (Vendor vendor : Vendor.values()) {
            try (Sandbox sandbox = vendor.sandboxes.get().leads(LEADS).seed(6).start();
                    LeadClient<?, ?> client = vendor.client(sandbox, builder -> builder)) {
                Instant started = Instant.now();
                long leads = client.leads().list().stream().count();
                rows.add(row(vendor.label + ": list(), no page size", new Cost(sandbox.requests().size(), leads,
                        Duration.between(started, Instant.now())), LEADS / 100));
                rows.add(row(vendor.label + ": sync, 1 % changed since the checkpoint",
                        syncAfterChanges(sandbox, client, Clock.systemUTC()),
                        vendor == Vendor.OCTANIST ? CHANGED / 100 + 1 : LEADS / 100));
            }
        }
        ManualClock clock = ManualClock.at(Instant.parse("2026-12-01T09:00:00Z"));
        try (Sandbox sandbox = AutocallsSandbox.builder().leads(LEADS).seed(6).throttle(60, Duration.ofMinutes(1))
                .clock(clock).start();
                LeadClient<?, ?> client = Vendor.AUTOCALLS.client(sandbox,
                        builder -> builder.clock(clock).sleeper(clock::advance))) {
            rows.add(row("Autocalls: the same sync, 60 requests a minute (vendor time)",
                    syncAfterChanges(sandbox, client, clock), LEADS / 100));
        }
    }

    /**
     * A first run (not counted), then {@link #CHANGED} leads updated, then a run from the first one's checkpoint:
     * what that run cost, timed on {@code timer}.
     */
    private static Cost syncAfterChanges(Sandbox sandbox, LeadClient<?, ?> client, Clock timer) {
        SyncCheckpoint checkpoint;
        try (SyncRun<? extends Lead> first = client.leads().sync().all()) {
            first.stream().forEach(lead -> { });
            checkpoint = first.checkpoint();
        }
        for (int i = 0; i < CHANGED; i++) {
            sandbox.changes().apply(Change.update());
        }
        int before = sandbox.requests().size();
        Instant started = timer.instant();
        long leads;
        try (SyncRun<? extends Lead> run = client.leads().sync().since(checkpoint)) {
            leads = run.stream().count();
        }
        return new Cost(sandbox.requests().size() - before, leads, Duration.between(started, timer.instant()));
    }

    private static String row(String label, Cost cost, int floor) {
        return String.format(Locale.ROOT, "%-64s %10d %10d %8d %10.2f s", label, cost.requests(), floor, cost.leads(),
                cost.time().toNanos() / 1e9);
    }
}
