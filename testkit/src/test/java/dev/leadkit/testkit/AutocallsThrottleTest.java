package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laravel's {@code ThrottleRequests} on the Autocalls sandbox: the shared contract plus its headers. */
class AutocallsThrottleTest extends ThrottleContract {

    @Override
    Sandbox throttled(int requests, Duration window) {
        return AutocallsSandbox.builder().leads(3).clock(clock).throttle(requests, window).start();
    }

    @Override
    Sandbox unthrottled() {
        return AutocallsSandbox.builder().leads(3).clock(clock).start();
    }

    @Override
    Http.Result get(Sandbox sandbox) {
        return Http.get(sandbox.baseUrl() + "/user/leads", "Authorization", "Bearer " + sandbox.apiKey());
    }

    @Override
    Http.Result getWithWrongKey(Sandbox sandbox) {
        return Http.get(sandbox.baseUrl() + "/user/leads", "Authorization", "Bearer 1|wrong");
    }

    @Test
    void tooManyAttemptsIsLaravelsJsonMessage() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);

        Http.Result result = get(sandbox);

        assertThat(result.status()).isEqualTo(429);
        assertThat(result.body()).isEqualTo("{\"message\":\"Too Many Attempts.\"}");
        assertThat(result.headers().get("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void tooManyAttemptsCarriesLaravelsRateLimitHeaders() {
        Sandbox sandbox = track(throttled(2, MINUTE));
        times(2, () -> get(sandbox));

        Http.Result result = get(sandbox);

        assertThat(result.headers().get("X-RateLimit-Limit")).isEqualTo("2");
        assertThat(result.headers().get("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(result.headers().get("Retry-After")).isEqualTo("60");
        assertThat(result.headers().get("X-RateLimit-Reset"))
                .isEqualTo(Long.toString(Instant.parse("2026-05-01T10:01:00Z").getEpochSecond()));
    }

    @Test
    void remainingCountsDownOnEveryAnsweredRequest() {
        Sandbox sandbox = track(throttled(3, MINUTE));

        List<Http.Result> results = times(3, () -> get(sandbox));

        assertThat(results).extracting(result -> result.headers().get("X-RateLimit-Limit")).containsOnly("3");
        assertThat(results).extracting(result -> result.headers().get("X-RateLimit-Remaining"))
                .containsExactly("2", "1", "0");
    }

    @Test
    void anAnsweredRequestCarriesNoRetryAfterNorReset() {
        Sandbox sandbox = track(throttled(3, MINUTE));

        Http.Result result = get(sandbox);

        assertThat(rateLimitHeaders(result.headers())).containsExactlyInAnyOrder("x-ratelimit-limit", "x-ratelimit-remaining");
    }

    @Test
    void remainingIsBackToTheFullBudgetInTheNextWindow() {
        Sandbox sandbox = track(throttled(3, MINUTE));
        times(4, () -> get(sandbox));
        clock.advance(MINUTE);

        assertThat(get(sandbox).headers().get("X-RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void resetIsTheEpochSecondTheWindowEndsWhenever429IsSent() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);
        clock.advance(Duration.ofSeconds(20));

        Http.Result result = get(sandbox);

        assertThat(result.headers().get("X-RateLimit-Reset"))
                .isEqualTo(Long.toString(Instant.parse("2026-05-01T10:01:00Z").getEpochSecond()));
        assertThat(result.headers().get("Retry-After")).isEqualTo("40");
    }

    @Test
    void aWindowOpensAtItsFirstRequestAndItsResetNamesTheSecondBeforeItEnds() {
        clock.advance(Duration.ofMillis(400));
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);                                     // at 10:00:00.400: the window is 10:00:00.400 to 10:01:00.400

        Http.Result result = get(sandbox);

        assertThat(result.headers().get("X-RateLimit-Reset"))
                .isEqualTo(Long.toString(Instant.parse("2026-05-01T10:01:00Z").getEpochSecond()));
        assertThat(result.headers().get("Retry-After")).isEqualTo("60");
        clock.advance(Duration.ofMillis(59_999));         // 10:01:00.399: still the same window
        assertThat(get(sandbox).status()).isEqualTo(429);
        clock.advance(Duration.ofMillis(1));              // 10:01:00.400: the next
        assertThat(get(sandbox).status()).isEqualTo(200);
    }

    @Test
    void retryAfterIsTheTimersWholeSecondsLessNowsSoItIsZeroInTheWindowsLastFraction() {
        clock.advance(Duration.ofMillis(400));
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);
        clock.advance(Duration.ofMillis(59_700));         // 10:01:00.100, 300 ms before the window ends

        Http.Result result = get(sandbox);

        assertThat(result.status()).isEqualTo(429);
        assertThat(result.headers().get("Retry-After")).isEqualTo("0");
        assertThat(result.headers().get("X-RateLimit-Reset"))
                .isEqualTo(Long.toString(Instant.parse("2026-05-01T10:01:00Z").getEpochSecond()));
    }

    @Test
    void retryAfterIsWithinASecondOfWhatIsLeftEitherWay() {
        clock.advance(Duration.ofMillis(400));
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);                                     // the window ends at 10:01:00.400
        clock.advance(Duration.ofMillis(800));            // 10:00:01.200: 59.2 s left

        assertThat(get(sandbox).headers().get("Retry-After")).isEqualTo("59");
        clock.advance(Duration.ofMillis(700));            // 10:00:01.900: 58.5 s left
        assertThat(get(sandbox).headers().get("Retry-After")).isEqualTo("59");
    }

    @Test
    void unauthenticatedAnswersCarryTheRateLimitHeadersToo() {
        Sandbox sandbox = track(throttled(2, MINUTE));

        Http.Result result = getWithWrongKey(sandbox);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.headers().get("X-RateLimit-Limit")).isEqualTo("2");
        assertThat(result.headers().get("X-RateLimit-Remaining")).isEqualTo("1");
    }

    @Test
    void remainingIsNeverGivenTwiceToConcurrentRequests() throws Exception {
        Sandbox sandbox = track(throttled(10, MINUTE));

        List<Http.Result> results = concurrently(8, 5, () -> get(sandbox));

        assertThat(results).filteredOn(result -> result.status() == 200)
                .extracting(result -> result.headers().get("X-RateLimit-Remaining"))
                .containsExactlyInAnyOrder("9", "8", "7", "6", "5", "4", "3", "2", "1", "0");
        assertThat(results).filteredOn(result -> result.status() == 429)
                .extracting(result -> result.headers().get("X-RateLimit-Remaining")).containsOnly("0");
    }
}
