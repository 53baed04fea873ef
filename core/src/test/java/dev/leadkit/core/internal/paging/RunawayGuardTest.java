package dev.leadkit.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.Page;
import dev.leadkit.core.RunawayListingException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the runaway guard at its bound exactly: the page before the bound passes, the page at it is
 * judged a runaway, with the message naming what the server did. Pages are fed as a walk sees them, in
 * order; their items are strings, identified by {@code equals}.
 */
class RunawayGuardTest {

    private final RunawayGuard guard = new RunawayGuard();

    private static Page<String> page(int number, boolean more, List<String> items) {
        return Page.of(items, number, more, OptionalLong.empty(), OptionalLong.empty());
    }

    private static Page<String> counted(int number, boolean more, long pageCount, List<String> items) {
        return Page.of(items, number, more, OptionalLong.empty(), OptionalLong.of(pageCount));
    }

    private static Page<String> totalled(int number, boolean more, long total, List<String> items) {
        return Page.of(items, number, more, OptionalLong.of(total), OptionalLong.empty());
    }

    private static List<String> fresh(int page) {
        return List.of("a" + page, "b" + page);
    }

    private Optional<RunawayListingException> feed(List<Page<String>> pages) {
        Optional<RunawayListingException> verdict = Optional.empty();
        for (Page<String> page : pages) {
            assertThat(verdict).as("no verdict before page %d", page.number()).isEmpty();
            verdict = guard.observe(page);
        }
        return verdict;
    }

    @Test
    void freshPagesThatSayMoreFollowAreNoRunaway() {
        assertThat(feed(IntStream.rangeClosed(1, 500).mapToObj(n -> page(n, true, fresh(n))).toList())).isEmpty();
    }

    @Test
    void theSamePageTwiceAfterTheFirstIsNoRunawayYet() {
        assertThat(feed(List.of(page(1, true, fresh(1)), page(2, true, fresh(1)), page(3, true, fresh(1))))).isEmpty();
    }

    @Test
    void theSamePageThreeTimesAfterTheFirstIsARunaway() {
        Optional<RunawayListingException> verdict = feed(List.of(page(1, true, fresh(1)), page(2, true, fresh(1)),
                page(3, true, fresh(1)), page(4, true, fresh(1))));

        assertThat(verdict).get().extracting(Throwable::getMessage).asString()
                .startsWith("pages 2 to 4 each held exactly the leads of an earlier page, while the server said more"
                        + " follow: it seems to ignore the page parameter");
    }

    @Test
    void aPageOfOtherItemsBreaksTheRepeats() {
        assertThat(feed(List.of(page(1, true, fresh(1)), page(2, true, fresh(1)), page(3, true, fresh(1)),
                page(4, true, fresh(4)), page(5, true, fresh(1)), page(6, true, fresh(1))))).isEmpty();
    }

    @Test
    void aPageRepeatingOneSixteenPagesBackIsARepeatAndSeventeenBackIsNot() {
        List<Page<String>> cycleOf16 = IntStream.rangeClosed(1, 16 * 4).mapToObj(n -> page(n, true, fresh((n - 1) % 16)))
                .toList();
        List<Page<String>> cycleOf17 = IntStream.rangeClosed(1, 17 * 4).mapToObj(n -> page(n, true, fresh((n - 1) % 17)))
                .toList();

        assertThat(new RunawayGuardTest().feedUntilVerdict(cycleOf16)).hasValue(19);
        assertThat(new RunawayGuardTest().feedUntilVerdict(cycleOf17)).isEmpty();
    }

    /** The page whose verdict is a runaway, if any. */
    private Optional<Integer> feedUntilVerdict(List<Page<String>> pages) {
        for (Page<String> page : pages) {
            if (guard.observe(page).isPresent()) {
                return Optional.of(page.number());
            }
        }
        return Optional.empty();
    }

    @Test
    void emptyPagesAreNeverRepeatsButNinetyNineInARowAreNoRunaway() {
        List<Page<String>> pages = IntStream.rangeClosed(1, 99).mapToObj(n -> page(n, true, List.<String>of())).toList();

        assertThat(feed(pages)).isEmpty();
    }

    @Test
    void aHundredEmptyPagesInARowAreARunaway() {
        assertThat(feedUntilVerdict(IntStream.rangeClosed(1, 300).mapToObj(n -> page(n, true, List.<String>of())).toList()))
                .hasValue(100);
        assertThat(new RunawayGuard().observe(page(100, true, List.of())))
                .as("a fresh guard judges no single page").isEmpty();
    }

    @Test
    void theBarrenRunMessageNamesItsFirstAndLastPage() {
        guard.observe(page(1, true, fresh(1)));
        Optional<RunawayListingException> verdict = Optional.empty();
        for (int n = 2; n <= 101; n++) {
            verdict = guard.observe(page(n, true, List.of()));
        }

        assertThat(verdict).get().extracting(Throwable::getMessage).asString()
                .startsWith("100 pages in a row (pages 2 to 101) brought no new lead while the server said more follow");
    }

    @Test
    void pagesOfOnlyThePreviousPagesItemsInAnotherOrderAreBarrenButNotRepeats() {
        Optional<Integer> verdict = feedUntilVerdict(IntStream.rangeClosed(1, 200)
                .mapToObj(n -> page(n, true, n % 2 == 0 ? List.of("x", "y") : List.of("y", "x"))).toList());

        assertThat(verdict).as("the pair alternates, so pages 3 on repeat one 2 back").hasValue(5);
    }

    @Test
    void oneNewItemOnAPageEndsABarrenRun() {
        List<Page<String>> pages = IntStream.rangeClosed(1, 150)
                .mapToObj(n -> page(n, true, n == 90 ? List.of("new") : List.<String>of())).toList();

        assertThat(feedUntilVerdict(pages)).as("90 is fresh: 91 to 150 is 60 barren pages").isEmpty();
    }

    @Test
    void aPageCountGrowingAsFastAsTheListingIsReadIsARunawayAHundredPagesOn() {
        Optional<Integer> verdict = feedUntilVerdict(IntStream.rangeClosed(1, 300)
                .mapToObj(n -> counted(n, true, n + 1, fresh(n))).toList());

        assertThat(verdict).hasValue(101);
    }

    @Test
    void theGrowingCountMessageSaysWhereTheCountStood() {
        Optional<RunawayListingException> verdict = Optional.empty();
        for (int n = 1; n <= 101; n++) {
            verdict = guard.observe(counted(n, true, n + 1, fresh(n)));
        }

        assertThat(verdict).get().extracting(Throwable::getMessage).asString()
                .startsWith("100 pages were read since page 1 and the server's page count grew as fast: page 101 of 102");
    }

    @Test
    void aPageCountGrowingSlowerThanTheListingIsReadIsNoRunaway() {
        // a page more every second page read, for 300 pages
        assertThat(feedUntilVerdict(IntStream.rangeClosed(1, 300)
                .mapToObj(n -> counted(n, true, 200 + (n + 1) / 2, fresh(n))).toList())).isEmpty();
    }

    @Test
    void pagesPastThePageCountAreARunawayAHundredPagesPastIt() {
        Optional<Integer> verdict = feedUntilVerdict(IntStream.rangeClosed(1, 300)
                .mapToObj(n -> counted(n, true, 3, fresh(n))).toList());

        assertThat(verdict).hasValue(103);
    }

    @Test
    void thePastTheCountMessageSaysHowFarPast() {
        Optional<RunawayListingException> verdict = Optional.empty();
        for (int n = 1; n <= 103; n++) {
            verdict = guard.observe(counted(n, true, 3, fresh(n)));
        }

        assertThat(verdict).get().extracting(Throwable::getMessage).asString()
                .startsWith("page 103 says more follow, 100 pages past the server's own page count of 3");
    }

    @Test
    void aListingStartedPastThePageCountIsARunawayAHundredPagesOn() {
        Optional<Integer> verdict = feedUntilVerdict(IntStream.rangeClosed(50, 300)
                .mapToObj(n -> counted(n, true, 10, fresh(n))).toList());

        assertThat(verdict).hasValue(150);
    }

    @Test
    void moreItemsThanTheTotalAndAHundredPagesCouldHoldIsARunaway() {
        // total 10, pages of 2: 10 + 100 × 2 = 210 items are allowed, the 212th (page 106) is not
        assertThat(feedUntilVerdict(IntStream.rangeClosed(1, 300)
                .mapToObj(n -> totalled(n, true, 10, fresh(n))).toList())).hasValue(106);
    }

    @Test
    void theTooManyItemsMessageSaysHowMany() {
        Optional<RunawayListingException> verdict = Optional.empty();
        for (int n = 1; n <= 106; n++) {
            verdict = guard.observe(totalled(n, true, 10, fresh(n)));
        }

        assertThat(verdict).get().extracting(Throwable::getMessage).asString()
                .startsWith("the server sent 212 leads by page 106, more than its total of 10 and 100 further pages could"
                        + " hold");
    }

    @Test
    void itemsUpToTheTotalAndAHundredPagesAreNoRunaway() {
        assertThat(feedUntilVerdict(IntStream.rangeClosed(1, 105)
                .mapToObj(n -> totalled(n, true, 10, fresh(n))).toList())).isEmpty();
    }

    @Test
    void emptyPagesUnderATotalOfZeroAreJudgedByTheBarrenRuleAlone() {
        assertThat(feedUntilVerdict(IntStream.rangeClosed(1, 300)
                .mapToObj(n -> totalled(n, true, 0, List.<String>of())).toList())).hasValue(100);
    }

    @Test
    void aPageAtIntegerMaxValueThatSaysMoreFollowIsARunaway() {
        Optional<RunawayListingException> verdict = guard.observe(page(Integer.MAX_VALUE, true, fresh(1)));

        assertThat(verdict).get().extracting(Throwable::getMessage).asString()
                .startsWith("the server says a page follows page 2147483647, the last page a listing can request");
    }

    @Test
    void aPageAtIntegerMaxValueThatSaysItIsTheLastIsNoRunaway() {
        assertThat(guard.observe(page(Integer.MAX_VALUE, false, fresh(1)))).isEmpty();
    }

    @Test
    void aLastPageIsNeverARunawayWhateverCameBefore() {
        for (int n = 1; n <= 3; n++) {
            guard.observe(page(n, true, fresh(1)));
        }

        assertThat(guard.observe(page(4, false, fresh(1)))).isEmpty();
    }

    @Test
    void everyMessageSaysTheListingStops() {
        assertThat(guard.observe(page(Integer.MAX_VALUE, true, fresh(1)))).get().extracting(Throwable::getMessage)
                .asString().endsWith("; leadkit stops the listing rather than read on for ever");
    }

    @Test
    void idsEndAtTheirBoundsSoSplitIdsAreNotTheSamePage() {
        guard.observe(page(1, true, List.of("1", "23")));
        guard.observe(page(2, true, List.of("12", "3")));
        guard.observe(page(3, true, List.of("1", "23")));

        assertThat(guard.observe(page(4, true, List.of("12", "3"))))
                .as("pages 3 and 4 repeat, page 2 did not: two repeats in a row").isEmpty();
    }
}
