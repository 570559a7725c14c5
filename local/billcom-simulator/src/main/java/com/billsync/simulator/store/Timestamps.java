package com.billsync.simulator.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/** Bill.com's timestamp shapes: v3 {@code 2024-10-16T13:36:31.000+00:00}, v2 {@code 2024-12-30T07:00:00.000+0000}. */
public final class Timestamps {
    private static final DateTimeFormatter V3 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter V2 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);
    /** The filter formats the v3 docs list: date, minutes, seconds, millis, each with an optional zone. */
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
            .toFormatter();
    /** An unencoded '+' in a query string arrives as a space; take it back. */
    private static final Pattern SPACE_OFFSET = Pattern.compile(" (\\d{2}(:?\\d{2})?)$");

    private Timestamps() {
    }

    public static String v3(Instant instant) {
        return V3.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static String v2(Instant instant) {
        return V2.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** A v3 timestamp string in v2 form; text that is not a timestamp is returned unchanged. */
    public static String v3ToV2(String v3) {
        if (v3 == null) {
            return null;
        }
        if (isCanonicalV3(v3)) {
            return v3.substring(0, 23) + "+0000";
        }
        return parse(v3).map(Timestamps::v2).orElse(v3);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSS+00:00}: the shape every stored timestamp has, so the fast paths key on it. */
    public static boolean isCanonicalV3(String t) {
        return t.length() == 29 && t.charAt(10) == 'T' && t.charAt(19) == '.' && t.endsWith("+00:00");
    }

    /** The canonical v3 text of a canonical v2 timestamp ({@code …SSS+0000}), else null. */
    public static String canonicalFromV2(String t) {
        return t.length() == 28 && t.charAt(10) == 'T' && t.charAt(19) == '.' && t.endsWith("+0000")
                ? t.substring(0, 23) + "+00:00" : null;
    }

    /** Parses any accepted shape; a value without a zone is UTC. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = SPACE_OFFSET.matcher(text.trim()).replaceFirst("+$1");
        try {
            TemporalAccessor parsed = LENIENT.parse(value);
            LocalDate date = LocalDate.from(parsed);
            LocalDateTime dateTime = parsed.isSupported(ChronoField.HOUR_OF_DAY)
                    ? date.atTime(parsed.get(ChronoField.HOUR_OF_DAY), parsed.get(ChronoField.MINUTE_OF_HOUR),
                    parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                    parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0)
                    : date.atStartOfDay();
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return Optional.of(dateTime.toInstant(offset));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The UTC date of any accepted shape, e.g. for filters on {@code dueDate}. */
    public static Optional<LocalDate> parseDate(String text) {
        return parse(text).map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
    }
}
