package com.billsync.coa;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Something the planner will not guess about: reported (errors log, plan), and the account is left out. */
public record CoaConflict(Code code, Optional<String> ledgerAccountId, Optional<String> billcomId, String message) {

    /** Why an account cannot be aligned. */
    public enum Code {
        /** An unmapped Bill.com row has the account's number but another type. */
        NUMBER_TYPE_MISMATCH,
        /** Several unmapped Bill.com rows fit the account equally well. */
        AMBIGUOUS_MATCH,
        /** The account is its own ancestor in the ledger. */
        CYCLE,
        /** The account's parent is not an account of the company. */
        PARENT_MISSING,
        /** The account's parent has no Bill.com row and will not get one (inactive, or itself in conflict). */
        PARENT_UNPLACEABLE,
        /** The account is mapped to a Bill.com row the mirror does not hold. */
        MAPPED_ROW_MISSING,
        /** An earlier create of the account has not been confirmed in Bill.com yet; it is not repeated. */
        CREATE_PENDING;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CoaConflict {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ledgerAccountId, "ledgerAccountId");
        Objects.requireNonNull(billcomId, "billcomId");
        Objects.requireNonNull(message, "message");
    }
}
