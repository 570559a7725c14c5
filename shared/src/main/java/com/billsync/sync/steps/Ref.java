package com.billsync.sync.steps;

import com.billsync.mapping.BillcomKind;
import java.util.Objects;

/**
 * A reference from a transaction to a Bill.com row that must be mapped, and where it was found.
 *
 * @param where e.g. {@code "line 2"}, or {@code "the bill"}
 */
record Ref(BillcomKind kind, String billcomId, String where) {
    Ref {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(billcomId, "billcomId");
        Objects.requireNonNull(where, "where");
    }

    /** The errors-log code for an unmapped reference of this kind. */
    String code() {
        return switch (kind) {
            case VENDORS -> "VENDOR_NOT_MAPPED";
            case ACCOUNTS -> "ACCOUNT_NOT_MAPPED";
            case FUNDING_ACCOUNTS -> "FUNDING_ACCOUNT_NOT_MAPPED";
            case ITEMS -> "ITEM_NOT_MAPPED";
            default -> "CLASSIFICATION_NOT_MAPPED";
        };
    }

    /** What the user maps it under: the mapping route's kind. */
    String screen() {
        return kind.slug();
    }

    String noun() {
        return switch (kind) {
            case VENDORS -> "vendor";
            case ACCOUNTS -> "account";
            case FUNDING_ACCOUNTS -> "funding account";
            case ITEMS -> "item";
            case CUSTOMERS -> "customer";
            case DEPARTMENTS -> "department";
            case JOBS -> "job";
            case LOCATIONS -> "location";
            case ACCOUNTING_CLASSES -> "accounting class";
            case EMPLOYEES -> "employee";
            default -> kind.slug();
        };
    }
}
