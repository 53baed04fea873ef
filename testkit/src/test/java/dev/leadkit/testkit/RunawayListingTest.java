package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leadkit.core.Lead;
import dev.leadkit.core.PagedIterable;
import dev.leadkit.core.RunawayListingException;
import dev.leadkit.testkit.DialectFixture.Listing;
import dev.leadkit.testkit.DialectFixture.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that would keep a listing going for ever ends it in a {@link RunawayListingException} after a
 * bounded number of requests, with every lead of the pages it sent delivered first; a listing that only
 * changes while it is read ends as it should. Each situation is written by every {@link DialectFixture} in
 * its vendor's envelope, served by mockwebserver3 and read by the real client, in four ways: sequential,
 * {@code prefetch(4)}, {@code distinctById()}, and both.
 */
@DisplayName("A runaway server ends the listing; a changing listing does not")
class RunawayListingTest {

    private static final int PREFETCH = 4;

    /** One way to read a listing. */
    enum Mode {
        SEQUENTIAL(listing -> listing),
        PREFETCH_4(listing -> listing.prefetch(PREFETCH)),
        DISTINCT_BY_ID(PagedIterable::distinctById),
        DISTINCT_BY_ID_PREFETCH_4(listing -> listing.distinctById().prefetch(PREFETCH));

        private final UnaryOperator<PagedIterable<? extends Lead>> apply;

        Mode(UnaryOperator<PagedIterable<? extends Lead>> apply) {
            this.apply = apply;
        }

        boolean distinct() {
            return this == DISTINCT_BY_ID || this == DISTINCT_BY_ID_PREFETCH_4;
        }

        boolean prefetching() {
            return this == PREFETCH_4 || this == DISTINCT_BY_ID_PREFETCH_4;
        }
    }

    static Stream<Arguments> dialectsAndModes() {
        return DialectFixture.all().stream().flatMap(dialect -> Stream.of(Mode.values())
                .map(mode -> Arguments.of(dialect, mode)));
    }

    static Stream<Arguments> dialectsWhoseFlagWinsAndModes() {
        return dialectsAndModes().filter(arguments -> ((DialectFixture) arguments.get()[0]).flagWinsOverPageCount());
    }

    static Stream<Arguments> dialectsAndReadings() {
        return DialectFixture.all().stream().flatMap(dialect -> Stream.of(
                Arguments.of(dialect, Named.of("sequential", Mode.SEQUENTIAL)),
                Arguments.of(dialect, Named.of("prefetch(4)", Mode.PREFETCH_4))));
    }

    /** What a walk delivered, and how it ended. */
    record Outcome(List<String> ids, Throwable failure) {

        List<String> distinctIds() {
            return ids.stream().distinct().toList();
        }

        RunawayListingException runaway() {
            assertThat(failure).isInstanceOf(RunawayListingException.class);
            return (RunawayListingException) failure;
        }
    }

    private static Outcome read(DialectFixture dialect, Listing server, Mode mode) {
        return read(dialect, server, mode, listing -> listing);
    }

    private static Outcome read(DialectFixture dialect, Listing server, Mode mode,
            UnaryOperator<PagedIterable<? extends Lead>> start) {
        List<String> ids = new ArrayList<>();
        Throwable failure = catchThrowable(() -> dialect.read(server, listing -> {
            mode.apply.apply(start.apply(listing)).forEach(lead -> ids.add(lead.id()));
            return null;
        }));
        return new Outcome(ids, failure);
    }

    /** Two fresh ids a page: page n holds {@code 1000 + 2n} and {@code 1001 + 2n}. */
    private static String[] freshIds(int page) {
        return new String[] {Integer.toString(1000 + 2 * page), Integer.toString(1001 + 2 * page)};
    }

    private static List<String> freshIdsOfPages(int first, int last) {
        return IntStream.rangeClosed(first, last).boxed().flatMap(page -> Stream.of(freshIds(page))).toList();
    }

    /**
     * The walk asked for every page up to {@code lastRead} once, and for none past it, or when prefetching
     * none past the {@value #PREFETCH} pages ahead of it (prefetched pages reach the server in any order).
     */
    private static void requestedAtMost(Listing server, Mode mode, int lastRead) {
        List<Integer> requested = server.requestedPages();
        int bound = mode.prefetching() ? lastRead + PREFETCH : lastRead;
        assertThat(requested).allSatisfy(page -> assertThat(page).isBetween(1, bound));
        assertThat(requested).containsAll(IntStream.rangeClosed(1, lastRead).boxed().toList());
        assertThat(requested).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndModes")
    void aServerSendingTheSamePageForEveryNumberStopsAfterThreeRepeats(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            server.everyPage(dialect.page(Signals.nothing().more(true), "101", "102"));

            Outcome outcome = read(dialect, server, mode);

            RunawayListingException e = outcome.runaway();
            assertThat(e).hasMessageContaining("pages 2 to 4 each held exactly the leads of an earlier page")
                    .hasMessageContaining("ignore the page parameter");
            assertThat(e.page()).hasValue(5);
            assertThat(outcome.distinctIds()).containsExactly("101", "102");
            assertThat(outcome.ids()).hasSize(mode.distinct() ? 2 : 8);
            requestedAtMost(server, mode, 4);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndModes")
    void aServerAlternatingTwoPagesStopsAfterThreeRepeats(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            server.generated(page -> page % 2 == 1 ? dialect.page(Signals.page(page).more(true), "101", "102")
                    : dialect.page(Signals.page(page).more(true), "103", "104"));

            Outcome outcome = read(dialect, server, mode);

            RunawayListingException e = outcome.runaway();
            assertThat(e).hasMessageContaining("pages 3 to 5 each held exactly the leads of an earlier page");
            assertThat(e.page()).hasValue(6);
            assertThat(outcome.distinctIds()).containsExactly("101", "102", "103", "104");
            requestedAtMost(server, mode, 5);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndModes")
    void emptyPagesThatSayMoreFollowStopAfterAHundredInARow(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            server.page(1, dialect.page(Signals.page(1).more(true), "101"))
                    .generated(page -> dialect.page(Signals.page(page).more(true)));

            Outcome outcome = read(dialect, server, mode);

            RunawayListingException e = outcome.runaway();
            assertThat(e).hasMessageContaining("100 pages in a row (pages 2 to 101) brought no new lead while the"
                    + " server said more follow");
            assertThat(e.page()).hasValue(102);
            assertThat(outcome.ids()).containsExactly("101");
            requestedAtMost(server, mode, 101);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndModes")
    void aPageCountThatGrowsAsFastAsTheListingIsReadStopsAfterAHundredPages(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            server.generated(page -> dialect.page(Signals.page(page).pageCount(page + 1), freshIds(page)));

            Outcome outcome = read(dialect, server, mode);

            RunawayListingException e = outcome.runaway();
            assertThat(e).hasMessageContaining("100 pages were read since page 1 and the server's page count grew as"
                    + " fast: page 101 of 102");
            assertThat(e.page()).hasValue(102);
            assertThat(outcome.ids()).containsExactlyElementsOf(freshIdsOfPages(1, 101));
            requestedAtMost(server, mode, 101);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsWhoseFlagWinsAndModes")
    void aFlagSayingMoreFollowFarPastThePageCountStopsAHundredPagesPastIt(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            server.generated(page -> dialect.page(Signals.page(page).more(true).pageCount(3), freshIds(page)));

            Outcome outcome = read(dialect, server, mode);

            RunawayListingException e = outcome.runaway();
            assertThat(e).hasMessageContaining("page 103 says more follow, 100 pages past the server's own page count"
                    + " of 3");
            assertThat(e.page()).hasValue(104);
            assertThat(outcome.ids()).containsExactlyElementsOf(freshIdsOfPages(1, 103));
            requestedAtMost(server, mode, 103);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndModes")
    void freshLeadsFarBeyondTheServersTotalStopWhenAHundredPagesMoreCouldNotHoldThem(DialectFixture dialect,
            Mode mode) {
        try (Listing server = new Listing()) {
            server.generated(page -> dialect.page(Signals.page(page).more(true).total(10), freshIds(page)));

            Outcome outcome = read(dialect, server, mode);

            // 10 + 100 pages of 2 = 210 leads at most: page 106 brings the 212th
            RunawayListingException e = outcome.runaway();
            assertThat(e).hasMessageContaining("the server sent 212 leads by page 106, more than its total of 10 and"
                    + " 100 further pages could hold");
            assertThat(e.page()).hasValue(107);
            assertThat(outcome.ids()).containsExactlyElementsOf(freshIdsOfPages(1, 106));
            requestedAtMost(server, mode, 106);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndModes")
    void aPageAfterPageIntegerMaxValueIsNeverRequested(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            server.generated(page -> dialect.page(Signals.page(page).more(true), freshIds(7)));

            Outcome outcome = read(dialect, server, mode, listing -> listing.startingAt(Integer.MAX_VALUE));

            RunawayListingException e = outcome.runaway();
            assertThat(e).hasMessageContaining("the server says a page follows page 2147483647, the last page a"
                    + " listing can request");
            assertThat(e.page()).hasValue(Integer.MAX_VALUE);
            assertThat(outcome.ids()).containsExactly(freshIds(7));
            assertThat(server.requestedPages()).containsExactly(Integer.MAX_VALUE);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndReadings")
    void aListingGrowingSlowerThanItIsReadEnds(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            // a page more every second page read: 120 pages in all, the count reached at page 120
            server.generated(page -> dialect.page(Signals.page(page).pageCount(60 + (page + 1) / 2), freshIds(page)));

            Outcome outcome = read(dialect, server, mode);

            assertThat(outcome.failure()).isNull();
            assertThat(outcome.ids()).containsExactlyElementsOf(freshIdsOfPages(1, 120));
            assertThat(server.requestedPages()).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, 120).boxed().toList());
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndReadings")
    void ninetyNineEmptyPagesInARowDoNotEndIt(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            server.page(1, dialect.page(Signals.page(1).more(true), "101"))
                    .page(101, dialect.page(Signals.page(101).more(false), "102"))
                    .generated(page -> dialect.page(Signals.page(page).more(true)));

            Outcome outcome = read(dialect, server, mode);

            assertThat(outcome.failure()).isNull();
            assertThat(outcome.ids()).containsExactly("101", "102");
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("dialectsAndReadings")
    void pagesShiftedByOneLeadAllTheWayEnd(DialectFixture dialect, Mode mode) {
        try (Listing server = new Listing()) {
            // a lead added at the top before every request: each page starts with the last lead of the page before
            server.generated(page -> dialect.page(Signals.page(page).more(page < 150), Integer.toString(1000 + page),
                    Integer.toString(1001 + page)));

            Outcome outcome = read(dialect, server, mode, PagedIterable::distinctById);

            assertThat(outcome.failure()).isNull();
            assertThat(outcome.ids()).containsExactlyElementsOf(
                    IntStream.rangeClosed(1001, 1151).mapToObj(Integer::toString).toList());
        }
    }
}
