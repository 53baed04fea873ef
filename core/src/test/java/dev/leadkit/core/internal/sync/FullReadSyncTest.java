package dev.leadkit.core.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.LeadSync;
import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.ServerException;
import dev.leadkit.core.SyncCheckpoint;
import dev.leadkit.core.SyncIncompleteException;
import dev.leadkit.core.SyncRun;
import dev.leadkit.core.internal.dialect.TestVendor;
import dev.leadkit.core.internal.dialect.TestVendor.TestLead;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sync of a vendor read in full (core's test vendor, which can neither filter nor sort by update time),
 * over HTTP, against leads that move between requests.
 */
class FullReadSyncTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private final MovingVendor vendor = new MovingVendor();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final SyncEvents listener = new SyncEvents();
    private final List<Object> events = listener.told();
    private TestVendor.Client client;

    /** A clock the vendor's script moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void start() throws IOException {
        for (String id : List.of("a", "b", "c", "d", "e", "f", "g")) {
            vendor.add(id, T0.plus(Duration.ofMinutes(id.charAt(0) - 'a')));
        }
        server.setDispatcher(vendor);
        server.start();
        client = TestVendor.Client.builder().apiKey("12|key").baseUrl(server.url("/api").toString())
                .maxRetries(0).clock(clock).listener(listener).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static List<String> ids(SyncRun<TestLead> run) {
        return run.stream().map(TestLead::id).toList();
    }

    private SyncCheckpoint firstCheckpoint() {
        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            run.stream().forEach(lead -> { });
            return run.checkpoint();
        }
    }

    @Test
    void allDeliversEveryLeadOnceAndChecksItAgainstTheVendorsTotal() {
        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "d", "e", "f", "g");
            assertThat(run.pagesRead()).isEqualTo(3);
            assertThat(run.leadsDelivered()).isEqualTo(7);
            assertThat(run.checkpoint().watermark()).hasValue(T0.plus(Duration.ofMinutes(6)));
        }
        assertThat(vendor.requests()).isEqualTo(3);
    }

    @Test
    void aRunFromACheckpointDeliversWhatWasUpdatedSinceAndWhatTheOverlapReReads() {
        SyncCheckpoint checkpoint = firstCheckpoint();
        vendor.update("b", checkpoint.watermark().orElseThrow().plusSeconds(30));

        try (SyncRun<TestLead> run = client.leads().sync().since(checkpoint)) {
            // g was updated at the watermark itself: within the overlap, so delivered again
            assertThat(ids(run)).containsExactly("b", "g");
        }
    }

    @Test
    void aLongerOverlapReReadsFurtherBack() {
        SyncCheckpoint checkpoint = firstCheckpoint();

        try (SyncRun<TestLead> run = client.leads().sync().overlap(Duration.ofMinutes(2)).since(checkpoint)) {
            assertThat(ids(run)).containsExactly("e", "f", "g");
        }
    }

    @Test
    void aLeadSkippedBecauseAnEarlierLeadWasDeletedIsReadByASecondPass() {
        vendor.before(2, () -> vendor.delete("a")); // d moves from page 2 to page 1, already read

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "e", "f", "g", "d");
            assertThat(run.checkpoint()).isNotNull();
            assertThat(run.pagesRead()).isEqualTo(4);
        }
        assertThat(events).singleElement().isInstanceOfSatisfying(LeadkitListener.SyncEnded.class,
                end -> assertThat(end.passes()).isEqualTo(2));
    }

    @Test
    void aLeadSkippedBecauseAnotherMovedBehindItIsReadByASecondPass() {
        Instant later = T0.plus(Duration.ofHours(1));
        vendor.before(2, () -> vendor.updateToBack("b", later)); // d moves onto page 1, b to the end

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "e", "f", "g", "b", "d");
            assertThat(run.checkpoint().watermark()).hasValue(later);
        }
    }

    @Test
    void aTotalThatFallsFromOnePageToTheNextIsReadAgainEvenWhenTheCountAddsUp() {
        vendor.before(2, () -> vendor.add("h", T0.plus(Duration.ofHours(1))));  // on the last page: 8 leads
        vendor.before(3, () -> vendor.delete("a"));                              // g moves onto page 2, read

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            // the first read found a b c d e f h: 7 distinct, as many as its first page's total, yet g was skipped
            assertThat(ids(run)).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f", "g", "h");
            assertThat(run.pagesRead()).isEqualTo(6);
        }
    }

    @Test
    void aLeadMetAgainInANewerVersionIsReadAgainEvenWhenTheCountAddsUp() {
        Instant later = T0.plus(Duration.ofHours(1));
        vendor.before(2, () -> {
            vendor.add("h", later);          // the count stays at 7 distinct...
            vendor.updateToBack("b", later); // ...though d moves onto page 1, read, and b behind it
        });

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).contains("d");
        }
        assertThat(events).singleElement().isInstanceOfSatisfying(LeadkitListener.SyncEnded.class,
                end -> assertThat(end.passes()).isEqualTo(2));
    }

    @Test
    void aSecondPassDoesNotDeliverAgainWhatItAlreadyDelivered() {
        vendor.before(2, () -> vendor.delete("a"));

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).doesNotHaveDuplicates();
        }
    }

    @Test
    void aRunWhosePagesShiftOnEveryPassFailsWithoutACheckpoint() {
        vendor.before(2, () -> vendor.delete("a")).before(4, () -> vendor.delete("b"));

        SyncRun<TestLead> run = client.leads().sync().maxPasses(2).all();
        Iterator<TestLead> leads = run.iterator();
        assertThatThrownBy(() -> leads.forEachRemaining(lead -> { }))
                .isInstanceOf(SyncIncompleteException.class)
                .hasMessageContaining("each of 2 reads may have skipped a lead")
                .hasMessageContaining("[6, 5]");
        assertThatThrownBy(run::checkpoint).isInstanceOf(IllegalStateException.class).hasMessageContaining("failed");
        assertThat(events).singleElement().isInstanceOf(LeadkitListener.SyncFailed.class);
    }

    @Test
    void theCheckpointIsTheNewestUpdateLessTheTimeTheLastPassTook() {
        vendor.before(2, () -> clock.advance(Duration.ofSeconds(90)));

        assertThat(firstCheckpoint().watermark()).hasValue(T0.plus(Duration.ofMinutes(6)).minusSeconds(90));
    }

    @Test
    void aRunThatReadsNothingNewerKeepsTheCheckpointItStartedFrom() {
        SyncCheckpoint future = SyncCheckpoint.of(TestVendor.PLATFORM.id(), firstCheckpoint().queryFingerprint(),
                Optional.of(T0.plus(Duration.ofDays(1))));

        try (SyncRun<TestLead> run = client.leads().sync().since(future)) {
            assertThat(ids(run)).isEmpty();
            assertThat(run.checkpoint()).isEqualTo(future);
        }
    }

    @Test
    void prefetchingReadsTheSameLeads() {
        vendor.before(2, () -> vendor.delete("a"));

        try (SyncRun<TestLead> run = client.leads().sync().prefetch(4).all()) {
            assertThat(ids(run)).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f", "g");
            assertThat(run.checkpoint().watermark()).hasValue(T0.plus(Duration.ofMinutes(6)));
        }
    }

    @Test
    void theCheckpointIsRefusedBeforeTheLastLeadWasRead() {
        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            Iterator<TestLead> leads = run.iterator();
            leads.next();
            assertThatThrownBy(run::checkpoint).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not been read to the end");
        }
    }

    @Test
    void aRunThatFailsHasNoCheckpointAndTheListenerIsTold() {
        vendor.failing(2, 500);

        SyncRun<TestLead> run = client.leads().sync().all();
        assertThatThrownBy(() -> run.stream().forEach(lead -> { })).isInstanceOf(ServerException.class);
        assertThatThrownBy(run::checkpoint).isInstanceOf(IllegalStateException.class).hasMessageContaining("failed");
        assertThat(events).singleElement().isInstanceOfSatisfying(LeadkitListener.SyncFailed.class,
                failed -> assertThat(failed.leads()).isEqualTo(3));
    }

    @Test
    void aRetriedRunFromTheOldCheckpointLosesNothing() {
        SyncCheckpoint checkpoint = firstCheckpoint();
        Instant later = checkpoint.watermark().orElseThrow().plusSeconds(60);
        vendor.update("a", later);
        vendor.update("e", later);
        vendor.failing(vendor.requests() + 2, 500);

        SyncRun<TestLead> failed = client.leads().sync().since(checkpoint);
        assertThatThrownBy(() -> failed.stream().forEach(lead -> { })).isInstanceOf(ServerException.class);
        try (SyncRun<TestLead> retried = client.leads().sync().since(checkpoint)) {
            assertThat(ids(retried)).contains("a", "e");
        }
    }

    @Test
    void theListenerHearsARunsEndWithItsCheckpoint() {
        SyncCheckpoint checkpoint = firstCheckpoint();

        assertThat(events).singleElement().isEqualTo(new LeadkitListener.SyncEnded(TestVendor.PLATFORM, 3, 1, 7,
                checkpoint));
    }

    @Test
    void aRunIsReadOnce() {
        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            run.stream().forEach(lead -> { });
            assertThatThrownBy(run::stream).isInstanceOf(IllegalStateException.class).hasMessageContaining("read once");
        }
    }

    @Test
    void aCheckpointOfAnotherPlatformIsRefused() {
        SyncCheckpoint other = SyncCheckpoint.of("tracking", firstCheckpoint().queryFingerprint(), Optional.empty());

        assertThatThrownBy(() -> client.leads().sync().since(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checkpoint was made by a sync of platform tracking, not of this sync's test-vendor");
    }

    @Test
    void aCheckpointOfAnotherQueryIsRefused() {
        SyncCheckpoint everything = firstCheckpoint();
        LeadSync<TestLead> won = client.leads().sync(TestVendor.Query.status("won"));

        assertThatThrownBy(() -> won.since(everything)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checkpoint was made by a sync of another query (query "
                        + everything.queryFingerprint() + ", this sync's is ");
    }

    @Test
    void aClosedClientRefusesANewRun() {
        LeadSync<TestLead> sync = client.leads().sync();
        client.close();

        assertThatThrownBy(sync::all).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void settingsOutOfRangeAreRefusedNamingTheirBounds() {
        LeadSync<TestLead> sync = client.leads().sync();

        assertThatThrownBy(() -> sync.prefetch(65)).hasMessage("pages must be between 1 and 64, got 65");
        assertThatThrownBy(() -> sync.maxPasses(0)).hasMessage("passes must be between 1 and 10, got 0");
        assertThatThrownBy(() -> sync.overlap(Duration.ofSeconds(-1)))
                .hasMessage("overlap must be between 0 and PT24H, got PT-1S");
    }
}
