package com.billsync.simulator.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;

/** A bill while the generator still moves money on it; {@link #finish()} writes the amounts and statuses. */
final class BillWork {
    final ObjectNode node;
    final String id;
    final String vendorId;
    final long amount;
    final LocalDate invoiceDate;
    final Instant created;
    final boolean payable;
    long paid;
    long scheduled;
    long credited;
    Instant updated;

    BillWork(ObjectNode node, String vendorId, long amount, LocalDate invoiceDate, Instant created, Instant updated,
             boolean payable) {
        this.node = node;
        this.id = node.path("id").asText();
        this.vendorId = vendorId;
        this.amount = amount;
        this.invoiceDate = invoiceDate;
        this.created = created;
        this.updated = updated;
        this.payable = payable;
    }

    /** What is still due and not yet scheduled for payment. */
    long open() {
        return amount - paid - credited - scheduled;
    }

    void touched(Instant at) {
        if (at.isAfter(updated)) {
            updated = at;
        }
    }

    /** Bill payment status follows the money: paid in full, scheduled, partly paid, or unpaid. */
    void finish() {
        long due = Math.max(0, amount - paid - credited);
        node.set("paidAmount", com.billsync.simulator.store.Json.money(paid));
        node.set("dueAmount", com.billsync.simulator.store.Json.money(due));
        node.set("scheduledAmount", com.billsync.simulator.store.Json.money(scheduled));
        node.set("creditAmount", com.billsync.simulator.store.Json.money(credited));
        String status = due == 0 ? "PAID" : scheduled > 0 ? "SCHEDULED" : paid > 0 ? "PARTIAL" : "UNPAID";
        node.put("paymentStatus", status);
        node.put("updatedTime", com.billsync.simulator.store.Timestamps.v3(updated));
    }
}
