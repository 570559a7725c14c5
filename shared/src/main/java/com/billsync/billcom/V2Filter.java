package com.billsync.billcom;

import java.time.Instant;
import java.util.Objects;

/**
 * One v2 list filter, {@code {"field","op","value"}} with the symbol operators v2 uses. Only {@code =},
 * {@code <}, {@code >=} ... are documented by example; the full v2 operator list is UNCONFIRMED.
 */
public record V2Filter(String field, String op, String value) {

    public V2Filter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    public static V2Filter eq(String field, String value) {
        return new V2Filter(field, "=", value);
    }

    public static V2Filter ne(String field, String value) {
        return new V2Filter(field, "!=", value);
    }

    public static V2Filter lt(String field, Instant value) {
        return new V2Filter(field, "<", BillcomTimes.formatV2(value));
    }

    public static V2Filter gte(String field, Instant value) {
        return new V2Filter(field, ">=", BillcomTimes.formatV2(value));
    }

    public static V2Filter gt(String field, Instant value) {
        return new V2Filter(field, ">", BillcomTimes.formatV2(value));
    }
}
