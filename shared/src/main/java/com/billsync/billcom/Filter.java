package com.billsync.billcom;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * One v3 list filter, {@code field:op:value}. Text and timestamps are sent quoted as in Bill.com's examples
 * ({@code name:sw:"Hap"}, {@code updatedTime:gte:"2025-12-30T00:00:00.000Z"}, {@code in:"USD,CAD"}),
 * booleans and numbers bare ({@code archived:eq:false}).
 */
public record Filter(String field, Op op, String value, boolean quoted) {

    /** Bill.com's v3 filter operators. */
    public enum Op {
        EQ, NE, GT, GTE, LT, LTE, IN, NIN, SW;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Filter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    public static Filter eq(String field, String value) {
        return new Filter(field, Op.EQ, value, true);
    }

    public static Filter eq(String field, boolean value) {
        return new Filter(field, Op.EQ, Boolean.toString(value), false);
    }

    public static Filter ne(String field, String value) {
        return new Filter(field, Op.NE, value, true);
    }

    public static Filter gte(String field, Instant value) {
        return new Filter(field, Op.GTE, BillcomTimes.formatV3(value), true);
    }

    public static Filter gt(String field, Instant value) {
        return new Filter(field, Op.GT, BillcomTimes.formatV3(value), true);
    }

    public static Filter lt(String field, Instant value) {
        return new Filter(field, Op.LT, BillcomTimes.formatV3(value), true);
    }

    public static Filter lte(String field, Instant value) {
        return new Filter(field, Op.LTE, BillcomTimes.formatV3(value), true);
    }

    public static Filter in(String field, Collection<String> values) {
        return new Filter(field, Op.IN, String.join(",", values), true);
    }

    public static Filter notIn(String field, Collection<String> values) {
        return new Filter(field, Op.NIN, String.join(",", values), true);
    }

    public static Filter startsWith(String field, String prefix) {
        return new Filter(field, Op.SW, prefix, true);
    }

    /** The filter as it appears (before URL encoding) in {@code filters=}. */
    public String render() {
        return field + ":" + op.wire() + ":" + (quoted ? "\"" + value + "\"" : value);
    }
}
