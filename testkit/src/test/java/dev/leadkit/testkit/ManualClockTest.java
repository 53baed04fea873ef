package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void standsStillUntilAdvanced() {
        ManualClock clock = ManualClock.at(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void advancesByTheDurationGiven() {
        ManualClock clock = ManualClock.at(START);

        clock.advance(Duration.ofMillis(1_500));
        clock.advance(Duration.ZERO);

        assertThat(clock.instant()).isEqualTo(START.plusMillis(1_500));
    }

    @Test
    void aCopyInAnotherZoneSharesItsTime() {
        ManualClock clock = ManualClock.at(START);
        ManualClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofSeconds(5));

        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(START.plusSeconds(5));
    }

    @Test
    void refusesToGoBack() {
        ManualClock clock = ManualClock.at(START);

        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duration must be zero or positive, got PT-0.001S");
        assertThat(clock.instant()).isEqualTo(START);
    }
}
