package dev.leadkit.core.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.LeadkitListener;
import dev.leadkit.core.RunawayListingException;
import dev.leadkit.core.SyncCheckpoint;
import dev.leadkit.core.SyncIncompleteException;
import dev.leadkit.core.SyncRun;
import dev.leadkit.core.internal.dialect.TestVendor.TestLead;
import dev.leadkit.core.internal.sync.FullReadSyncTest.MovableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sync of a vendor that filters and sorts by update time (a keyset walk), over HTTP, against leads that
 * change between requests.
 */
class KeysetSyncTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private final KeysetVendor vendor = new KeysetVendor();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final SyncEvents listener = new SyncEvents();
    private final List<Object> events = listener.told();
    private KeysetVendor.Client client;

    private static Instant minute(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(vendor);
        server.start();
        client = KeysetVendor.Client.builder().apiKey("12|key").baseUrl(server.url("/api").toString())
                .maxRetries(0).clock(clock).listener(listener).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    /** Leads a to g, updated one minute apart from T0. */
    private void sevenLeads() {
        for (String id : List.of("a", "b", "c", "d", "e", "f", "g")) {
            vendor.put(id, minute(id.charAt(0) - 'a'));
        }
    }

    private static List<String> ids(SyncRun<TestLead> run) {
        return run.stream().map(TestLead::id).toList();
    }

    private List<String> asked(String parameter) {
        return vendor.asked().stream().map(params -> params.getOrDefault(parameter, "-")).toList();
    }

    private SyncCheckpoint firstCheckpoint() {
        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            run.stream().forEach(lead -> { });
            return run.checkpoint();
        }
    }

    private int passes() {
        return events.stream().filter(LeadkitListener.SyncEnded.class::isInstance)
                .map(LeadkitListener.SyncEnded.class::cast).reduce((first, second) -> second).orElseThrow().passes();
    }

    @Test
    void aFirstRunReadsPageOneFromEachWatermarkOldestFirst() {
        sevenLeads();

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "d", "e", "f", "g");
            assertThat(run.pagesRead()).isEqualTo(3);
        }
        assertThat(asked("page")).containsExactly("1", "1", "1");
        assertThat(asked("sort")).containsOnly("updatedAt:asc");
        assertThat(asked("updatedAt[gte]")).containsExactly("-", minute(2).toString(), minute(4).toString());
        assertThat(asked("updatedAt[gt]")).containsOnly("-");
    }

    @Test
    void theCheckpointsWatermarkIsTheNewestUpdateDelivered() {
        sevenLeads();

        assertThat(firstCheckpoint().watermark()).hasValue(minute(6));
    }

    @Test
    void leadsOfTheWatermarksInstantAlreadyDeliveredAreLeftOutOfTheNextPage() {
        vendor.put("a", minute(0)).put("b", minute(1)).put("c", minute(2)).put("d", minute(2)).put("e", minute(3));
        vendor.put("f", minute(4));

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            // page 2 starts with c again (from minute 2 inclusive): c is not delivered twice, d is delivered
            assertThat(ids(run)).containsExactly("a", "b", "c", "d", "e", "f");
        }
        assertThat(asked("updatedAt[gte]")).containsExactly("-", minute(2).toString(), minute(3).toString());
    }

    @Test
    void aLeadOfTheWatermarksInstantNotYetDeliveredIsDelivered() {
        vendor.put("a", minute(0)).put("b", minute(1)).put("d", minute(2)).put("e", minute(3)).put("f", minute(4));
        vendor.before(2, () -> vendor.put("c", minute(2))); // joins the watermark's instant after d was delivered

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "d", "c", "e", "f");
        }
    }

    @Test
    void aLeadUpdatedDuringTheRunIsDeliveredAgainInItsNewVersion() {
        sevenLeads();
        vendor.before(2, () -> vendor.put("a", minute(10)));

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            List<TestLead> leads = run.stream().toList();
            assertThat(leads).extracting(TestLead::id).containsExactly("a", "b", "c", "d", "e", "f", "g", "a");
            assertThat(leads.get(7).updatedAt()).hasValue(minute(10));
            assertThat(run.checkpoint().watermark()).hasValue(minute(10));
        }
    }

    /** a at minute 0, b to f at minute 1 (more than a page), g at minute 2. */
    private void aTieLargerThanAPage() {
        vendor.put("a", minute(0)).put("g", minute(2));
        for (String id : List.of("b", "c", "d", "e", "f")) {
            vendor.put(id, minute(1));
        }
    }

    @Test
    void anInstantWithMoreLeadsThanAPageIsReadByPageNumberThenTheWalkGoesOnStrictlyAfterIt() {
        aTieLargerThanAPage();

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "d", "e", "f", "g");
            assertThat(run.pagesRead()).isEqualTo(5);
        }
        String tie = minute(1).toString();
        assertThat(asked("page")).containsExactly("1", "1", "1", "2", "1");
        assertThat(asked("updatedAt[gte]")).containsExactly("-", tie, tie, tie, "-");
        assertThat(asked("updatedAt[lte]")).containsExactly("-", "-", tie, tie, "-");
        assertThat(asked("updatedAt[gt]")).containsExactly("-", "-", "-", "-", tie);
        assertThat(passes()).isEqualTo(1);
    }

    @Test
    void aLeadThatJoinsATieOnAnAlreadyReadPageIsFoundByAnotherPass() {
        aTieLargerThanAPage();
        vendor.before(4, () -> vendor.put("b0", minute(1))); // sorts first: f moves to page 2, b0 is on page 1

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "d", "e", "f", "b0", "g");
            assertThat(run.pagesRead()).isEqualTo(7);
        }
        assertThat(asked("page")).containsExactly("1", "1", "1", "2", "1", "2", "1");
        assertThat(passes()).isEqualTo(2);
    }

    @Test
    void aTieThatFallsShortOfTheVendorsCountIsReReadUpToMaxPassesThenTheRunIsIncomplete() {
        aTieLargerThanAPage();
        vendor.overcountInstants(1);

        try (SyncRun<TestLead> run = client.leads().sync().maxPasses(2).all()) {
            assertThatThrownBy(() -> run.stream().forEach(lead -> { }))
                    .isInstanceOf(SyncIncompleteException.class)
                    .hasMessageContaining("counts 6 leads updated at " + minute(1))
                    .hasMessageContaining("2 reads of them found 5");
        }
        assertThat(asked("page")).containsExactly("1", "1", "1", "2", "1", "2");
    }

    @Test
    void aLeadOfAnotherInstantInATiesAnswerIsRefused() {
        aTieLargerThanAPage();
        vendor.answer(3, "{\"data\":[" + KeysetVendor.lead("x", minute(5)) + "],\"has_more\":false}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThatThrownBy(() -> run.stream().forEach(lead -> { }))
                    .isInstanceOf(RunawayListingException.class)
                    .hasMessageContaining("updated at " + minute(1) + " with a lead updated at " + minute(5));
        }
    }

    @Test
    void aPageOutOfUpdateOrderIsRefused() {
        vendor.answer(1, "{\"data\":[" + KeysetVendor.lead("a", minute(1)) + "," + KeysetVendor.lead("b", minute(0))
                + "],\"has_more\":false}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThatThrownBy(() -> run.stream().forEach(lead -> { }))
                    .isInstanceOf(RunawayListingException.class)
                    .hasMessageContaining("not in update order: " + minute(0) + " follows " + minute(1));
        }
    }

    @Test
    void aPageStartingBeforeTheWatermarkIsRefused() {
        sevenLeads();
        vendor.answer(2, "{\"data\":[" + KeysetVendor.lead("b", minute(1)) + "],\"has_more\":false}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThatThrownBy(() -> run.stream().forEach(lead -> { }))
                    .isInstanceOf(RunawayListingException.class)
                    .hasMessageContaining("from " + minute(2) + " with a lead updated at " + minute(1));
        }
    }

    @Test
    void aPageStartingAtAnInstantTheWalkHasPassedIsRefused() {
        aTieLargerThanAPage();
        vendor.answer(5, "{\"data\":[" + KeysetVendor.lead("f", minute(1)) + "],\"has_more\":false}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThatThrownBy(() -> run.stream().forEach(lead -> { }))
                    .isInstanceOf(RunawayListingException.class)
                    .hasMessageContaining("after " + minute(1) + " with a lead updated at " + minute(1));
        }
    }

    @Test
    void anEmptyPageSayingMoreFollowIsARunawayListing() {
        vendor.answer(1, "{\"data\":[],\"has_more\":true,\"total\":3}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThatThrownBy(() -> run.stream().forEach(lead -> { }))
                    .isInstanceOf(RunawayListingException.class)
                    .hasMessageContaining("empty first page");
        }
    }

    @Test
    void aLeadWithoutAnUpdateTimeIsRefused() {
        vendor.answer(1, "{\"data\":[{\"id\":\"a\"}],\"has_more\":false}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThatThrownBy(() -> run.stream().forEach(lead -> { }))
                    .isInstanceOf(RunawayListingException.class)
                    .hasMessageContaining("lead a without its update time");
        }
    }

    @Test
    void theWatermarkIsNeverLaterThanTheClientsClockWhenTheWalkEnded() {
        sevenLeads();
        Instant now = clock.instant();
        vendor.put("g", now.plus(Duration.ofHours(1))); // stamped in the vendor's future

        assertThat(firstCheckpoint().watermark()).hasValue(now);
    }

    @Test
    void theClockIsReadWhenTheWalkEndsNotWhenItStarts() {
        sevenLeads();
        Instant now = clock.instant();
        vendor.put("g", now.plus(Duration.ofHours(1)));
        vendor.before(3, () -> clock.advance(Duration.ofMinutes(5)));

        assertThat(firstCheckpoint().watermark()).hasValue(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aRunFromACheckpointAsksFromTheWatermarkLessTheOverlap() {
        sevenLeads();
        SyncCheckpoint checkpoint = firstCheckpoint();
        vendor.asked().clear();

        try (SyncRun<TestLead> run = client.leads().sync().overlap(Duration.ofMinutes(2)).since(checkpoint)) {
            assertThat(ids(run)).containsExactly("e", "f", "g");
        }
        assertThat(vendor.asked()).first().satisfies(params ->
                assertThat(params).containsEntry("updatedAt[gte]", minute(4).toString()));
    }

    @Test
    void theWatermarkIsNeverEarlierThanTheOneTheRunStartedFrom() {
        sevenLeads();
        SyncCheckpoint checkpoint = firstCheckpoint();
        vendor.delete("g");

        try (SyncRun<TestLead> run = client.leads().sync().overlap(Duration.ofMinutes(2)).since(checkpoint)) {
            assertThat(ids(run)).containsExactly("e", "f");
            assertThat(run.checkpoint().watermark()).hasValue(minute(6));
        }
    }

    @Test
    void aRunThatDeliversNothingKeepsNoWatermarkOfItsOwn() {
        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).isEmpty();
            assertThat(run.pagesRead()).isEqualTo(1);
            assertThat(run.checkpoint().watermark()).isEmpty();
        }
    }

    @Test
    void aLeadDeliveredAtTheWatermarkAndUpdatedBeforeTheNextPageIsDeliveredAgain() {
        vendor.put("a", minute(0)).put("b", minute(1)).put("c", minute(2)).put("d", minute(3)).put("e", minute(4));
        vendor.before(2, () -> vendor.put("c", minute(10))); // c was delivered at the watermark's instant

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "d", "e", "c");
        }
    }

    @Test
    void leadsOfATieDeliveredBeforeTheTieWasMetAreNotDeliveredAgainWhateverOrderTheVendorGivesTheInstant() {
        aTieLargerThanAPage();
        // the vendor orders the instant's leads differently for the page that meets the tie: b and c, delivered
        // on page 1, are not on it, but are on the instant's own first page
        vendor.answer(2, "{\"data\":[" + KeysetVendor.lead("f", minute(1)) + "," + KeysetVendor.lead("e", minute(1))
                + "," + KeysetVendor.lead("d", minute(1)) + "],\"has_more\":true}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "f", "e", "d", "g");
        }
    }

    @Test
    void leadsDeliveredAtAnEarlierInstantDoNotCountTowardATiesTotal() {
        vendor.put("a", minute(0)).put("b", minute(1)).put("c", minute(2)).put("i", minute(4));
        for (String id : List.of("d", "e", "f", "g", "h")) {
            vendor.put(id, minute(3));
        }
        vendor.before(2, () -> vendor.put("c", minute(10))); // leaves the watermark's instant (minute 2)
        vendor.overcountInstants(1); // minute 3 counts 6 leads, 5 can be read

        try (SyncRun<TestLead> run = client.leads().sync().maxPasses(1).all()) {
            assertThatThrownBy(() -> run.stream().forEach(lead -> { }))
                    .isInstanceOf(SyncIncompleteException.class)
                    .hasMessageContaining("1 reads of them found 5");
        }
    }

    @Test
    void aTiesPageNumberStopsAtTheVendorsPageCountEvenWhenItSaysMoreFollow() {
        aTieLargerThanAPage();
        vendor.answer(4, "{\"data\":[" + KeysetVendor.lead("e", minute(1)) + "," + KeysetVendor.lead("f", minute(1))
                + "],\"has_more\":true,\"total\":5,\"pages\":2,\"page\":2}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "d", "e", "f", "g");
        }
        assertThat(asked("page")).containsExactly("1", "1", "1", "2", "1");
    }

    @Test
    void anEmptyPageOfATieEndsThatReadOfItEvenWhenItSaysMoreFollow() {
        aTieLargerThanAPage();
        vendor.answer(4, "{\"data\":[],\"has_more\":true,\"total\":5}");

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("a", "b", "c", "d", "e", "f", "g");
        }
        assertThat(asked("page")).containsExactly("1", "1", "1", "2", "1", "2", "1");
        assertThat(passes()).isEqualTo(2);
    }

    @Test
    void aFirstPageOfOneInstantIsReadAsATie() {
        for (String id : List.of("b", "c", "d", "e", "f")) {
            vendor.put(id, minute(1));
        }
        vendor.put("g", minute(2));

        try (SyncRun<TestLead> run = client.leads().sync().all()) {
            assertThat(ids(run)).containsExactly("b", "c", "d", "e", "f", "g");
        }
        assertThat(asked("updatedAt[gt]")).containsExactly("-", "-", "-", minute(1).toString());
    }

    @Test
    void closingARunFromAnotherThreadCancelsItsRequestInFlightAndAsksForNoMore() throws Exception {
        sevenLeads();
        CountDownLatch secondAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        vendor.before(2, () -> {
            secondAsked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        SyncRun<TestLead> run = client.leads().sync().all();
        CompletableFuture<List<String>> reading = CompletableFuture.supplyAsync(() -> ids(run));
        try {
            assertThat(secondAsked.await(10, TimeUnit.SECONDS)).as("the second request reached the vendor").isTrue();

            run.close();

            // the vendor still holds the second request: the reader ends because its call was cancelled
            assertThatThrownBy(() -> reading.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            assertThatThrownBy(run::checkpoint).isInstanceOf(IllegalStateException.class);
        } finally {
            release.countDown();
        }
        assertThat(vendor.asked()).hasSizeLessThanOrEqualTo(2);
    }
}
