package com.billsync.billcom.model;

/** Guards shared by the records' compact constructors. */
final class Ids {

    private Ids() {
    }

    /** A record Bill.com sent without an id cannot be synced or even reported by id: refuse to map it. */
    static String require(String id, String kind) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(kind + " has no id");
        }
        return id;
    }

    /** v2 writes twenty zeros for "no id"; the records say {@code null} instead. */
    static String v2(String id) {
        return id == null || id.isBlank() || id.chars().allMatch(c -> c == '0') ? null : id;
    }
}
