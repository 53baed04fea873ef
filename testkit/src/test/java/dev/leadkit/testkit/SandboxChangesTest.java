package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadkit.testkit.ListedPage.Vendor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sandboxes whose leads change between requests, read over real HTTP as a client reads them. */
class SandboxChangesTest {

    /** After every generated lead's last update, and in the middle of Nexus ERP's generated next calls. */
    private static final Instant NOW = Instant.parse("2026-05-10T10:00:00.123456789Z");

    private final ManualClock clock = ManualClock.at(NOW);

    private static List<String> ids(Sandbox sandbox) {
        return sandbox.leads().stream().map(SandboxLead::leadId).toList();
    }

    /** {@code NOW} at the vendor's precision: whole seconds for Autocalls, millis for the others. */
    private static Instant stamp(Vendor vendor, Instant instant) {
        return vendor == Vendor.AUTOCALLS ? instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                : instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aCreatedLeadIsServedFromTheRequestItIsScheduledBefore(Vendor vendor) {
        try (Sandbox sandbox = vendor.start(20, 3, clock)) {
            sandbox.changes().before(2, Change.create());

            ListedPage first = vendor.page(sandbox, 1, 100);
            ListedPage second = vendor.page(sandbox, 1, 100);

            LeadChange created = sandbox.changeLog().get(0);
            assertThat(created).isEqualTo(new LeadChange(LeadChange.Kind.CREATED, created.id(), stamp(vendor, NOW), 2));
            assertThat(first.total()).isEqualTo(20);
            assertThat(first.ids()).doesNotContain(created.id());
            assertThat(second.total()).isEqualTo(21);
            assertThat(second.ids()).contains(created.id());
            assertThat(ids(sandbox)).containsExactlyInAnyOrderElementsOf(second.ids());
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aCreatedLeadCarriesTheStampAsCreatedAtAndUpdatedAt(Vendor vendor) {
        try (Sandbox sandbox = vendor.start(5, 3, clock)) {
            LeadChange created = sandbox.changes().apply(Change.create());

            SandboxLead lead = sandbox.leads().stream().filter(l -> l.leadId().equals(created.id())).findFirst().orElseThrow();
            assertThat(lead.createdInstant()).isEqualTo(stamp(vendor, NOW));
            assertThat(lead.updatedInstant()).isEqualTo(stamp(vendor, NOW));
            assertThat(created.request()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void totalsPageCountsAndTheMoreFlagFollowTheLiveSet(Vendor vendor) {
        try (Sandbox sandbox = vendor.start(20, 4, clock)) {
            sandbox.changes().before(2, Change.create()).before(3, Change.delete()).before(3, Change.delete());

            ListedPage whole = vendor.page(sandbox, 2, 10);
            ListedPage grown = vendor.page(sandbox, 2, 10);
            ListedPage shrunk = vendor.page(sandbox, 2, 10);

            assertThat(List.of(whole.total(), grown.total(), shrunk.total())).containsExactly(20L, 21L, 19L);
            assertThat(List.of(whole.totalPages(), grown.totalPages(), shrunk.totalPages())).containsExactly(2, 3, 2);
            assertThat(List.of(whole.more(), grown.more(), shrunk.more())).containsExactly(false, true, false);
            assertThat(shrunk.ids()).hasSize(9);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDeletionOnAnEarlierPageShiftsTheLaterPagesBackByOne(Vendor vendor) {
        try (Sandbox sandbox = vendor.start(20, 5, clock)) {
            ListedPage page1 = vendor.page(sandbox, 1, 5);
            ListedPage page2 = vendor.page(sandbox, 2, 5);
            sandbox.changes().before(3, Change.delete(page1.ids().get(0)));

            ListedPage shifted = vendor.page(sandbox, 2, 5);

            assertThat(shifted.ids()).doesNotContain(page2.ids().get(0));
            assertThat(shifted.ids()).startsWith(page2.ids().subList(1, 5).toArray(String[]::new));
            assertThat(ids(sandbox)).doesNotContain(page1.ids().get(0)).hasSize(19);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anUpdateStampsUpdatedAtFromTheClockAtTheVendorsPrecisionAndChangesSomethingVisible(Vendor vendor) {
        try (Sandbox sandbox = vendor.start(10, 6, clock)) {
            String id = sandbox.leads().get(4).leadId();
            sandbox.changes().before(2, Change.update(id));

            JsonNode before = vendor.page(sandbox, 1, 100).lead(id).orElseThrow();
            JsonNode after = vendor.page(sandbox, 1, 100).lead(id).orElseThrow();

            assertThat(after.get(vendor.updatedAtField).asText())
                    .isEqualTo(vendor == Vendor.AUTOCALLS ? "2026-05-10 10:00:00" : "2026-05-10T10:00:00.123Z");
            assertThat(sandbox.changeLog()).containsExactly(
                    new LeadChange(LeadChange.Kind.UPDATED, id, stamp(vendor, NOW), 2));
            assertThat(without(after, vendor.updatedAtField)).isNotEqualTo(without(before, vendor.updatedAtField));
        }
    }

    private static JsonNode without(JsonNode lead, String field) {
        ObjectNode copy = ((ObjectNode) lead).deepCopy();
        copy.remove(field);
        return copy;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aLateCommitIsStampedTheLagBeforeTheClocksNow(Vendor vendor) {
        try (Sandbox sandbox = vendor.start(10, 6, clock)) {
            String id = sandbox.leads().get(2).leadId();

            LeadChange late = sandbox.changes().apply(Change.update(id).committedLate(Duration.ofMillis(1500)));

            Instant expected = vendor == Vendor.AUTOCALLS ? Instant.parse("2026-05-10T09:59:58Z")
                    : Instant.parse("2026-05-10T09:59:58.623Z");
            assertThat(late.at()).isEqualTo(expected);
            assertThat(sandbox.leads().stream().filter(l -> l.leadId().equals(id)).findFirst().orElseThrow()
                    .updatedInstant()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aRandomScriptFromOneSeedMakesTheSameChanges(Vendor vendor) {
        List<List<LeadChange>> logs = new ArrayList<>();
        List<List<String>> held = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (Sandbox sandbox = vendor.start(30, 7, clock)) {
                sandbox.changes().random(99, 0.5);
                for (int request = 0; request < 30; request++) {
                    vendor.page(sandbox, 1, 5);
                }
                logs.add(sandbox.changeLog());
                held.add(ids(sandbox));
            }
        }

        assertThat(logs.get(0)).extracting(LeadChange::kind).contains(LeadChange.Kind.values());
        assertThat(logs.get(1)).isEqualTo(logs.get(0));
        assertThat(held.get(1)).isEqualTo(held.get(0));
    }

    @Test
    void aRandomScriptWithProbabilityOneChangesOneLeadBeforeEveryRequest() {
        try (Sandbox sandbox = Vendor.TRACKING.start(10, 1, clock)) {
            sandbox.changes().random(3, 1.0);

            for (int request = 0; request < 12; request++) {
                Vendor.TRACKING.page(sandbox, 1, 5);
            }

            assertThat(sandbox.changeLog()).extracting(LeadChange::request)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        }
    }

    @Test
    void aRandomScriptWithAMaximumLagCommitsItsCreationsAndUpdatesLateByUpToThatLag() {
        try (Sandbox sandbox = Vendor.TRACKING.start(10, 1, clock)) {
            sandbox.changes().random(4, 1.0, Duration.ofSeconds(5));

            for (int request = 0; request < 20; request++) {
                Vendor.TRACKING.page(sandbox, 1, 5);
            }

            List<Instant> stamps = sandbox.changeLog().stream().filter(change -> change.kind() != LeadChange.Kind.DELETED)
                    .map(LeadChange::at).toList();
            Instant now = stamp(Vendor.TRACKING, NOW);
            assertThat(stamps).isNotEmpty().allSatisfy(at -> assertThat(at).isBetween(now.minusSeconds(5), now));
            assertThat(stamps).anySatisfy(at -> assertThat(at).isBefore(now.minusSeconds(1)));
        }
    }

    @Test
    void stopEndsTheRandomScriptAndForgetsScheduledChanges() {
        try (Sandbox sandbox = Vendor.ORGLEADS.start(10, 1, clock)) {
            sandbox.changes().random(3, 1.0).before(3, Change.create());
            Vendor.ORGLEADS.page(sandbox, 1, 5);

            sandbox.changes().stop();
            for (int request = 0; request < 5; request++) {
                Vendor.ORGLEADS.page(sandbox, 1, 5);
            }

            assertThat(sandbox.changeLog()).extracting(LeadChange::request).containsExactly(1);
            assertThat(sandbox.changes().pending()).isZero();
        }
    }

    @Test
    void aRequestTheSandboxRefusesStillCountsAndGetsItsChanges() {
        try (Sandbox sandbox = Vendor.ORGLEADS.start(5, 1, clock)) {
            sandbox.changes().before(1, Change.create());

            Http.Result refused = Http.get(sandbox.baseUrl() + "/api/v1/leads", "Authorization", "Bearer wrong");

            assertThat(refused.status()).isEqualTo(401);
            assertThat(sandbox.changeLog()).extracting(LeadChange::request).containsExactly(1);
            assertThat(Vendor.ORGLEADS.page(sandbox, 1, 100).total()).isEqualTo(6);
        }
    }

    @Test
    void octanistServesAnUpdatedLeadLastInUpdatedAtOrderAndFromItsNewStamp() {
        try (Sandbox sandbox = Vendor.TRACKING.start(30, 8, clock)) {
            String oldest = Vendor.TRACKING.page(sandbox, 1, 100, "&sort=updatedAt:asc").ids().get(0);
            sandbox.changes().before(2, Change.update(oldest));

            ListedPage ascending = Vendor.TRACKING.page(sandbox, 1, 100, "&sort=updatedAt:asc");
            ListedPage since = Vendor.TRACKING.page(sandbox, 1, 100, "&updatedAt[gte]=2026-05-10T10:00:00.123Z");
            ListedPage after = Vendor.TRACKING.page(sandbox, 1, 100, "&updatedAt[gt]=2026-05-10T10:00:00.123Z");
            ListedPage descending = Vendor.TRACKING.page(sandbox, 1, 100, "&sort=updatedAt:desc");

            assertThat(ascending.ids()).hasSize(30).endsWith(oldest);
            assertThat(since.ids()).containsExactly(oldest);
            assertThat(after.ids()).isEmpty();
            assertThat(descending.ids()).startsWith(oldest);
        }
    }

    @Test
    void nexusErpMovesAnUpdatedLeadInItsNextCallOrder() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(40).seed(9).clock(clock).start()) {
            OrgLeadsSandboxLead scheduled = sandbox.leads().stream().filter(l -> l.nextCallAt().isPresent())
                    .findFirst().orElseThrow();
            sandbox.changes().before(2, Change.update(scheduled.id()));

            List<String> before = Vendor.ORGLEADS.page(sandbox, 1, 100).ids();
            List<String> after = Vendor.ORGLEADS.page(sandbox, 1, 100).ids();

            OrgLeadsSandboxLead updated = sandbox.leads().stream().filter(l -> l.id().equals(scheduled.id()))
                    .findFirst().orElseThrow();
            assertThat(updated.nextCallAt()).isNotEqualTo(scheduled.nextCallAt());
            assertThat(after.indexOf(scheduled.id())).isNotEqualTo(before.indexOf(scheduled.id()));
            assertThat(after).containsExactlyElementsOf(ids(sandbox));
        }
    }

    @Test
    void autocallsGivesANewLeadTheNextIdOfTheSequenceNeverADeletedOneAndListsItLast() {
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(20).seed(10).clock(clock).start()) {
            long highest = sandbox.leads().stream().flatMap(lead -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(lead.id()), lead.secondaryContacts().stream()
                            .map(AutocallsSandboxLead.SecondaryContact::id))).mapToLong(Long::longValue).max().orElseThrow();
            sandbox.changes().apply(Change.delete(sandbox.leads().get(19).leadId()));

            LeadChange created = sandbox.changes().apply(Change.create());

            assertThat(created.id()).isEqualTo(Long.toString(highest + 1));
            assertThat(Vendor.AUTOCALLS.page(sandbox, 2, 10).ids()).endsWith(created.id());
        }
    }

    @Test
    void aSnapshotOfTheLeadsDoesNotChangeWithTheSandbox() {
        try (Sandbox sandbox = Vendor.AUTOCALLS.start(5, 1, clock)) {
            List<? extends SandboxLead> snapshot = sandbox.leads();

            sandbox.changes().apply(Change.create());

            assertThat(snapshot).hasSize(5);
            assertThat(sandbox.leads()).hasSize(6);
        }
    }

    @Test
    void concurrentRequestsEachSeeExactlyTheChangesDueBeforeThem() throws Exception {
        try (Sandbox sandbox = Vendor.AUTOCALLS.start(10, 1, clock)) {
            for (int request = 1; request <= 40; request++) {
                sandbox.changes().before(request, Change.create());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Long>> totals = new ArrayList<>();
                for (int request = 0; request < 40; request++) {
                    totals.add(pool.submit(() -> Vendor.AUTOCALLS.page(sandbox, 1, 1).total()));
                }
                List<Long> seen = new ArrayList<>();
                for (Future<Long> total : totals) {
                    seen.add(total.get());
                }

                assertThat(seen).containsExactlyInAnyOrderElementsOf(longs(11, 50));
                assertThat(sandbox.changeLog()).extracting(LeadChange::request)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static List<Long> longs(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void aScheduledChangeWhoseLeadIsGoneFailsItsRequestWithTheVendors500() {
        try (Sandbox sandbox = Vendor.TRACKING.start(5, 1, clock)) {
            String id = sandbox.leads().get(0).leadId();
            sandbox.changes().before(2, Change.delete(id)).before(3, Change.update(id));

            Vendor.TRACKING.page(sandbox, 1, 5);
            Vendor.TRACKING.page(sandbox, 1, 5);
            Http.Result third = Http.get(sandbox.baseUrl() + "/leads", "X-API-KEY", sandbox.apiKey());

            assertThat(third.status()).isEqualTo(500);
            assertThat(third.json().get("error").get("message").asText()).contains(id);
        }
    }

    @Test
    void aChangeBeforeARequestAlreadyReceivedIsRefused() {
        try (Sandbox sandbox = Vendor.AUTOCALLS.start(5, 1, clock)) {
            Vendor.AUTOCALLS.page(sandbox, 1, 5);

            assertThatThrownBy(() -> sandbox.changes().before(1, Change.create()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestNumber");
            assertThatThrownBy(() -> sandbox.changes().before(0, Change.create()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestNumber");
        }
    }

    @Test
    void aChangeNamingALeadTheSandboxDoesNotHoldIsRefused() {
        try (Sandbox sandbox = Vendor.ORGLEADS.start(5, 1, clock)) {
            assertThatThrownBy(() -> sandbox.changes().apply(Change.update("65f0nothere")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65f0nothere");
            assertThatThrownBy(() -> sandbox.changes().before(3, Change.delete("65f0nothere")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65f0nothere");
            assertThat(sandbox.changeLog()).isEmpty();
        }
    }

    @Test
    void badScriptsAreRefusedNamingTheParameter() {
        try (Sandbox sandbox = Vendor.TRACKING.start(0, 1, clock)) {
            assertThatThrownBy(() -> sandbox.changes().random(1, 1.5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perRequest");
            assertThatThrownBy(() -> sandbox.changes().random(1, 0.5, Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLag");
            assertThatThrownBy(() -> Change.update().committedLate(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lag");
            assertThatThrownBy(() -> Change.delete().committedLate(Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> sandbox.changes().apply(Change.update()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no lead");
        }
    }
}
