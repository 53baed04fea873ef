package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @Test
    void spaceSeparatedLocalTimeIsReadInTheGivenZone() {
        assertThat(Timestamps.parse("2025-06-30 11:18:04", BUCHAREST)).isEqualTo(Instant.parse("2025-06-30T08:18:04Z"));
    }

    @Test
    void isoInstantWithMicrosecondsIgnoresTheZone() {
        assertThat(Timestamps.parse("2025-06-02T12:08:17.000000Z", BUCHAREST)).isEqualTo(Instant.parse("2025-06-02T12:08:17Z"));
    }

    @Test
    void isoWithMillisAndOffset() {
        assertThat(Timestamps.parse("2026-04-29T13:00:00.000-02:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-04-29T15:00:00Z"));
    }

    @Test
    void localIsoWithoutOffsetIsReadInTheGivenZone() {
        assertThat(Timestamps.parse("2025-01-15T10:00:00", BUCHAREST)).isEqualTo(Instant.parse("2025-01-15T08:00:00Z"));
    }

    @Test
    void bareDateIsStartOfDayInTheZone() {
        assertThat(Timestamps.parse("2025-01-15", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-01-15T00:00:00Z"));
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> Timestamps.parse("yesterday at noon", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void fractionsOfAnyLengthAreReadExactly() {
        assertThat(Timestamps.parse("2025-06-02T12:08:17.5Z", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-02T12:08:17.500Z"));
        assertThat(Timestamps.parse("2025-06-02T12:08:17.123456789Z", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2025-06-02T12:08:17.123456789Z"));
        assertThat(Timestamps.parse("2025-06-02 12:08:17.250", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-02T12:08:17.250Z"));
    }

    @Test
    void positiveOffsetAndLowercaseZ() {
        assertThat(Timestamps.parse("2026-04-29T13:00:00+05:30", ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-04-29T07:30:00Z"));
        assertThat(Timestamps.parse("2026-04-29t13:00:00z", ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-04-29T13:00:00Z"));
    }

    @Test
    void impossibleDatesAreRejectedNotRolledOver() {
        assertThatThrownBy(() -> Timestamps.parse("2025-02-30 10:00:00", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Timestamps.parse("2025-06-30 25:00:00", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(Timestamps.parse(" 2025-06-30 11:18:04 ", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T11:18:04Z"));
    }

    @Test
    void minutePrecisionLocalTimeStillReads() {
        assertThat(Timestamps.parse("2025-06-30 11:18", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T11:18:00Z"));
    }

    @Test
    void everyDayFrom1900To2100ReadsAsJavaTimeReadsIt() {
        ZoneOffset plusTwo = ZoneOffset.ofHours(2);
        for (LocalDate date = LocalDate.of(1900, 1, 1); date.getYear() <= 2100; date = date.plusDays(1)) {
            LocalDateTime local = date.atTime(23, 59, 58, 120_000_000);
            String text = date + " 23:59:58.12";
            assertThat(Timestamps.parse(text, ZoneOffset.UTC)).as(text).isEqualTo(local.toInstant(ZoneOffset.UTC));
            assertThat(Timestamps.parse(date + "T23:59:58.12+02:00", ZoneOffset.UTC)).isEqualTo(local.toInstant(plusTwo));
        }
    }

    @Test
    void aLeapDayReadsOnlyInALeapYear() {
        assertThat(Timestamps.parse("2024-02-29 00:00:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(Timestamps.parse("2000-02-29 00:00:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
        assertThatThrownBy(() -> Timestamps.parse("1900-02-29 00:00:00", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Timestamps.parse("2025-04-31 00:00:00", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void anOffsetBeyondEighteenHoursIsRejected() {
        assertThatThrownBy(() -> Timestamps.parse("2025-06-30T10:00:00+19:00", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void aZoneWithDaylightSavingIsAppliedForTheDate() {
        assertThat(Timestamps.parse("2025-01-15 10:00:00", BUCHAREST)).isEqualTo(Instant.parse("2025-01-15T08:00:00Z"));
        assertThat(Timestamps.parse("2025-07-15 10:00:00", BUCHAREST)).isEqualTo(Instant.parse("2025-07-15T07:00:00Z"));
    }
}
