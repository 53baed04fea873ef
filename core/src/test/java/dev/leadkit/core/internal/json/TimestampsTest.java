package dev.leadkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void aFixedOffsetZoneIsSubtractedFromTheLocalTime() {
        assertThat(Timestamps.parse("2025-06-30 11:18:04", ZoneOffset.ofHoursMinutes(5, 30)))
                .isEqualTo(Instant.parse("2025-06-30T05:48:04Z"));
        assertThat(Timestamps.parse("2025-06-30 11:18:04", ZoneOffset.ofHours(-3)))
                .isEqualTo(Instant.parse("2025-06-30T14:18:04Z"));
    }

    @Test
    void aFixedOffsetZoneAppliesToAFractionalLocalTimeToo() {
        assertThat(Timestamps.parse("2025-06-30T11:18:04.5", ZoneId.of("+02:00")))
                .isEqualTo(Instant.parse("2025-06-30T09:18:04.500Z"));
    }

    @Test
    void aFixedOffsetZoneAppliesToAMinutePrecisionLocalTime() {
        assertThat(Timestamps.parse("2025-06-30 11:18", ZoneOffset.ofHours(2))).isEqualTo(Instant.parse("2025-06-30T09:18:00Z"));
    }

    @Test
    void aBareDateIsTheStartOfThatDayInAFixedOffsetZone() {
        assertThat(Timestamps.parse("2025-01-15", ZoneOffset.ofHours(2))).isEqualTo(Instant.parse("2025-01-14T22:00:00Z"));
    }

    @Test
    void aBareDateIsTheStartOfThatDayInARegionZone() {
        assertThat(Timestamps.parse("2025-07-15", BUCHAREST)).isEqualTo(Instant.parse("2025-07-14T21:00:00Z"));
    }

    @Test
    void aBareDateWhoseMidnightFallsInADaylightSavingGapStartsWhenTheDayDoes() {
        // Sao Paulo skipped 2018-11-04 00:00-01:00: the day began at 01:00 -02:00
        assertThat(Timestamps.parse("2018-11-04", ZoneId.of("America/Sao_Paulo"))).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
    }

    @Test
    void anExplicitOffsetWinsOverAFixedOffsetZone() {
        assertThat(Timestamps.parse("2025-06-30T11:18:04Z", ZoneOffset.ofHours(5))).isEqualTo(Instant.parse("2025-06-30T11:18:04Z"));
        assertThat(Timestamps.parse("2025-06-30T11:18:04+01:00", ZoneOffset.ofHours(5))).isEqualTo(Instant.parse("2025-06-30T10:18:04Z"));
    }

    @Test
    void aLocalTimeInsideTheSpringForwardGapMovesLaterByTheGap() {
        // Bucharest went from 03:00 EET to 04:00 EEST on 2025-03-30: 03:30 does not exist, java.time reads 04:30 EEST
        assertThat(Timestamps.parse("2025-03-30 03:30:00", BUCHAREST)).isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
    }

    @Test
    void aLocalTimeJustAroundTheSpringForwardGapKeepsItsOwnOffset() {
        assertThat(Timestamps.parse("2025-03-30 02:59:59", BUCHAREST)).isEqualTo(Instant.parse("2025-03-30T00:59:59Z"));
        assertThat(Timestamps.parse("2025-03-30 04:00:00", BUCHAREST)).isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
    }

    @Test
    void aLocalTimeInsideTheFallBackOverlapIsReadWithTheEarlierOffset() {
        // Bucharest went from 04:00 EEST back to 03:00 EET on 2025-10-26: 03:30 happened twice, first at +03:00
        assertThat(Timestamps.parse("2025-10-26 03:30:00", BUCHAREST)).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        assertThat(Timestamps.parse("2025-10-26T03:30:00.25", BUCHAREST)).isEqualTo(Instant.parse("2025-10-26T00:30:00.250Z"));
    }

    @Test
    void aLocalTimeAfterTheFallBackOverlapHasTheWinterOffset() {
        assertThat(Timestamps.parse("2025-10-26 04:00:00", BUCHAREST)).isEqualTo(Instant.parse("2025-10-26T02:00:00Z"));
    }

    @Test
    void negativeAndPositiveOffsetsWithMinutesKeepTheirSignOnBothParts() {
        assertThat(Timestamps.parse("2025-06-30T11:18:04-05:30", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T16:48:04Z"));
        assertThat(Timestamps.parse("2025-06-30T11:18:04+05:45", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T05:33:04Z"));
        assertThat(Timestamps.parse("2025-06-30T11:18:04-00:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T11:18:04Z"));
    }

    @Test
    void aSpaceSeparatedTimestampWithAnOffsetReadsTheOffset() {
        assertThat(Timestamps.parse("2025-06-30 11:18:04+02:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T09:18:04Z"));
        assertThat(Timestamps.parse("2025-06-30 11:18:04Z", BUCHAREST)).isEqualTo(Instant.parse("2025-06-30T11:18:04Z"));
    }

    @Test
    void aFractionFollowedByAnOffsetReadsBoth() {
        assertThat(Timestamps.parse("2025-06-30T11:18:04.123-02:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T13:18:04.123Z"));
    }

    @Test
    void minutePrecisionTimestampsWithAnOffsetOrZReadTheOffset() {
        assertThat(Timestamps.parse("2025-06-30T11:18+05:30", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T05:48:00Z"));
        assertThat(Timestamps.parse("2025-06-30T11:18-03:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T14:18:00Z"));
        assertThat(Timestamps.parse("2025-06-30T11:18Z", BUCHAREST)).isEqualTo(Instant.parse("2025-06-30T11:18:00Z"));
        assertThat(Timestamps.parse("2025-06-30 11:18z", BUCHAREST)).isEqualTo(Instant.parse("2025-06-30T11:18:00Z"));
    }

    @Test
    void aLowerCaseTSeparatorIsReadLikeAnUpperCaseOne() {
        assertThat(Timestamps.parse("2025-06-30t11:18:04", BUCHAREST)).isEqualTo(Instant.parse("2025-06-30T08:18:04Z"));
    }

    @Test
    void aLowerCaseZAfterAnUpperCaseTIsUtc() {
        assertThat(Timestamps.parse("2025-06-30T11:18:04z", BUCHAREST)).isEqualTo(Instant.parse("2025-06-30T11:18:04Z"));
    }

    @Test
    void theFirstAndLastYearsOfFourDigitsRead() {
        assertThat(Timestamps.parse("0000-01-01 00:00:00", ZoneOffset.UTC)).isEqualTo(LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC));
        assertThat(Timestamps.parse("9999-12-31T23:59:59.999999999Z", ZoneOffset.UTC))
                .isEqualTo(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999).toInstant(ZoneOffset.UTC));
    }

    @Test
    void leapYearsFollowTheGregorianRules() {
        for (int year : new int[] {0, 4, 400, 1600, 2000, 2024, 2400}) {
            assertThat(Timestamps.parse(String.format("%04d-02-29 12:00:00", year), ZoneOffset.UTC)).as("%d", year)
                    .isEqualTo(LocalDateTime.of(year, 2, 29, 12, 0).toInstant(ZoneOffset.UTC));
        }
        for (int year : new int[] {1, 100, 1700, 1800, 1900, 2023, 2100, 2200}) {
            String text = String.format("%04d-02-29 12:00:00", year);
            assertThatThrownBy(() -> Timestamps.parse(text, ZoneOffset.UTC)).as(text).isInstanceOf(DateTimeException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-31", "2025-03-31", "2025-05-31", "2025-07-31", "2025-08-31", "2025-10-31", "2025-12-31",
            "2025-04-30", "2025-06-30", "2025-09-30", "2025-11-30", "2025-02-28", "2024-02-29"})
    void theLastDayOfEveryMonthReads(String date) {
        assertThat(Timestamps.parse(date + " 10:00:00", ZoneOffset.UTC)).isEqualTo(Instant.parse(date + "T10:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-32", "2025-02-29", "2024-02-30", "2025-03-32", "2025-04-31", "2025-05-32", "2025-06-31",
            "2025-07-32", "2025-08-32", "2025-09-31", "2025-10-32", "2025-11-31", "2025-12-32", "2025-06-00", "2025-00-10",
            "2025-13-10"})
    void aDayOrMonthPastTheCalendarIsRejectedNotRolledOver(String date) {
        assertThatThrownBy(() -> Timestamps.parse(date + " 10:00:00", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Timestamps.parse(date + "T10:00:00Z", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00:00", "23:60:00", "23:59:60", "99:00:00"})
    void aTimeOfDayPastTheClockIsRejected(String time) {
        assertThatThrownBy(() -> Timestamps.parse("2025-06-30 " + time, ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void theLastSecondOfTheDayReads() {
        assertThat(Timestamps.parse("2025-06-30 23:59:59", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T23:59:59Z"));
    }

    /** A character in a field that is not a digit: the fast reader must not take it for one. */
    @ParameterizedTest
    @ValueSource(strings = {"2O25-06-30 11:18:04", "2025-0x-30 11:18:04", "2025-06-3x 11:18:04", "2025-06-30 1x:18:04",
            "2025-06-30 11:1x:04", "2025-06-30 11:18:0x", "2025-06-30 1/:18:04", "2025-06-30 11:/8:04", "2025-06-30 11:18:/4",
            "/025-06-30 11:18:04", "2025-06-30 1::18:04", "2025-06-30 11:18::4", ":025-06-30 11:18:04",
            "2025-06-30 11:18:04.1/", "2025-06-30 11:18:04./Z", "2025-06-30 11:18:04.:Z", "2025-06-30T11:18:04+0/:00",
            "2025-06-30T11:18:04+02:/0", "2025-06-30T11:18:04+0::00", "2025-06-30T11:18:04+02::0"})
    void aNonDigitInAFieldIsRejected(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text, ZoneOffset.UTC)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025/06/30 11:18:04", "2025-06/30 11:18:04", "2025/06-30 11:18:04", "2025-06-30_11:18:04",
            "2025-06-30 11.18:04", "2025-06-30 11:18.04", "2025-06-30 11:18:04,5", "2025-06-30T11:18:04,5Z"})
    void aWrongSeparatorIsRejected(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text, ZoneOffset.UTC)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-30T11:18:04Zx", "2025-06-30T11:18:04ZZ", "2025-06-30T11:18:04+02:00x", "2025-06-30T11:18:04+02:000",
            "2025-06-30T11:18:04+02:0", "2025-06-30T11:18:04+02-00", "2025-06-30T11:18:04+02x00",
            "2025-06-30T11:18:04x02:00", "2025-06-30T11:18:04Y",
            "2025-06-30T11:18:04x", "2025-06-30T11:18:04.5x", "2025-06-30T11:18:04.5+02:00x"})
    void somethingAfterTheTimeOrItsOffsetIsRejected(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text, ZoneOffset.UTC)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void anOffsetOfWholeHoursWithoutMinutesReads() {
        assertThat(Timestamps.parse("2025-06-30T11:18:04+02", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T09:18:04Z"));
    }

    @Test
    void moreThanNineFractionDigitsAreRejected() {
        assertThatThrownBy(() -> Timestamps.parse("2025-06-02T12:08:17.1234567891Z", ZoneOffset.UTC)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2025-06-02 12:08:17.1234567891", ZoneOffset.UTC)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aDecimalPointWithoutDigitsReadsAsNoFraction() {
        // java.time's ISO formatters accept "04." and "04.Z"; the fast reader leaves such text to them
        assertThat(Timestamps.parse("2025-06-02T12:08:17.Z", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-02T12:08:17Z"));
    }

    @Test
    void anOffsetMinuteBeyondFiftyNineIsRejected() {
        assertThatThrownBy(() -> Timestamps.parse("2025-06-30T10:00:00+05:60", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Timestamps.parse("2025-06-30T10:00:00-19:00", ZoneOffset.UTC)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void theWidestOffsetsRead() {
        assertThat(Timestamps.parse("2025-06-30T10:00:00+18:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-29T16:00:00Z"));
        assertThat(Timestamps.parse("2025-06-30T10:00:00-18:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-07-01T04:00:00Z"));
    }

    @Test
    void textTooShortForATimestampIsRejected() {
        assertThatThrownBy(() -> Timestamps.parse("2025-06-30 11:1", ZoneOffset.UTC)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2025-06-3", ZoneOffset.UTC)).isInstanceOf(DateTimeParseException.class);
    }

    /**
     * The fast reader against java.time's own reading of the same text, for random instants of years 0000 to 9999 in
     * every shape it reads, in fixed-offset zones and in region zones with daylight saving (their gaps and overlaps
     * included, the random times falling in them now and then).
     */
    @Test
    void randomTimestampsInEveryShapeAndZoneReadAsJavaTimeReadsThem() {
        Random random = new Random(20_261_201);
        List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHoursMinutes(-9, -30),
                ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12), BUCHAREST, ZoneId.of("America/St_Johns"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("UTC+03:00"));
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int year = i % 4 == 0 ? 1970 + random.nextInt(80) : random.nextInt(10_000);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(LocalDate.of(year, month, 1).lengthOfMonth());
            int digits = random.nextInt(10);
            int unit = POWERS_OF_TEN[9 - digits];
            int nanos = random.nextInt(1_000_000_000) / unit * unit;
            LocalDateTime local = LocalDateTime.of(year, month, day, random.nextInt(24), random.nextInt(60), random.nextInt(60), nanos);
            StringBuilder text = new StringBuilder();
            pad(text, year, 4).append('-');
            pad(text, month, 2).append('-');
            pad(text, day, 2).append(random.nextBoolean() ? ' ' : 'T');
            pad(text, local.getHour(), 2).append(':');
            pad(text, local.getMinute(), 2).append(':');
            pad(text, local.getSecond(), 2);
            if (digits > 0) {
                pad(text.append('.'), nanos / unit, digits);
            }
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            Instant expected;
            switch (random.nextInt(3)) {
                case 0:
                    expected = local.atZone(zone).toInstant();
                    break;
                case 1:
                    text.append('Z');
                    expected = local.toInstant(ZoneOffset.UTC);
                    break;
                default:
                    ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 18 * 4) * 15 * 60);
                    text.append(offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId());
                    expected = local.toInstant(offset);
            }
            Instant read = Timestamps.parse(text.toString(), zone);
            if (!read.equals(expected)) {
                wrong.add(text + " in " + zone + ": " + read + ", java.time says " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /**
     * The shapes the fast reader leaves to the formatters (minutes only, surrounding whitespace, a decimal point without
     * digits) refuse an impossible date or time as the fast reader does, rather than rolling it over to a real one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30 10:00", "2025-04-31T10:00", "2025-06-30 24:00", "2025-06-30 23:60", "2025-02-29 10:00",
            " 2025-02-30 10:00:00 ", "2025-02-30 10:00:00.", "2025-06-30 24:00:00.", " 2025-06-30 24:00:00"})
    void anImpossibleDateOrTimeIsRejectedInTheShapesTheFormattersRead(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text, ZoneOffset.UTC)).as(text).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Timestamps.parse(text, BUCHAREST)).as(text).isInstanceOf(DateTimeException.class);
    }

    @Test
    void theLastDayOfAMonthAndTheLastMinuteOfADayReadInTheShapesTheFormattersRead() {
        assertThat(Timestamps.parse("2024-02-29 23:59", ZoneOffset.UTC)).isEqualTo(Instant.parse("2024-02-29T23:59:00Z"));
        assertThat(Timestamps.parse(" 2025-04-30 10:00:00 ", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-04-30T10:00:00Z"));
        assertThat(Timestamps.parse("2025-06-30 11:18:04.", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-30T11:18:04Z"));
    }
}
