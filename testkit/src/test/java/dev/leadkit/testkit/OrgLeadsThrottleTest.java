package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Nexus ERP sandbox's throttle: the shared contract, a {@code {"error":...}} 429 and no X-RateLimit headers. */
class OrgLeadsThrottleTest extends ThrottleContract {

    @Override
    Sandbox throttled(int requests, Duration window) {
        return OrgLeadsSandbox.builder().leads(3).clock(clock).throttle(requests, window).start();
    }

    @Override
    Sandbox unthrottled() {
        return OrgLeadsSandbox.builder().leads(3).clock(clock).start();
    }

    @Override
    Http.Result get(Sandbox sandbox) {
        return Http.get(sandbox.baseUrl() + "/api/v1/leads", "Authorization", "Bearer " + sandbox.apiKey());
    }

    @Override
    Http.Result getWithWrongKey(Sandbox sandbox) {
        return Http.get(sandbox.baseUrl() + "/api/v1/leads", "Authorization", "Bearer sk_wrong");
    }

    @Test
    void tooManyAttemptsIsTheVendorsErrorObject() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);

        Http.Result result = get(sandbox);

        assertThat(result.status()).isEqualTo(429);
        assertThat(result.body()).isEqualTo("{\"error\":\"Too Many Attempts.\"}");
        assertThat(result.headers().get("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void tooManyAttemptsCarriesRetryAfterAndNoOtherRateLimitHeader() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);

        assertThat(rateLimitHeaders(get(sandbox).headers())).containsExactly("retry-after");
    }

    @Test
    void anAnsweredRequestCarriesNoRateLimitHeader() {
        Sandbox sandbox = track(throttled(3, MINUTE));

        assertThat(rateLimitHeaders(get(sandbox).headers())).isEmpty();
    }
}
