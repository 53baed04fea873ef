package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@code throttle(requests, window)} and {@code clock(clock)} on every sandbox's builder. */
class ThrottleBuilderTest {

    private static final List<Supplier<SandboxBuilder<?, ?, ?>>> BUILDERS = List.of(
            AutocallsSandbox::builder, OrgLeadsSandbox::builder, TrackingSandbox::builder);

    private static Http.Result get(OrgLeadsSandbox sandbox) {
        return Http.get(sandbox.baseUrl() + "/api/v1/leads", "Authorization", "Bearer " + sandbox.apiKey());
    }

    @Test
    void refusesFewerThanOneRequest() {
        for (Supplier<SandboxBuilder<?, ?, ?>> builder : BUILDERS) {
            assertThatThrownBy(() -> builder.get().throttle(0, Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("requests must be at least 1, got 0");
            assertThatThrownBy(() -> builder.get().throttle(-5, Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("requests must be at least 1, got -5");
        }
    }

    @Test
    void refusesAWindowThatIsNotPositive() {
        for (Supplier<SandboxBuilder<?, ?, ?>> builder : BUILDERS) {
            assertThatThrownBy(() -> builder.get().throttle(1, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("window must be positive, got PT0S");
            assertThatThrownBy(() -> builder.get().throttle(1, Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("window must be positive, got PT-1S");
            assertThatThrownBy(() -> builder.get().throttle(1, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("window must be positive, got null");
        }
    }

    @Test
    void refusesNoClock() {
        for (Supplier<SandboxBuilder<?, ?, ?>> builder : BUILDERS) {
            assertThatThrownBy(() -> builder.get().clock(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
        }
    }

    @Test
    void acceptsOneRequestInTheShortestWindow() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T10:00:00Z"));
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().clock(clock).throttle(1, Duration.ofNanos(1)).start()) {
            Http.Result first = get(sandbox);
            Http.Result second = get(sandbox);
            clock.advance(Duration.ofNanos(1));

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(429);
            assertThat(second.headers().get("Retry-After")).isEqualTo("1");
            assertThat(get(sandbox).status()).isEqualTo(200);
        }
    }

    @Test
    void aWindowLongerThanTheCalendarEndsAtTheEndOfTime() {
        Instant start = Instant.parse("2026-05-01T10:00:00Z");
        ManualClock clock = ManualClock.at(start);
        try (AutocallsSandbox sandbox = AutocallsSandbox.builder().clock(clock)
                .throttle(1, Duration.ofSeconds(Long.MAX_VALUE)).start()) {
            Http.get(sandbox.baseUrl() + "/user/leads", "Authorization", "Bearer " + sandbox.apiKey());

            Http.Result result = Http.get(sandbox.baseUrl() + "/user/leads", "Authorization", "Bearer " + sandbox.apiKey());

            assertThat(result.status()).isEqualTo(429);
            assertThat(result.headers().get("Retry-After"))
                    .isEqualTo(Long.toString(Instant.MAX.getEpochSecond() - start.getEpochSecond() + 1));
            assertThat(result.headers().get("X-RateLimit-Reset")).isEqualTo(Long.toString(Instant.MAX.getEpochSecond() + 1));
        }
    }

    @Test
    void eachStartedSandboxHasItsOwnBudget() {
        OrgLeadsSandbox.Builder builder = OrgLeadsSandbox.builder().leads(1).throttle(1, Duration.ofMinutes(1))
                .clock(ManualClock.at(Instant.parse("2026-05-01T10:00:00Z")));
        try (OrgLeadsSandbox first = builder.start(); OrgLeadsSandbox second = builder.start()) {
            get(first);

            assertThat(get(second).status()).isEqualTo(200);
        }
    }

    @Test
    void theLastThrottleSetIsTheOneEnforced() {
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(1).throttle(1, Duration.ofMinutes(1))
                .throttle(2, Duration.ofMinutes(1)).clock(ManualClock.at(Instant.parse("2026-05-01T10:00:00Z"))).start()) {

            assertThat(List.of(get(sandbox).status(), get(sandbox).status(), get(sandbox).status()))
                    .containsExactly(200, 200, 429);
        }
    }
}
