package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How scripted faults meet the throttle, on the Autocalls sandbox (whose rate-limit headers show what the
 * throttle did): the throttle counts every request first, then the fault works on its answer.
 */
class ThrottleAndFaultsTest {

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T10:00:00Z"));
    private final AutocallsSandbox sandbox = AutocallsSandbox.builder().leads(3).clock(clock)
            .throttle(2, Duration.ofMinutes(1)).start();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Result get() {
        return Http.get(sandbox.baseUrl() + "/user/leads", "Authorization", "Bearer " + sandbox.apiKey());
    }

    @Test
    void aRequestAnsweredByAReplacingFaultStillSpendsBudget() {
        sandbox.faults().next(Fault.status(503));
        get();

        Http.Result second = get();

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.headers().get("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(get().status()).isEqualTo(429);
    }

    @Test
    void aReplacingFaultSendsOnlyWhatItScripts() {
        sandbox.faults().next(Fault.status(503));

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.headers().get("Content-Type")).startsWith("text/html");
        assertThat(ThrottleContract.rateLimitHeaders(result.headers())).isEmpty();
    }

    @Test
    void aRateLimitFaultSendsItsOwnRetryAfterNotTheThrottles() {
        sandbox.faults().next(Fault.rateLimited(Duration.ofSeconds(5)));

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(429);
        assertThat(ThrottleContract.rateLimitHeaders(result.headers())).containsExactly("retry-after");
        assertThat(result.headers().get("Retry-After")).isEqualTo("5");
        assertThat(sandbox.requests().get(0).fault()).isPresent();
    }

    @Test
    void aFaultAimedAtARequestOverTheBudgetStillApplies() {
        sandbox.faults().onRequest(3, Fault.status(502));
        get();
        get();

        Http.Result third = get();

        assertThat(third.status()).isEqualTo(502);
        assertThat(sandbox.requests().get(2).status()).isEqualTo(502);
        assertThat(get().status()).isEqualTo(429);
    }

    @Test
    void aSpoilingFaultSpoilsTheThrottlesTooManyAttemptsHeadersKept() {
        get();
        get();
        sandbox.faults().next(Fault.truncatedBody());

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(429);
        String whole = "{\"message\":\"Too Many Attempts.\"}";
        assertThat(result.body()).isEqualTo(whole.substring(0, whole.length() / 2));
        assertThat(result.headers().get("Retry-After")).isEqualTo("60");
        assertThat(result.headers().get("X-RateLimit-Remaining")).isEqualTo("0");
    }

    @Test
    void aSpoilingFaultOnAnAnsweredRequestKeepsItsRateLimitHeaders() {
        sandbox.faults().next(Fault.truncatedBody());

        Http.Result result = get();

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.headers().get("X-RateLimit-Limit")).isEqualTo("2");
        assertThat(result.headers().get("X-RateLimit-Remaining")).isEqualTo("1");
    }
}
