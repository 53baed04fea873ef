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

    private final RatePacer pacer = new RatePacer(CLOCK, Optional.empty());

    private static Headers laravel(int limit, int remaining) {
        return Headers.of("X-RateLimit-Limit", Integer.toString(limit), "X-RateLimit-Remaining", Integer.toString(remaining));
    }

    private RatePacer.Turn turn() {
        return pacer.turn(Instant.MIN);
    }

    private static void assertGoes(RatePacer.Turn turn) {
        assertThat(turn.pause()).as("a wait").isEmpty();
        assertThat(turn.probe()).as("the probe").isFalse();
    }

    private static void assertProbes(RatePacer.Turn turn) {
        assertThat(turn.pause()).as("a wait").isEmpty();
        assertThat(turn.probe()).as("the probe").isTrue();
    }

    private static void assertWaitsFor(RatePacer.Turn turn, Duration wait) {
        assertThat(turn.pause()).hasValueSatisfying(it -> assertThat(it.duration()).isEqualTo(wait));
        assertThat(turn.probe()).isFalse();
    }

    /** The first request goes as the probe and is answered with {@code headers}. */
    private void firstAnswer(Headers headers) {
        assertProbes(turn());
        pacer.answered(headers, 200, true);
    }

    @Test
    void theFirstRequestGoesAloneUntilItIsAnswered() {
        assertProbes(turn());

        assertWaitsFor(turn(), RatePacer.PROBE_POLL);
        pacer.answered(NONE, 200, true);

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
    void theVendorsRemainingCountsTheWindowDownAndTheLastRequestProbes() {
        firstAnswer(laravel(3, 2));

        assertGoes(turn());
        assertGoes(turn());
        assertProbes(turn());
        assertWaitsFor(turn(), RatePacer.PROBE_POLL);
    }

    @Test
    void requestsInFlightAreTakenOffWhatAnAnswerSaysRemains() {
        firstAnswer(laravel(10, 9));
        assertGoes(turn());
        assertGoes(turn());
        assertGoes(turn());

        pacer.answered(laravel(10, 8), 200, false); // eight remain of ten, and two of them are in flight

        for (int i = 0; i < 6; i++) {
            assertGoes(turn());
        }
        assertProbes(turn());
    }

    @Test
    void onlyTheProbesOwnAnswerLetsAnotherRequestProbe() {
        firstAnswer(laravel(3, 2));
        assertGoes(turn());
        assertGoes(turn());
        assertProbes(turn());

        pacer.answered(laravel(3, 0), 200, false); // one of the two sent before the probe

        assertWaitsFor(turn(), RatePacer.PROBE_POLL);
        pacer.unanswered(false); // the other: its connection failed
        assertWaitsFor(turn(), RatePacer.PROBE_POLL);
        pacer.unanswered(true);
        assertProbes(turn());
    }

    @Test
    void aHoldStopsEveryRequestUntilItEndsThenAssumesAWholeWindowOfTheVendorsLimit() {
        firstAnswer(laravel(3, 0));
        assertProbes(turn());
        pacer.answered(laravel(3, 0), 429, true);
        Instant reset = NOW.plusSeconds(42);
        pacer.hold(reset, "the vendor answered 429");

        RatePacer.Turn held = turn();
        assertWaitsFor(held, Duration.ofSeconds(42));
        assertThat(held.pause().orElseThrow().until()).isEqualTo(reset);
        assertThat(held.pause().orElseThrow().reason()).isEqualTo("the vendor answered 429");

        for (int i = 0; i < 3; i++) {
            assertGoes(pacer.turn(reset));
        }
        assertProbes(pacer.turn(reset));
    }

    @Test
    void aSpentWindowWhoseResetIsSentHoldsUntilIt() {
        firstAnswer(laravel(3, 1));
        assertGoes(turn());
        Instant reset = NOW.plusSeconds(30);

        pacer.answered(Headers.of("X-RateLimit-Limit", "3", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", Long.toString(reset.getEpochSecond())), 200, false);

        assertWaitsFor(turn(), Duration.ofSeconds(30));
    }

    @Test
    void aVendorWithoutHeadersIsCountedDownFromTheRequestsItAnsweredBeforeIts429() {
        firstAnswer(NONE);
        for (int i = 0; i < 4; i++) {
            assertGoes(turn());
        }
        for (int i = 0; i < 3; i++) {
            pacer.answered(NONE, 200, false);
        }
        pacer.answered(NONE, 429, false); // four answered, the fifth 429: a budget of four
        Instant reset = NOW.plusSeconds(60);
        pacer.hold(reset, "the vendor answered 429");

        for (int i = 0; i < 4; i++) {
            assertGoes(pacer.turn(reset));
        }
        assertProbes(pacer.turn(reset));
        assertWaitsFor(pacer.turn(reset), RatePacer.PROBE_POLL);
    }

    @Test
    void aVendorWithoutHeadersWhoseProbeIsAnsweredOpensANewWindowOfItsBudget() {
        firstAnswer(NONE);
        assertGoes(turn());
        pacer.answered(NONE, 200, false);
        assertGoes(turn());
        pacer.answered(NONE, 429, false); // a budget of two
        Instant reset = NOW.plusSeconds(60);
        pacer.hold(reset, "the vendor answered 429");
        assertGoes(pacer.turn(reset));
        assertGoes(pacer.turn(reset));
        assertProbes(pacer.turn(reset));

        pacer.answered(NONE, 200, true);

        assertGoes(pacer.turn(reset)); // the probe was the new window's first; one more
        assertProbes(pacer.turn(reset));
    }

    @Test
    void theClientsOwnLimitLetsNoMoreThanItsRequestsGoInAnySpan() {
        RatePacer limited = new RatePacer(CLOCK, Optional.of(new RateLimit(2, Duration.ofSeconds(10))));
        assertProbes(limited.turn(Instant.MIN));
        limited.answered(NONE, 200, true);
        assertGoes(limited.turn(Instant.MIN));

        RatePacer.Turn third = limited.turn(Instant.MIN);

        assertWaitsFor(third, Duration.ofSeconds(10));
        assertThat(third.pause().orElseThrow().reason()).contains("the client's own rate limit");
        assertGoes(limited.turn(NOW.plusSeconds(10)));
    }
}
