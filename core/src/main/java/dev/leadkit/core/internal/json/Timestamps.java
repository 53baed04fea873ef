package dev.leadkit.core.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Reads the timestamp shapes the vendors send: ISO-8601 with an offset or {@code Z} (any fraction of a
 * second), and offset-less {@code 2025-06-30 11:18:04} / {@code 2025-06-30T11:18:04}, read in the
 * account's zone; a bare date is its start of day in that zone.
 */
final class Timestamps {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT); // as the ISO formatters: February 30 and 24:00 are refused, not rolled over

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long DAYS_0000_TO_1970 = 719_528;

    private Timestamps() {
    }

    /**
     * @param text the vendor's timestamp
     * @param zone the zone for timestamps without an offset
     * @return the instant
     * @throws DateTimeParseException if the text is none of the shapes above
     * @throws DateTimeException      if it is one of them with a date or time out of range (February 30, 25:00);
     *                                a {@code DateTimeParseException} is one too, so catching this catches both
     */
    static Instant parse(String text, ZoneId zone) {
        Instant common = parseCommonShape(text, zone);
        if (common != null) {
            return common;
        }
        String value = text.strip();
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        }
        char last = value.charAt(value.length() - 1);
        boolean hasOffset = last == 'Z' || last == 'z' || value.lastIndexOf('+') > 9 || value.lastIndexOf('-') > 9;
        if (hasOffset) {
            return OffsetDateTime.parse(value.replace(' ', 'T'), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
        return LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
    }

    /**
     * The shapes the vendors actually send, read digit by digit: {@code yyyy-MM-dd HH:mm:ss} or with a
     * {@code T}, an optional fraction, then nothing (the zone), {@code Z}, or {@code ±hh:mm}. A page of
     * leads holds hundreds of timestamps, and {@link DateTimeFormatter} costs about a microsecond each, most
     * of a lead's decoding. Returns {@code null} for any other shape, which {@link #parse} then reads with
     * the formatters.
     */
    private static Instant parseCommonShape(String s, ZoneId zone) {
        int length = s.length();
        if (length < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != ' ' && s.charAt(10) != 'T')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int position = 19;
        int nanos = 0;
        if (position < length && s.charAt(position) == '.') {
            int start = ++position;
            while (position < length && position - start < 9 && isDigit(s.charAt(position))) {
                nanos = nanos * 10 + (s.charAt(position++) - '0');
            }
            if (position == start) {
                return null;
            }
            for (int scale = position - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59
                || second > 59) {
            throw outOfRange(s, year, month, day, hour, minute, second);
        }
        long localSeconds = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        if (position == length) {
            if (zone instanceof ZoneOffset) {
                return Instant.ofEpochSecond(localSeconds - ((ZoneOffset) zone).getTotalSeconds(), nanos);
            }
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(zone).toInstant();
        }
        char designator = s.charAt(position);
        if ((designator == 'Z' || designator == 'z') && position + 1 == length) {
            return Instant.ofEpochSecond(localSeconds, nanos);
        }
        if ((designator == '+' || designator == '-') && length - position == 6 && s.charAt(position + 3) == ':') {
            int hours = digits(s, position + 1, 2);
            int minutes = digits(s, position + 4, 2);
            if ((hours | minutes) < 0) {
                return null;
            }
            int sign = designator == '-' ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes); // checks the range
            return Instant.ofEpochSecond(localSeconds - offset.getTotalSeconds(), nanos);
        }
        return null;
    }

    /** What java.time says of a date or time out of range (February 30, 25:00), never a rolled-over instant. */
    private static DateTimeException outOfRange(String s, int year, int month, int day, int hour, int minute, int second) {
        try {
            LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return e;
        }
        return new DateTimeException("Text '" + s + "' is not a valid timestamp");
    }

    /** Days from 1970-01-01 to the date, proleptic Gregorian, as {@link LocalDate#toEpochDay()} counts them. */
    private static long epochDay(int year, int month, int day) {
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400; // year is 0..9999
        total += (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** The number written by {@code count} digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
