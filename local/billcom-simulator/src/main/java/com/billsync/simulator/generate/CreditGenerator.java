package com.billsync.simulator.generate;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.store.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Vendor credits. About two thirds are applied in full to one open, approved bill of the same vendor (its
 * {@code creditAmount} grows by the credit), the rest are not applied yet.
 */
final class CreditGenerator {
    /** A generated credit and the bill it was applied to (null when unapplied). */
    record Credit(ObjectNode node, BillWork bill, long amount) {
    }

    private CreditGenerator() {
    }

    static List<Credit> generate(Gen g, int count, Refs refs, Map<String, List<BillWork>> payableByVendor) {
        List<Credit> credits = new ArrayList<>();
        if (refs.vendors().isEmpty()) {
            return credits;
        }
        List<String> vendorsWithBills = new ArrayList<>(payableByVendor.keySet());
        vendorsWithBills.sort(String::compareTo);
        for (int i = 0; i < count; i++) {
            String vendorId = !vendorsWithBills.isEmpty() && g.chance(0.9)
                    ? g.pick(vendorsWithBills) : g.pick(refs.vendors()).path("id").asText();
            long amount = g.cents(20_00, 800_00);
            BillWork target = g.chance(0.67) ? findBill(g, payableByVendor.get(vendorId), amount) : null;
            LocalDate creditDate = target != null
                    ? target.invoiceDate.plusDays(g.between(0, 20))
                    : g.today.minusDays(g.between(1, 700));
            if (creditDate.isAfter(g.today)) {
                creditDate = g.today;
            }
            Instant created = g.notAfterNow(creditDate.atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(g.between(3_600, 86_400)));
            Instant updated = g.within(created, g.notAfterNow(created.plus(Duration.ofDays(10))));

            ObjectNode credit = Gen.object();
            credit.put("id", g.id(SimKind.VENDOR_CREDIT));
            credit.put("vendorId", vendorId);
            credit.put("referenceNumber", "CM-" + g.between(1000, 9999));
            credit.put("creditDate", creditDate.toString());
            credit.put("description", g.pick(List.of("Returned goods", "Pricing adjustment", "Damaged shipment",
                    "Volume rebate", "Overbilling correction")));
            credit.put("archived", target == null && g.chance(0.05));
            credit.set("amount", Json.money(amount));
            credit.set("appliedAmount", Json.money(target == null ? 0 : amount));
            credit.put("status", target == null ? "NOT_APPLIED" : "FULLY_APPLIED");
            ArrayNode lines = credit.putArray("vendorCreditLineItems");
            int lineCount = amount > 100_00 && g.chance(0.4) ? 2 : 1;
            long first = lineCount == 1 ? amount : amount / 2;
            for (int l = 0; l < lineCount; l++) {
                ObjectNode line = lines.addObject();
                line.put("id", g.org.newId("vcl"));
                line.put("description", credit.path("description").asText());
                line.set("amount", Json.money(l == 0 ? first : amount - first));
                ObjectNode c = line.putObject("classifications");
                if (!refs.coa().lineAccounts().isEmpty()) {
                    c.put("chartOfAccountId", g.pick(refs.coa().lineAccounts()).path("id").asText());
                }
                if (!refs.departments().isEmpty() && g.chance(0.5)) {
                    c.put("departmentId", g.pick(refs.departments()).path("id").asText());
                }
            }
            ArrayNode usage = credit.putArray("usage");
            if (target != null) {
                ObjectNode use = usage.addObject();
                use.put("billId", target.id);
                use.set("amount", Json.money(amount));
                target.credited += amount;
                target.touched(created);
            }
            g.stamp(credit, created, updated);
            credits.add(new Credit(credit, target, amount));
        }
        return credits;
    }

    private static BillWork findBill(Gen g, List<BillWork> bills, long amount) {
        if (bills == null || bills.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < 4; attempt++) {
            BillWork bill = g.pick(bills);
            if (bill.open() >= amount + 1_00) {
                return bill;
            }
        }
        return null;
    }
}
