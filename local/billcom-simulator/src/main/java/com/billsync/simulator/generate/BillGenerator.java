package com.billsync.simulator.generate;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.Timestamps;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bills with 1-5 lines over ~2 years of invoice dates. Most are APPROVED; the rest ASSIGNED, APPROVING, DENIED or
 * UNASSIGNED with matching approvers. A couple share a vendor and invoice number with another bill (duplicates).
 */
final class BillGenerator {
    private static final int[] LINE_COUNT_WEIGHTS = {40, 25, 15, 10, 10};

    private BillGenerator() {
    }

    static List<BillWork> generate(Gen g, int count, Refs refs) {
        List<BillWork> bills = new ArrayList<>(count);
        if (refs.vendors().isEmpty()) {
            return bills;
        }
        Map<String, Set<String>> invoiceNumbers = new HashMap<>();
        List<ObjectNode> lineItems = refs.lineItems();
        int half = count / 2;
        for (int i = 0; i < count; i++) {
            // Two bills repeat the vendor and invoice number of an earlier one (as when a bill is entered twice).
            BillWork original = count >= 4 && (i == half + 1 || i == half + 3) ? bills.get(i - half - 1) : null;
            ObjectNode vendor;
            String number = null;
            if (original != null) {
                vendor = refs.vendors().stream()
                        .filter(v -> v.path("id").asText().equals(original.vendorId)).findFirst().orElseThrow();
                number = original.node.path("invoice").path("invoiceNumber").asText();
            } else {
                vendor = refs.activeVendors().isEmpty() || g.chance(0.03)
                        ? g.pick(refs.vendors()) : g.pick(refs.activeVendors());
            }
            bills.add(bill(g, refs, lineItems, vendor, invoiceNumbers, number));
        }
        return bills;
    }

    private static BillWork bill(Gen g, Refs refs, List<ObjectNode> lineItems, ObjectNode vendor,
                                 Map<String, Set<String>> numbers, String duplicateOf) {
        String vendorId = vendor.path("id").asText();
        LocalDate invoiceDate = g.today.minusDays(g.between(1, 730));
        Instant created = g.notAfterNow(invoiceDate.atStartOfDay().toInstant(ZoneOffset.UTC)
                .plusSeconds(g.between(3_600, 3 * 86_400)));
        Instant updated = g.within(created, g.notAfterNow(created.plus(Duration.ofDays(20))));
        String approval = approvalStatus(g);
        boolean archived = g.chance(0.02);

        ObjectNode bill = Gen.object();
        bill.put("id", g.id(SimKind.BILL));
        bill.put("archived", archived);
        bill.put("vendorId", vendorId);
        bill.put("vendorName", vendor.path("name").asText());
        ObjectNode invoice = bill.putObject("invoice");
        String number = duplicateOf != null ? duplicateOf
                : invoiceNumber(g, numbers.computeIfAbsent(vendorId, k -> new HashSet<>()));
        invoice.put("invoiceNumber", number);
        invoice.put("invoiceDate", invoiceDate.toString());
        bill.put("description", "Invoice " + number + " from " + vendor.path("name").asText());
        bill.put("dueDate", invoiceDate.plusDays(g.pick(List.of(15, 30, 30, 45, 60))).toString());
        bill.set("amount", Json.money(0));
        for (String placeholder : new String[] {"paidAmount", "dueAmount", "scheduledAmount", "creditAmount"}) {
            bill.set(placeholder, Json.money(0));
        }
        bill.put("exchangeRate", 1);
        if (g.chance(0.2)) {
            bill.put("purchaseOrderNumber", "PO-" + g.between(1000, 9999));
        }
        ArrayNode lines = bill.putArray("billLineItems");
        long total = 0;
        int lineCount = weighted(g, LINE_COUNT_WEIGHTS) + 1;
        for (int l = 0; l < lineCount; l++) {
            ObjectNode line = line(g, refs, lineItems);
            total += Json.cents(line, "amount");
            lines.add(line);
        }
        bill.set("amount", Json.money(total));
        bill.put("paymentStatus", "UNPAID");
        bill.put("approvalStatus", approval);
        if (!approval.equals("UNASSIGNED") && !refs.approverIds().isEmpty()) {
            bill.set("approvers", approvers(g, refs, approval, created, updated));
        }
        bill.put("recordStatus", archived ? "INACTIVE" : "ACTIVE");
        bill.put("createdBy", refs.createdBy());
        g.stamp(bill, created, updated);
        boolean payable = approval.equals("APPROVED") && !archived;
        return new BillWork(bill, vendorId, total, invoiceDate, created, updated, payable);
    }

    private static ObjectNode line(Gen g, Refs refs, List<ObjectNode> usableItems) {
        ObjectNode line = Gen.object();
        line.put("id", g.org.newId("bli"));
        ObjectNode c = Gen.object();
        long price;
        int quantity;
        String description;
        if (!usableItems.isEmpty() && g.chance(0.2)) {
            ObjectNode item = g.pick(usableItems);
            quantity = g.between(1, 20);
            price = Json.cents(item, "purchaseCost");
            description = item.path("purchaseDescription").asText(item.path("name").asText());
            if (item.has("expenseChartOfAccountId")) {
                c.put("chartOfAccountId", item.path("expenseChartOfAccountId").asText());
            }
            c.put("itemId", item.path("id").asText());
        } else {
            quantity = g.chance(0.7) ? 1 : g.between(2, 10);
            price = g.cents(5_00, 2_500_00) / quantity;
            ObjectNode account = refs.coa().lineAccounts().isEmpty() ? null : g.pick(refs.coa().lineAccounts());
            description = account == null ? "Services" : account.path("name").asText();
            if (account != null) {
                c.put("chartOfAccountId", account.path("id").asText());
            }
        }
        price = Math.max(price, 1);
        maybe(g, c, "accountingClassId", refs.classes(), 0.4);
        maybe(g, c, "departmentId", refs.departments(), 0.6);
        maybe(g, c, "employeeId", refs.employees(), 0.1);
        maybe(g, c, "jobId", refs.jobs(), 0.2);
        maybe(g, c, "locationId", refs.locations(), 0.4);
        maybe(g, c, "customerId", refs.customers(), 0.1);
        line.set("amount", Json.money(price * quantity));
        line.put("quantity", quantity);
        line.set("price", Json.money(price));
        line.put("description", description);
        line.set("classifications", c);
        return line;
    }

    private static ArrayNode approvers(Gen g, Refs refs, String approval, Instant created, Instant updated) {
        int count = approval.equals("APPROVING") ? 2 : g.between(1, Math.min(2, refs.approverIds().size()));
        ArrayNode out = Json.array();
        Instant decided = created;
        for (int order = 0; order < count; order++) {
            ObjectNode a = out.addObject();
            a.put("userId", refs.approverIds().get(order % refs.approverIds().size()));
            String status = switch (approval) {
                case "APPROVED" -> "APPROVED";
                case "DENIED" -> order == 0 ? "DENIED" : "WAITING";
                case "APPROVING" -> order == 0 ? "APPROVED" : "WAITING";
                default -> "WAITING";
            };
            a.put("status", status);
            a.put("approverOrder", order + 1);
            if (!status.equals("WAITING")) {
                decided = g.within(decided, updated);
            }
            a.put("statusChangedTime", Timestamps.v3(status.equals("WAITING") ? created : decided));
        }
        return out;
    }

    /** Most bills are approved, so most import; every other state appears too. */
    private static String approvalStatus(Gen g) {
        double roll = g.random.nextDouble();
        return roll < 0.76 ? "APPROVED" : roll < 0.84 ? "ASSIGNED" : roll < 0.90 ? "APPROVING"
                : roll < 0.94 ? "DENIED" : "UNASSIGNED";
    }

    private static String invoiceNumber(Gen g, Set<String> used) {
        while (true) {
            String n = g.chance(0.7) ? "INV-" + g.between(10_000, 99_999) : String.valueOf(g.between(1_000, 999_999));
            if (used.add(n)) {
                return n;
            }
        }
    }

    private static void maybe(Gen g, ObjectNode c, String field, List<ObjectNode> from, double p) {
        if (!from.isEmpty() && g.chance(p)) {
            c.put(field, g.pick(from).path("id").asText());
        }
    }

    private static int weighted(Gen g, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = g.random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
