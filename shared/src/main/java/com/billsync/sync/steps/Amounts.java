package com.billsync.sync.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Puts optional Bill.com values into ledger attributes, leaving absent ones out. */
final class Amounts {

    private Amounts() {
    }

    static void money(ObjectNode out, String field, BigDecimal value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    static void text(ObjectNode out, String field, String value) {
        if (value != null && !value.isBlank()) {
            out.put(field, value);
        }
    }

    static void date(ObjectNode out, String field, LocalDate value) {
        if (value != null) {
            out.put(field, value.toString());
        }
    }
}
