package com.billsync.coa;

import java.util.Locale;

/** What one mutation of a plan does; {@link #MAP} only records a mapping and writes nothing to Bill.com. */
public enum CoaAction {
    MAP, RESTORE, CREATE, UPDATE, ARCHIVE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the action writes to Bill.com (and so counts against the guard's change limit). */
    public boolean writesBillcom() {
        return this != MAP;
    }

    public static CoaAction fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
