package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Octanist sandbox's throttle: the shared contract, a {@code RATE_LIMITED} envelope and no X-RateLimit headers. */
class TrackingThrottleTest extends ThrottleContract {

    @Override
    Sandbox throttled(int requests, Duration window) {
        return TrackingSandbox.builder().leads(3).clock(clock).throttle(requests, window).start();
    }

    @Override
    Sandbox unthrottled() {
        return TrackingSandbox.builder().leads(3).clock(clock).start();
    }

    @Override
    Http.Result get(Sandbox sandbox) {
        return Http.get(sandbox.baseUrl() + "/leads", "X-API-KEY", sandbox.apiKey());
    }

    @Override
    Http.Result getWithWrongKey(Sandbox sandbox) {
        return Http.get(sandbox.baseUrl() + "/leads", "X-API-KEY", "oct_wrong");
    }

    @Test
    void tooManyAttemptsIsOctanistsErrorEnvelope() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);

        Http.Result result = get(sandbox);

        assertThat(result.status()).isEqualTo(429);
        assertThat(result.headers().get("Content-Type")).isEqualTo("application/json");
        JsonShape.assertSameShape(JsonShape.fixture("tracking-error.json"), result.json());
        assertThat(result.json().get("success").asBoolean()).isFalse();
        assertThat(result.json().get("error").get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(result.json().get("error").get("message").asText()).isEqualTo("Too Many Attempts.");
        assertThat(result.json().get("error").get("details").isEmpty()).isTrue();
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

    @Test
    void oneClockDrivesMetaTimestampAndTheWindow() {
        Sandbox sandbox = track(throttled(1, MINUTE));
        get(sandbox);
        JsonNode rejected = get(sandbox).json();
        clock.advance(MINUTE);
        Http.Result next = get(sandbox);

        assertThat(rejected.get("meta").get("timestamp").asText()).isEqualTo("2026-05-01T10:00:00.000Z");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().get("meta").get("timestamp").asText()).isEqualTo("2026-05-01T10:01:00.000Z");
    }
}
