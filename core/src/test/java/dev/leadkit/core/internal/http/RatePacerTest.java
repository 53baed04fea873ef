package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/**
 * The pacer's turns, request by request, on a fixed clock: who may go, who is the probe of a spent window,
 * who waits and until when.
 */
class RatePacerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Headers NONE = Headers.of();
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(5);

    private final RatePacer pacer = new RatePacer(CLOCK, Optional.empty(), LONGEST_HOLD);

    private static Headers laravel(int limit, int remaining) {
        return Headers.of("X-RateLimit-Limit", Integer.toString(limit), "X-RateLimit-Remaining", Integer.toString(remaining));
    }

    private RatePacer.Turn turn() {
        return pacer.turn(Instant.MIN);
    }

    private static RatePacer.Turn assertGoes(RatePacer.Turn turn) {
        assertThat(turn.goes()).as("goes").isTrue();
        assertThat(turn.probe()).as("the probe").isFalse();
        return turn;
    }

    private static RatePacer.Turn assertProbes(RatePacer.Turn turn) {
        assertThat(turn.goes()).as("goes").isTrue();
        assertThat(turn.probe()).as("the probe").isTrue();
        return turn;
    }

    /** The turn waits for another request's answer, however long that takes. */
    private static RatePacer.Turn assertWaitsForAnAnswer(RatePacer.Turn turn) {
        assertThat(turn.answerWait()).as("a wait for another's answer").isPresent();
        assertThat(turn.pause()).as("a wait until a moment").isEmpty();
        return turn;
    }

    private static void assertWaitsFor(RatePacer.Turn turn, Duration wait) {
        assertThat(turn.pause()).hasValueSatisfying(it -> assertThat(it.duration()).isEqualTo(wait));
        assertThat(turn.probe()).isFalse();
    }

    /** The first request goes as the probe and is answered with {@code headers}. */
    private void firstAnswer(Headers headers) {
        pacer.answered(headers, 200, assertProbes(turn()));
    }

    @Test
    void theFirstRequestGoesAloneUntilItIsAnswered() {
        RatePacer.Turn first = assertProbes(turn());

        assertWaitsForAnAnswer(turn());
        pacer.answered(NONE, 200, first);

        assertGoes(turn());
        assertGoes(turn());
    }

    @Test
    void aVendorWithoutHeadersIsNotHeldBeforeItsFirst429() {
        firstAnswer(NONE);

        for (int i = 0; i < 50; i++) {
            assertGoes(turn());
        }
    }

    @Test
    void theVendorsRemainingCountsTheWindowDown() {
        firstAnswer(laravel(3, 2));

        assertGoes(turn());
        assertGoes(turn());
        assertWaitsForAnAnswer(turn());
    }

    @Test
    void aSpentWindowIsProbedByOneRequestOnceNoneIsInFlight() {
        firstAnswer(laravel(3, 2));
        RatePacer.Turn first = assertGoes(turn());
        RatePacer.Turn second = assertGoes(turn());

        pacer.answered(laravel(3, 1), 200, first);
        assertWaitsForAnAnswer(turn()); // the second's answer may say more
        pacer.answered(laravel(3, 0), 200, second);

        assertProbes(turn());
        assertWaitsForAnAnswer(turn());
    }

    @Test
    void requestsInFlightAreTakenOffWhatAnAnswerSaysRemains() {
        firstAnswer(laravel(10, 9));
        RatePacer.Turn sentFirst = assertGoes(turn());
        assertGoes(turn());
        assertGoes(turn());

        pacer.answered(laravel(10, 8), 200, sentFirst); // eight remain of ten, and two of them are in flight

        for (int i = 0; i < 6; i++) {
            assertGoes(turn());
        }
        assertWaitsForAnAnswer(turn());
    }

    @Test
    void anAnswerArrivingLateNeverRaisesWhatRemains() {
        firstAnswer(laravel(10, 9));
        RatePacer.Turn first = assertGoes(turn());
        RatePacer.Turn second = assertGoes(turn());
        pacer.answered(laravel(10, 7), 200, second);

        pacer.answered(laravel(10, 8), 200, first); // counted before the second, answered after it

        for (int i = 0; i < 6; i++) { // seven remain; the second's answer was read while the first was in flight
            assertGoes(turn());
        }
        assertWaitsForAnAnswer(turn());
    }

    @Test
    void theProbesAnswerSaysANewWindowHasBegun() {
        firstAnswer(laravel(3, 0));
        RatePacer.Turn probe = assertProbes(turn());

        pacer.answered(laravel(3, 2), 200, probe); // the window turned meanwhile

        assertGoes(turn());
        assertGoes(turn());
        assertWaitsForAnAnswer(turn());
    }

    @Test
    void aRequestThatGotNoAnswerLetsAnotherProbe() {
        firstAnswer(laravel(1, 0));
        RatePacer.Turn probe = assertProbes(turn());
        assertWaitsForAnAnswer(turn());

        pacer.unanswered(probe); // its connection failed

        assertProbes(turn());
    }

    @Test
    void aHoldStopsEveryRequestUntilItEndsThenAssumesAWholeWindowOfTheVendorsLimit() {
        firstAnswer(laravel(3, 0));
        Instant reset = NOW.plusSeconds(42);
        pacer.throttled(laravel(3, 0), assertProbes(turn()), reset, "the vendor answered 429", pacer.streak());

        RatePacer.Turn held = turn();
        assertWaitsFor(held, Duration.ofSeconds(42));
        assertThat(held.pause().orElseThrow().until()).isEqualTo(reset);
        assertThat(held.pause().orElseThrow().reason()).isEqualTo("the vendor answered 429");

        for (int i = 0; i < 3; i++) {
            assertGoes(pacer.turn(reset));
        }
        assertWaitsForAnAnswer(pacer.turn(reset));
    }

    @Test
    void aHoldThatIsAlreadyOverDoesNotOpenAWindow() {
        firstAnswer(laravel(3, 1));
        RatePacer.Turn late = assertGoes(turn());

        pacer.throttled(laravel(3, 0), late, NOW, "a 429 answered late", pacer.streak());

        assertProbes(turn());
        assertWaitsForAnAnswer(turn());
    }

    @Test
    void aHoldLongerThanTheClientWaitsHoldsNoRequestButLetsThemProbeOneByOne() {
        firstAnswer(laravel(3, 0));

        pacer.throttled(laravel(3, 0), assertProbes(turn()), NOW.plus(LONGEST_HOLD).plusSeconds(1), "a long wait", pacer.streak());

        RatePacer.Turn next = assertProbes(turn()); // to meet its own 429, and fail on it
        assertWaitsForAnAnswer(turn());
        pacer.answered(laravel(3, 0), 429, next);
        assertProbes(turn());
    }

    @Test
    void aHoldAsLongAsTheClientWaitsHolds() {
        firstAnswer(laravel(3, 0));

        pacer.throttled(laravel(3, 0), assertProbes(turn()), NOW.plus(LONGEST_HOLD), "the longest wait", pacer.streak());

        assertWaitsFor(turn(), LONGEST_HOLD);
    }

    @Test
    void aTurnIsSettledOnceThoughItsAnswerIsFollowedByAFailure() {
        firstAnswer(laravel(3, 1));
        RatePacer.Turn cut = assertGoes(turn());
        pacer.answered(laravel(3, 0), 200, cut);

        pacer.unanswered(cut); // its body was cut short after the headers were read
        RatePacer.Turn probe = assertProbes(turn());
        pacer.answered(laravel(3, 2), 200, probe); // a new window, and nothing in flight

        assertGoes(turn());
        assertGoes(turn());
        assertWaitsForAnAnswer(turn()); // had the cut request been counted twice, a third would go
    }

    @Test
    void aSpentWindowWhoseResetIsSentHoldsUntilIt() {
        firstAnswer(laravel(3, 1));
        RatePacer.Turn last = assertGoes(turn());
        Instant reset = NOW.plusSeconds(30);

        pacer.answered(Headers.of("X-RateLimit-Limit", "3", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", Long.toString(reset.getEpochSecond())), 200, last);

        assertWaitsFor(turn(), Duration.ofSeconds(30));
    }

    @Test
    void aVendorWithoutHeadersIsHeldByA429AndNotCountedAfterIt() {
        firstAnswer(NONE);
        RatePacer.Turn rejected = assertGoes(turn());
        assertGoes(turn());
        Instant reset = NOW.plusSeconds(60);

        pacer.throttled(NONE, rejected, reset, "the vendor answered 429", pacer.streak());

        assertWaitsFor(turn(), Duration.ofSeconds(60));
        for (int i = 0; i < 50; i++) {
            assertGoes(pacer.turn(reset));
        }
    }

    @Test
    void aVendorThatCountsOnlyOnIts429sIsNotCounted() {
        firstAnswer(NONE);
        RatePacer.Turn rejected = assertGoes(turn());
        Instant reset = NOW.plusSeconds(60);
        pacer.throttled(laravel(3, 0), rejected, reset, "the vendor answered 429", pacer.streak());

        pacer.answered(NONE, 200, assertGoes(pacer.turn(reset)));

        for (int i = 0; i < 10; i++) {
            assertGoes(pacer.turn(reset));
        }
    }

    @Test
    void aVendorThatSendsItsLimitButNoCountIsNotCounted() {
        firstAnswer(Headers.of("X-RateLimit-Limit", "3"));

        for (int i = 0; i < 10; i++) {
            assertGoes(turn());
        }
    }

    @Test
    void aVendorThatStopsCountingIsNoLongerCounted() {
        firstAnswer(laravel(3, 2));
        RatePacer.Turn counted = assertGoes(turn());

        pacer.answered(NONE, 200, counted);

        for (int i = 0; i < 10; i++) {
            assertGoes(turn());
        }
    }

    @Test
    void aVendorErrorWithoutTheCountLeavesTheCountAsItWas() {
        firstAnswer(laravel(3, 2));
        RatePacer.Turn failed = assertGoes(turn());

        pacer.answered(NONE, 500, failed);

        assertGoes(turn());
        assertWaitsForAnAnswer(turn());
    }

    @Test
    void a429HoldsUntilTheWaitChosenNotALaterResetItCarries() {
        firstAnswer(laravel(3, 0));
        Instant chosen = NOW.plusSeconds(5);
        Headers later = Headers.of("X-RateLimit-Limit", "3", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", Long.toString(NOW.plusSeconds(120).getEpochSecond()));

        pacer.throttled(later, assertProbes(turn()), chosen, "the vendor answered 429", pacer.streak());

        assertWaitsFor(turn(), Duration.ofSeconds(5));
        assertGoes(pacer.turn(chosen));
    }

    @Test
    void aWaitGivenBackCountsForNothing() {
        RatePacer.Turn probe = assertProbes(turn());
        RatePacer.Turn pause = assertWaitsForAnAnswer(turn());

        pacer.unanswered(pause);

        assertWaitsForAnAnswer(turn()); // the probe is still in flight
        pacer.answered(NONE, 200, probe);
        assertGoes(turn());
    }

    @Test
    void aRequestWaitingForTheProbeOfASpentWindowIsToldSo() {
        firstAnswer(laravel(1, 0));
        assertProbes(turn());

        RatePacer.Turn waiting = turn();

        assertThat(waiting.answerWait().orElseThrow().reason())
                .isEqualTo("the vendor's window is spent; another request is learning when it resets");
    }

    @Test
    void aShorterHoldDoesNotShortenALongerOne() {
        firstAnswer(NONE);
        RatePacer.Turn first = assertGoes(turn());
        RatePacer.Turn second = assertGoes(turn());
        pacer.throttled(NONE, first, NOW.plusSeconds(60), "the longer", pacer.streak());

        pacer.throttled(NONE, second, NOW.plusSeconds(10), "the shorter", pacer.streak());

        RatePacer.Turn held = turn();
        assertWaitsFor(held, Duration.ofSeconds(60));
        assertThat(held.pause().orElseThrow().reason()).isEqualTo("the longer");
        assertThat(held.answerWait()).as("a wait for another's answer").isEmpty();
    }

    @Test
    void aFirstAnswerThatIs429IsAnAnswerAllTheSame() {
        Instant reset = NOW.plusSeconds(60);

        pacer.throttled(NONE, assertProbes(turn()), reset, "the vendor answered 429", pacer.streak());

        assertGoes(pacer.turn(reset));
        assertGoes(pacer.turn(reset));
    }

    @Test
    void onlySuccessfulAnswersCountAsAdmitted() {
        firstAnswer(NONE);
        for (int status : new int[] {199, 200, 204, 299, 300, 404, 500}) {
            pacer.answered(NONE, status, assertGoes(turn()));
        }
        pacer.throttled(NONE, assertGoes(turn()), NOW.plusSeconds(1), "the vendor answered 429", pacer.streak());

        assertThat(pacer.admitted()).as("the first answer, 200, 204 and 299").isEqualTo(4);
    }

    @Test
    void a429InARowCountsOnlyWhileNothingOfTheClientIsAdmittedBetween() {
        firstAnswer(NONE);
        RatePacer.Streak streak = pacer.streak();
        pacer.throttled(NONE, assertGoes(turn()), NOW, "a 429", streak);
        pacer.throttled(NONE, assertGoes(turn()), NOW, "a 429", streak);
        assertThat(pacer.throttledInARow(streak)).isEqualTo(2);

        pacer.answered(NONE, 200, assertGoes(turn())); // another request of the client is admitted

        assertThat(pacer.throttledInARow(streak)).isZero();
        pacer.throttled(NONE, assertGoes(turn()), NOW, "a 429", streak);
        assertThat(pacer.throttledInARow(streak)).isEqualTo(1);
    }

    @Test
    void theClientsOwnLimitLetsNoMoreThanItsRequestsGoInAnySpan() {
        RatePacer limited = new RatePacer(CLOCK, Optional.of(new RateLimit(2, Duration.ofSeconds(10))), LONGEST_HOLD);
        limited.answered(NONE, 200, assertProbes(limited.turn(Instant.MIN)));
        assertGoes(limited.turn(Instant.MIN));

        RatePacer.Turn third = limited.turn(Instant.MIN);

        assertWaitsFor(third, Duration.ofSeconds(10));
        assertThat(third.pause().orElseThrow().reason()).contains("the client's own rate limit");
        assertGoes(limited.turn(NOW.plusSeconds(10)));
    }

    @Test
    void aWaitForAnotherOnesAnswerEndsOnceAnAnswerIsRead() {
        RatePacer.Turn first = assertProbes(turn());
        RatePacer.AnswerWait waiting = assertWaitsForAnAnswer(turn()).answerWait().orElseThrow();
        pacer.answered(NONE, 200, first);

        pacer.await(waiting, () -> false); // returns at once: the answer it waited for came meanwhile

        assertGoes(turn());
    }

    @Test
    void aWaitForAnotherOnesAnswerEndsWhenItsListingIsClosed() {
        assertProbes(turn());
        RatePacer.AnswerWait waiting = assertWaitsForAnAnswer(turn()).answerWait().orElseThrow();

        pacer.await(waiting, () -> true); // returns at once: nothing to wait for

        assertWaitsForAnAnswer(turn());
    }

    /** A clock a test moves by hand. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static Headers laravel429(Instant reset, int retryAfter) {
        return Headers.of("X-RateLimit-Limit", "3", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", Long.toString(reset.getEpochSecond()), "Retry-After", Integer.toString(retryAfter));
    }

    @Test
    void laravelsWindowClosesAWholeNumberOfSecondsAfterTheRequestThatOpenedItPlusItsRoundTrip() {
        MovingClock clock = new MovingClock(NOW.plusMillis(300));
        RatePacer laravel = new RatePacer(clock, Optional.empty(), LONGEST_HOLD);
        RatePacer.Turn opener = assertProbes(laravel.turn(Instant.MIN)); // opens a window of 2 s at 12:00:00.300
        clock.set(NOW.plusMillis(310));
        laravel.answered(laravel(3, 2), 200, opener); // the window's first: two of three remain
        clock.set(NOW.plusMillis(350));

        // Laravel's reset names the second the window opened in plus 2 s: 300 ms early
        Optional<Instant> close = laravel.closeOf(laravel429(NOW.plusSeconds(2), 2), Optional.of(Duration.ofSeconds(2)),
                clock.instant(), Duration.ofMillis(500));

        assertThat(close).hasValue(NOW.plusSeconds(2).plusMillis(310));
    }

    @Test
    void laravelsWindowIsWaitedOutToTheEndOfItsResetsSecondWhenTheClientDidNotOpenIt() {
        MovingClock clock = new MovingClock(NOW.plusMillis(300));
        RatePacer laravel = new RatePacer(clock, Optional.empty(), LONGEST_HOLD);
        RatePacer.Turn first = assertProbes(laravel.turn(Instant.MIN));
        clock.set(NOW.plusMillis(310));
        laravel.answered(laravel(3, 1), 200, first); // the window's second: someone else opened it

        Optional<Instant> close = laravel.closeOf(laravel429(NOW.plusSeconds(2), 2), Optional.of(Duration.ofSeconds(2)),
                clock.instant(), Duration.ofMillis(500));

        assertThat(close).hasValue(NOW.plusSeconds(3));
    }

    @Test
    void laravelsPairIsReadSoWhenItsAnswerIsReadInTheNextSecond() {
        MovingClock clock = new MovingClock(NOW.plusMillis(300));
        RatePacer laravel = new RatePacer(clock, Optional.empty(), LONGEST_HOLD);
        RatePacer.Turn opener = assertProbes(laravel.turn(Instant.MIN));
        clock.set(NOW.plusMillis(310));
        laravel.answered(laravel(3, 2), 200, opener);
        clock.set(NOW.plusMillis(1_050)); // the vendor said Retry-After 2 at 12:00:00.990; read at 12:00:01.050

        Optional<Instant> close = laravel.closeOf(laravel429(NOW.plusSeconds(2), 2), Optional.of(Duration.ofSeconds(2)),
                clock.instant(), Duration.ofMillis(500));

        assertThat(close).hasValue(NOW.plusSeconds(2).plusMillis(310));
    }

    @Test
    void a429WaitsAtLeastTheBackoffWhateverItsRetryAfterSays() {
        MovingClock clock = new MovingClock(NOW);
        RatePacer laravel = new RatePacer(clock, Optional.empty(), LONGEST_HOLD);
        assertProbes(laravel.turn(Instant.MIN));

        Optional<Instant> close = laravel.closeOf(Headers.of("Retry-After", "0"), Optional.of(Duration.ZERO),
                clock.instant(), Duration.ofMillis(450));

        assertThat(close).hasValue(NOW.plusMillis(450));
    }

    @Test
    void aVendorWhoseResetDisagreesWithItsRetryAfterIsHeldByItsRetryAfter() {
        assertProbes(turn());

        Optional<Instant> close = pacer.closeOf(laravel429(NOW.plusSeconds(120), 5), Optional.of(Duration.ofSeconds(5)),
                NOW, Duration.ofMillis(450));

        assertThat(close).hasValue(NOW.plusSeconds(5));
    }
}
