package com.billsync.local.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The test's own reading of SPEC §5's vendor-credit and vendor-payment rules, from the simulator's data. */
final class TransactionTruth {

    private TransactionTruth() {
    }

    static BillTruth.Expected credits(List<ObjectNode> credits, LocalDate cutoff, Map<String, Set<String>> mapped) {
        Map<String, Set<String>> codes = new HashMap<>();
        Set<String> imported = new HashSet<>();
        for (ObjectNode credit : credits) {
            String id = credit.get("id").asText();
            if (credit.path("archived").asBoolean()) {
                continue;
            }
            if (cutoff != null && LocalDate.parse(credit.get("creditDate").asText()).isBefore(cutoff)) {
                codes.put(id, Set.of("BEFORE_CUTOFF"));
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            if (!mapped.get("vendors").contains(credit.get("vendorId").asText())) {
                missing.add("VENDOR_NOT_MAPPED");
            }
            for (JsonNode line : credit.path("vendorCreditLineItems")) {
                JsonNode c = line.path("classifications");
                String account = c.path("chartOfAccountId").asText(credit.path("applyToChartOfAccountId").asText(null));
                if (account == null || !mapped.get("accounts").contains(account)) {
                    missing.add("ACCOUNT_NOT_MAPPED");
                }
                String department = c.path("departmentId").asText(null);
                if (department != null && !mapped.get("departments").contains(department)) {
                    missing.add("CLASSIFICATION_NOT_MAPPED");
                }
            }
            if (missing.isEmpty()) {
                imported.add(id);
            } else {
                codes.put(id, missing);
            }
        }
        return new BillTruth.Expected(imported, codes);
    }

    static BillTruth.Expected payments(List<ObjectNode> payments, LocalDate cutoff, Map<String, Set<String>> mapped) {
        Map<String, Set<String>> codes = new HashMap<>();
        Set<String> imported = new HashSet<>();
        for (ObjectNode payment : payments) {
            String id = payment.get("id").asText();
            if (cutoff != null && LocalDate.parse(payment.get("processDate").asText()).isBefore(cutoff)) {
                codes.put(id, Set.of("BEFORE_CUTOFF"));
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            if (!mapped.get("vendors").contains(payment.get("vendorId").asText())) {
                missing.add("VENDOR_NOT_MAPPED");
            }
            String funding = payment.path("fundingAccount").path("id").asText(null);
            if (funding == null || !mapped.get("funding-accounts").contains(funding)) {
                missing.add("FUNDING_ACCOUNT_NOT_MAPPED");
            }
            if (missing.isEmpty()) {
                imported.add(id);
            } else {
                codes.put(id, missing);
            }
        }
        return new BillTruth.Expected(imported, codes);
    }
}
