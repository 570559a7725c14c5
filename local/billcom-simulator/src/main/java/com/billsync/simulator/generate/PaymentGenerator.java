package com.billsync.simulator.generate;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.store.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bill payments over the approved bills: most PAID in full, some partly, some SCHEDULED or APPROVING (the bill's
 * scheduledAmount), some VOID or CANCELLED (the bill stays open and is usually paid again later). A fifth pay
 * two or three bills of one vendor. Credits applied to a paid bill are linked to its payment.
 */
final class PaymentGenerator {
    private static final DateTimeFormatter CONFIRMATION_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    /** Inputs beyond the bills: where money comes from and who records it. */
    record Sources(List<ObjectNode> banks, String fallbackGlAccount, Map<String, ObjectNode> vendorsById,
                   Map<String, List<CreditGenerator.Credit>> creditsByBill, String createdBy) {
    }

    private PaymentGenerator() {
    }

    static List<ObjectNode> generate(Gen g, int count, List<BillWork> bills, Sources sources) {
        List<BillWork> payable = new ArrayList<>(bills.stream().filter(b -> b.payable && b.open() > 0).toList());
        Collections.shuffle(payable, new java.util.Random(g.random.nextLong()));
        Deque<BillWork> queue = new ArrayDeque<>(payable);
        Map<String, List<BillWork>> byVendor = new HashMap<>();
        payable.forEach(b -> byVendor.computeIfAbsent(b.vendorId, k -> new ArrayList<>()).add(b));
        List<ObjectNode> payments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BillWork first = null;
            while (!queue.isEmpty() && first == null) {
                BillWork candidate = queue.pollFirst();
                if (candidate.open() > 0) {
                    first = candidate;
                }
            }
            List<BillWork> group = new ArrayList<>();
            String status;
            if (first == null) {
                // Every approved bill is settled: the rest are voided payments, which move no money.
                if (!payable.isEmpty()) {
                    group.add(g.pick(payable));
                }
                status = "VOID";
            } else {
                group.add(first);
                if (g.chance(0.2)) {
                    for (BillWork other : byVendor.get(first.vendorId)) {
                        if (group.size() < 3 && other != first && other.open() > 0) {
                            group.add(other);
                        }
                    }
                }
                status = status(g);
            }
            payments.add(payment(g, group, status, first == null, sources, queue));
        }
        return payments;
    }

    private static ObjectNode payment(Gen g, List<BillWork> group, String status, boolean filler, Sources sources,
                                      Deque<BillWork> queue) {
        boolean settled = status.equals("PAID") || status.equals("VOID") || status.equals("CANCELLED");
        LocalDate latestInvoice = group.stream().map(b -> b.invoiceDate).max(LocalDate::compareTo)
                .orElse(g.today.minusDays(30));
        Instant notBefore = group.stream().map(b -> b.created).max(Instant::compareTo).orElse(g.now.minus(
                Duration.ofDays(30)));
        LocalDate processDate;
        Instant created;
        Instant updated;
        if (settled) {
            processDate = latestInvoice.plusDays(g.between(3, 45));
            if (!processDate.isBefore(g.today)) {
                processDate = latestInvoice.isBefore(g.today.minusDays(1)) ? g.today.minusDays(1) : latestInvoice;
            }
            Instant processed = processDate.atStartOfDay().toInstant(ZoneOffset.UTC);
            created = g.notAfterNow(max(notBefore, processed.minus(Duration.ofDays(g.between(1, 3)))
                    .plusSeconds(g.between(0, 86_000))));
            Instant later = created.plus(Duration.ofDays(status.equals("PAID") ? g.between(1, 3) : g.between(2, 20)));
            updated = g.within(created, g.notAfterNow(later));
        } else {
            processDate = g.today.plusDays(g.between(1, 14));
            created = max(notBefore, g.ago(Duration.ZERO, Duration.ofDays(3)));
            updated = g.within(created, g.now);
        }

        String id = g.id(SimKind.PAYMENT);
        ObjectNode vendor = group.isEmpty() ? null : sources.vendorsById().get(group.get(0).vendorId);
        ObjectNode p = Gen.object();
        p.put("id", id);
        long total = 0;
        ArrayNode billPayments = Json.array();
        for (BillWork bill : group) {
            long amount = filler ? bill.amount : bill.open();
            if (status.equals("PAID") && g.chance(0.12) && amount > 2_00) {
                amount = amount / 2;
            }
            total += amount;
            ObjectNode bp = billPayments.addObject();
            bp.put("id", g.org.newId("blp"));
            bp.put("billId", bill.id);
            bp.set("amount", Json.money(amount));
            if (!filler) {
                settle(bill, amount, status, queue, updated);
                linkCredits(bp, id, status, sources.creditsByBill().get(bill.id));
            }
        }
        p.set("amount", Json.money(total));
        if (vendor != null) {
            p.put("vendorId", vendor.path("id").asText());
            p.put("vendorName", vendor.path("name").asText());
        }
        if (group.size() == 1) {
            p.put("billId", group.get(0).id);
        }
        p.set("billPayments", billPayments);
        p.put("description", group.isEmpty() ? "Payment"
                : "Payment for " + group.get(0).node.path("invoice").path("invoiceNumber").asText()
                + (group.size() > 1 ? " and " + (group.size() - 1) + " more" : ""));
        p.put("processDate", processDate.toString());
        ObjectNode bank = bank(g, sources.banks());
        ObjectNode funding = p.putObject("fundingAccount");
        funding.put("type", "BANK_ACCOUNT");
        if (bank != null) {
            funding.put("id", bank.path("id").asText());
        }
        p.put("transactionNumber", letters(g, 20));
        p.put("confirmationNumber", "P" + processDate.format(CONFIRMATION_DATE) + g.between(10, 99) + " - "
                + g.between(1_000_000, 9_999_999));
        p.put("status", status);
        String single = switch (status) {
            case "PAID" -> "CLEARED";
            case "SCHEDULED", "APPROVING" -> "SCHEDULED";
            default -> null;
        };
        if (single != null) {
            p.put("singleStatus", single);
        }
        p.put("disbursementType", g.chance(0.6) ? "ACH" : "CHECK");
        p.put("onlinePayment", g.chance(0.9));
        p.put("createdBy", sources.createdBy());
        g.stamp(p, created, updated);

        String gl = bank != null && bank.hasNonNull("chartOfAccountId")
                ? bank.path("chartOfAccountId").asText() : sources.fallbackGlAccount();
        if (gl != null) {
            g.org.setPaymentGlAccount(id, gl);
        }
        return p;
    }

    private static void settle(BillWork bill, long amount, String status, Deque<BillWork> queue, Instant at) {
        switch (status) {
            case "PAID" -> bill.paid += amount;
            case "SCHEDULED", "APPROVING" -> bill.scheduled += amount;
            default -> { }
        }
        bill.touched(at);
        if (bill.open() > 0) {
            queue.addLast(bill);
        }
    }

    /** A credit applied to a bill is consumed by the bill's first live payment. */
    private static void linkCredits(ObjectNode billPayment, String paymentId, String status,
                                    List<CreditGenerator.Credit> credits) {
        if (credits == null || status.equals("VOID") || status.equals("CANCELLED")) {
            return;
        }
        for (CreditGenerator.Credit credit : credits) {
            ObjectNode use = (ObjectNode) credit.node().path("usage").get(0);
            if (use == null || use.has("paymentId")) {
                continue;
            }
            use.put("paymentId", paymentId);
            if (!status.equals("PAID")) {
                credit.node().put("status", "IN_PROCESS");
            }
            ArrayNode used = billPayment.has("vendorCredits") ? (ArrayNode) billPayment.get("vendorCredits")
                    : billPayment.putArray("vendorCredits");
            ObjectNode entry = used.addObject();
            entry.put("id", credit.node().path("id").asText());
            entry.set("amount", Json.money(credit.amount()));
        }
    }

    private static String status(Gen g) {
        double roll = g.random.nextDouble();
        return roll < 0.80 ? "PAID" : roll < 0.88 ? "SCHEDULED" : roll < 0.93 ? "VOID"
                : roll < 0.97 ? "CANCELLED" : "APPROVING";
    }

    private static ObjectNode bank(Gen g, List<ObjectNode> banks) {
        if (banks.isEmpty()) {
            return null;
        }
        return banks.size() == 1 || g.chance(0.7) ? banks.get(0) : banks.get(g.between(1, banks.size() - 1));
    }

    private static String letters(Gen g, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + g.random.nextInt(26)));
        }
        return s.toString();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
