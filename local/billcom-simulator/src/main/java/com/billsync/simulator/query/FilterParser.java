package com.billsync.simulator.query;

import com.billsync.simulator.error.BdcError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses v3 {@code filters=field:op:value,field:op:"v1,v2"} and {@code sort=field:asc|desc}. Values may be
 * quoted; a quoted value may hold commas (the {@code in}/{@code nin} list form) and colons.
 */
public final class FilterParser {
    private FilterParser() {
    }

    public static List<Filter> filters(String raw, FieldSpec spec) {
        List<Filter> filters = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return filters;
        }
        for (String part : splitOutsideQuotes(raw)) {
            if (part.isBlank()) {
                continue;
            }
            int first = part.indexOf(':');
            int second = first < 0 ? -1 : part.indexOf(':', first + 1);
            if (second < 0) {
                throw BdcError.INVALID_PARAMETER.exception("filters", part);
            }
            String name = part.substring(0, first).trim();
            String opName = part.substring(first + 1, second);
            FieldSpec.Field field = spec.field(name)
                    .orElseThrow(() -> BdcError.INVALID_FILTER_FIELD.exception(name));
            Op op = Op.v3(opName).orElseThrow(() -> BdcError.INVALID_FILTER_OPERATOR.exception(opName));
            String value = unquote(part.substring(second + 1).trim());
            List<String> values = op.takesList()
                    ? Arrays.stream(value.split(",")).map(String::trim).map(FilterParser::unquote).toList()
                    : List.of(value);
            filters.add(Filter.of(field, op, values));
        }
        return filters;
    }

    public static SortSpec sort(String raw, FieldSpec spec) {
        if (raw == null || raw.isBlank()) {
            return SortSpec.BY_ID;
        }
        String[] parts = raw.trim().split(":");
        if (parts.length > 2 || raw.contains(",")) {
            throw BdcError.INVALID_PARAMETER.exception("sort", raw);
        }
        FieldSpec.Field field = spec.field(parts[0].trim())
                .orElseThrow(() -> BdcError.INVALID_PARAMETER.exception("sort", raw));
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(java.util.Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw BdcError.INVALID_PARAMETER.exception("sort", raw);
        }
        return new SortSpec(field, direction.equals("asc"));
    }

    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static List<String> splitOutsideQuotes(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : raw.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
