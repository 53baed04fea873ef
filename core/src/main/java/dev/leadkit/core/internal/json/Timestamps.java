package dev.leadkit.core.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads the timestamp shapes the vendors send: ISO-8601 with an offset or {@code Z} (any fraction of a
 * second), and offset-less {@code 2025-06-30 11:18:04} / {@code 2025-06-30T11:18:04}, read in the
 * account's zone; a bare date is its start of day in that zone.
 */
public final class Timestamps {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private Timestamps() {
    }

    /**
     * @param text the vendor's timestamp
     * @param zone the zone for timestamps without an offset
     * @return the instant
     * @throws DateTimeParseException if the text is none of the shapes above
     */
    public static Instant parse(String text, ZoneId zone) {
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
}
