package com.billsync.simulator.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Filter operators: v3 names ({@code gte}) and the v2 symbols ({@code >=}) they replaced. */
public enum Op {
    EQ("eq", "="), NE("ne", "!="), GT("gt", ">"), GTE("gte", ">="), LT("lt", "<"), LTE("lte", "<="),
    IN("in", "in"), NIN("nin", "nin"), SW("sw", "sw");

    private final String v3;
    private final String v2;

    Op(String v3, String v2) {
        this.v3 = v3;
        this.v2 = v2;
    }

    public static Optional<Op> v3(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.v3.equals(n)).findFirst();
    }

    public static Optional<Op> v2(String symbol) {
        String s = symbol.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.v2.equals(s)).findFirst();
    }

    public boolean takesList() {
        return this == IN || this == NIN;
    }
}
