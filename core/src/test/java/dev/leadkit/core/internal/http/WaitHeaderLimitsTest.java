package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A vendor's wait is read as at most ten years ({@link RetryPolicy#LONGEST_WAIT}), however it is written:
 * delta-seconds with more digits than a long holds, a date in year 9999, an epoch second past what an
 * {@link Instant} holds. Nothing overflows.
 */
class WaitHeaderLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Optional<Duration> retryAfter(String value) {
        return RetryPolicy.retryAfter(Headers.of("Retry-After", value), CLOCK);
    }

    @Test
    void theLongestWaitIsTenYears() {
        assertThat(RetryPolicy.LONGEST_WAIT).isEqualTo(Duration.ofDays(3650));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000000000", "9223372036854775808", "9223372036854775807",
            "1234567890123456789", "315360001", "Fri, 31 Dec 9999 23:59:59 GMT"})
    void aWaitBeyondTenYearsOrTooLargeToReadIsTenYears(String value) {
        assertThat(retryAfter(value)).hasValue(RetryPolicy.LONGEST_WAIT);
    }

    @Test
    void tenYearsExactlyIsKept() {
        assertThat(retryAfter("315360000")).hasValue(Duration.ofSeconds(315_360_000));
    }

    @Test
    void eighteenDigitsAreReadAsANumber() {
        assertThat(retryAfter("000000000000000042")).hasValue(Duration.ofSeconds(42));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+5", "-5", "+0"})
    void aSignedNumberIsNoWait(String value) {
        assertThat(retryAfter(value)).isEmpty();
    }

    @Test
    void atMostLongestKeepsAShorterWaitAndCutsALongerOne() {
        assertThat(RetryPolicy.atMostLongest(Duration.ofSeconds(59))).isEqualTo(Duration.ofSeconds(59));
        assertThat(RetryPolicy.atMostLongest(RetryPolicy.LONGEST_WAIT)).isEqualTo(RetryPolicy.LONGEST_WAIT);
        assertThat(RetryPolicy.atMostLongest(RetryPolicy.LONGEST_WAIT.plusNanos(1))).isEqualTo(RetryPolicy.LONGEST_WAIT);
    }

    private static Optional<Instant> reset(String value) {
        return new RatePacer(CLOCK, Optional.empty(), Duration.ofDays(1)).resetOf(Headers.of("X-RateLimit-Reset", value), Optional.empty(), NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999999999999", "9223372036854775807", "18446744073709551616000"})
    void anEpochResetBeyondTenYearsIsTenYearsFromNow(String value) {
        assertThat(reset(value)).hasValue(NOW.plus(RetryPolicy.LONGEST_WAIT));
    }

    @Test
    void anEpochResetWithinTenYearsIsKeptExactly() {
        assertThat(reset(Long.toString(NOW.getEpochSecond() + 30))).hasValue(NOW.plusSeconds(30));
    }

    @Test
    void aRelativeResetBeyondTenYearsIsTenYearsFromNow() {
        assertThat(reset("999999999")).as("below the epoch threshold: seconds from now, 31 years")
                .hasValue(NOW.plus(RetryPolicy.LONGEST_WAIT));
        assertThat(reset("60")).hasValue(NOW.plusSeconds(60));
    }
}
