package com.billsync.billcom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Bill.com's timestamp dialects. v3 writes {@code 2024-10-16T13:36:31.000+00:00} (and accepts
 * {@code …ss.SSSZ} in filters), v2 writes {@code 2024-12-30T07:00:00.000+0000}; readers here accept both,
 * with or without fraction or offset (no offset means UTC), and a bare date as its start in UTC.
 */
public final class BillcomTimes {

    private static final DateTimeFormatter V3_FILTER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter V2 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter();

    private BillcomTimes() {
    }

    /** For v3 filters: {@code 2025-12-30T00:00:00.000Z}. */
    public static String formatV3(Instant instant) {
        return V3_FILTER.format(instant);
    }

    /** For v2 filters: {@code 2024-12-30T07:00:00.000+0000}. */
    public static String formatV2(Instant instant) {
        return V2.format(instant);
    }

    /** Parses any of Bill.com's timestamp forms. */
    public static Instant parseInstant(String text) {
        TemporalAccessor t = LENIENT.parse(text.trim());
        LocalDate date = LocalDate.from(t);
        if (!t.isSupported(ChronoField.HOUR_OF_DAY)) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        LocalDateTime local = LocalDateTime.of(date, java.time.LocalTime.of(
                t.get(ChronoField.HOUR_OF_DAY), t.get(ChronoField.MINUTE_OF_HOUR),
                t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0,
                t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0));
        ZoneOffset offset = t.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))
                : ZoneOffset.UTC;
        return OffsetDateTime.of(local, offset).toInstant();
    }

    /**
     * Parses a date; a full timestamp gives its own calendar date (the date part as written), since Bill.com
     * dates such as a due date are calendar days, not instants.
     */
    public static LocalDate parseDate(String text) {
        String s = text.trim();
        if (s.length() < 10) {
            throw new DateTimeParseException("not a date", s, 0);
        }
        LocalDate date = LocalDate.parse(s.substring(0, 10));
        if (s.length() > 10) {
            parseInstant(s); // the rest must still be a valid timestamp
        }
        return date;
    }
}
