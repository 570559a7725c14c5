package com.billsync.sync;

import com.billsync.ledger.LedgerKind;

/**
 * Ids of ledger records the sync creates: the kind's prefix and the Bill.com id, so every delivery of the same
 * Bill.com record writes the same item and a half-finished batch can never leave a second copy behind.
 */
public final class LedgerIds {

    private LedgerIds() {
    }

    public static String imported(LedgerKind kind, String billcomId) {
        return kind.idPrefix() + "_" + billcomId;
    }
}
