package com.billsync.local.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The test's own reading of SPEC §5's bill rules, computed from the simulator's ground truth: which bills
 * should be in the ledger and which codes each skipped bill should log. Written apart from the engine so a bug
 * there shows up as a difference here.
 */
final class BillTruth {

    /** @param mapped per mapping kind slug, the Bill.com ids that are mapped */
    record Expected(Set<String> imported, Map<String, Set<String>> codes) {
    }

    private static final Map<String, String> LINE_REFS = Map.of(
            "itemId", "items", "departmentId", "departments", "jobId", "jobs", "locationId", "locations",
            "accountingClassId", "accounting-classes", "employeeId", "employees");

    private BillTruth() {
    }

    static Expected of(List<ObjectNode> bills, Set<String> malformed, LocalDate cutoff,
                       Map<String, Set<String>> mapped) {
        Map<String, Set<String>> codes = new HashMap<>();
        malformed.forEach(id -> codes.put(id, Set.of("INVALID_RECORD")));
        List<ObjectNode> importable = new ArrayList<>();
        for (ObjectNode bill : bills) {
            String id = bill.get("id").asText();
            if (malformed.contains(id) || bill.path("archived").asBoolean()) {
                continue;
            }
            LocalDate invoiceDate = LocalDate.parse(bill.path("invoice").path("invoiceDate").asText());
            if (cutoff != null && invoiceDate.isBefore(cutoff)) {
                codes.put(id, Set.of("BEFORE_CUTOFF"));
                continue;
            }
            if (!"APPROVED".equals(bill.path("approvalStatus").asText())) {
                codes.put(id, Set.of("BILL_NOT_APPROVED"));
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            if (!mapped.get("vendors").contains(bill.get("vendorId").asText())) {
                missing.add("VENDOR_NOT_MAPPED");
            }
            for (JsonNode line : bill.path("billLineItems")) {
                JsonNode c = line.path("classifications");
                String account = c.path("chartOfAccountId").asText(null);
                if (account == null || !mapped.get("accounts").contains(account)) {
                    missing.add("ACCOUNT_NOT_MAPPED");
                }
                LINE_REFS.forEach((field, kind) -> {
                    String ref = c.path(field).asText(null);
                    if (ref != null && !mapped.get(kind).contains(ref)) {
                        missing.add(kind.equals("items") ? "ITEM_NOT_MAPPED" : "CLASSIFICATION_NOT_MAPPED");
                    }
                });
            }
            if (missing.isEmpty()) {
                importable.add(bill);
            } else {
                codes.put(id, missing);
            }
        }
        // Duplicates: the first bill of a (vendor, invoice number) pair in the listing order imports.
        importable.sort(Comparator.comparing((ObjectNode b) -> Instant.parse(b.get("updatedTime").asText()))
                .thenComparing(b -> b.get("id").asText()));
        Set<String> pairs = new HashSet<>();
        Set<String> imported = new HashSet<>();
        for (ObjectNode bill : importable) {
            String pair = bill.get("vendorId").asText() + "|" + bill.path("invoice").path("invoiceNumber").asText()
                    .trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            if (pairs.add(pair)) {
                imported.add(bill.get("id").asText());
            } else {
                codes.put(bill.get("id").asText(), Set.of("DUPLICATE_BILL"));
            }
        }
        return new Expected(imported, codes);
    }
}
