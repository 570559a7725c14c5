package com.billsync.simulator;

import java.util.Locale;

/** How many records of each kind the generator creates for an organization. */
public record OrgSize(int vendors, int bills, int payments, int credits, int accounts, int items, int customers,
                      int departments, int jobs, int locations, int classes, int employees) {

    public static final OrgSize DEMO = new OrgSize(15, 60, 30, 8, 40, 10, 10, 4, 5, 3, 4, 5);
    public static final OrgSize S = new OrgSize(200, 2_000, 1_200, 100, 120, 50, 100, 8, 20, 5, 8, 15);
    public static final OrgSize M = new OrgSize(2_000, 20_000, 12_000, 1_000, 300, 500, 1_000, 20, 100, 10, 15, 50);
    public static final OrgSize L = new OrgSize(10_000, 100_000, 60_000, 5_000, 1_500, 2_500, 5_000, 100, 500, 50,
            75, 250);

    public OrgSize {
        int[] all = {vendors, bills, payments, credits, accounts, items, customers, departments, jobs, locations,
                classes, employees};
        for (int n : all) {
            if (n < 0) {
                throw new IllegalArgumentException("counts must not be negative: " + n);
            }
        }
    }

    /** Parses {@code demo|s|m|l} (any case). */
    public static OrgSize parse(String name) {
        return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "demo" -> DEMO;
            case "s" -> S;
            case "m" -> M;
            case "l" -> L;
            default -> throw new IllegalArgumentException("unknown size '" + name + "' (expected demo, s, m or l)");
        };
    }
}
