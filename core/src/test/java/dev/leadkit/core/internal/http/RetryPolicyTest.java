package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void retriedStatusesAreTheTransientOnes() {
        assertThat(List.of(408, 429, 500, 502, 503, 504)).allMatch(RetryPolicy::isRetryableStatus);
        assertThat(List.of(400, 401, 403, 404, 409, 422, 501)).noneMatch(RetryPolicy::isRetryableStatus);
    }

    @RepeatedTest(20)
    void backoffDoublesFromHalfASecondWithAtMostAQuarterJitterAndCapsAtEightSeconds() {
        assertThat(RetryPolicy.backoff(1)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(RetryPolicy.backoff(2)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
        assertThat(RetryPolicy.backoff(5)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
        assertThat(RetryPolicy.backoff(30)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
    }

    @Test
    void retryAfterInSeconds() {
        assertThat(RetryPolicy.retryAfter(Headers.of("Retry-After", "120"), clock)).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void retryAfterAsHttpDateIsMeasuredFromTheClock() {
        assertThat(RetryPolicy.retryAfter(Headers.of("Retry-After", "Sun, 22 Nov 2026 10:01:30 GMT"), clock))
                .hasValue(Duration.ofSeconds(90));
    }

    @Test
    void retryAfterDateInThePastMeansNow() {
        assertThat(RetryPolicy.retryAfter(Headers.of("Retry-After", "Sun, 22 Nov 2026 09:00:00 GMT"), clock))
                .hasValue(Duration.ZERO);
    }

    @Test
    void unreadableOrAbsentRetryAfterIsIgnored() {
        assertThat(RetryPolicy.retryAfter(Headers.of("Retry-After", "soon"), clock)).isEmpty();
        assertThat(RetryPolicy.retryAfter(Headers.of(), clock)).isEmpty();
    }

    @Test
    void retryAfterOfZeroSecondsMeansNow() {
        assertThat(RetryPolicy.retryAfter(Headers.of("Retry-After", "0"), clock)).hasValue(Duration.ZERO);
    }

    @Test
    void negativeRetryAfterSecondsAreIgnored() {
        assertThat(RetryPolicy.retryAfter(Headers.of("Retry-After", "-5"), clock)).isEmpty();
    }

    @Test
    void blankRetryAfterIsIgnored() {
        assertThat(RetryPolicy.retryAfter(new Headers.Builder().addUnsafeNonAscii("Retry-After", " ").build(), clock)).isEmpty();
    }

    @Test
    void retryAfterDateExactlyNowIsNoWait() {
        assertThat(RetryPolicy.retryAfter(Headers.of("Retry-After", "Sun, 22 Nov 2026 10:00:00 GMT"), clock)).hasValue(Duration.ZERO);
    }

    @Test
    void theFirstRetriesWaitAboutHalfASecondThenOneThenTwoThenFour() {
        for (int retry = 1; retry <= 4; retry++) {
            long base = 500L << (retry - 1);
            assertThat(RetryPolicy.backoff(retry).toMillis()).as("retry %d", retry).isBetween(base * 3 / 4, base);
        }
    }

    @Test
    void statusesNextToTheRetriedOnesAreNotRetried() {
        assertThat(List.of(407, 409, 428, 430, 499, 501, 505, 200, 301)).noneMatch(RetryPolicy::isRetryableStatus);
    }
}
