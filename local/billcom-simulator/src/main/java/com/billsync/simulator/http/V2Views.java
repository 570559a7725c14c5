package com.billsync.simulator.http;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.OrgData;
import com.billsync.simulator.store.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The legacy v2 shapes of v3 objects: flat ids ({@code 00000000000000000000} for none), numeric-string codes,
 * v2 timestamps. The code tables are third-party readings (see the module README); change them here.
 */
final class V2Views {
    static final String NO_ID = "00000000000000000000";
    /** v3 approvalStatus to v2 code (T1 docstrings: 0 Unassigned, 1 Assigned, 3 Approved, 4 Approving, 5 Denied). */
    static final Map<String, String> APPROVAL = Map.of("UNASSIGNED", "0", "ASSIGNED", "1", "APPROVED", "3",
            "APPROVING", "4", "DENIED", "5");
    /** v3 bill paymentStatus to v2 code (T1: 0 PaidInFull, 1 Open, 2 PartialPayment, 4 Scheduled). */
    static final Map<String, String> BILL_PAYMENT = Map.of("PAID", "0", "UNPAID", "1", "PARTIAL", "2",
            "SCHEDULED", "4");
    /** v3 payment status to v2 SentPay status (official: 0 Approving … 5 Escheated). */
    static final Map<String, String> SENT_PAY = Map.of("APPROVING", "0", "SCHEDULED", "1", "PAID", "2",
            "CANCELLED", "3", "VOID", "4", "ESCHEATED", "5");

    private V2Views() {
    }

    static ObjectNode bill(ObjectNode v3) {
        ObjectNode out = Json.object();
        out.put("entity", "Bill");
        out.put("id", v3.path("id").asText(""));
        out.put("isActive", v3.path("archived").asBoolean(false) ? "2" : "1");
        out.put("vendorId", idOrNone(v3, "vendorId"));
        JsonNode invoice = v3.path("invoice");
        copyText(out, "invoiceNumber", invoice.get("invoiceNumber"));
        out.put("approvalStatus", APPROVAL.getOrDefault(v3.path("approvalStatus").asText(), "0"));
        copyText(out, "invoiceDate", invoice.get("invoiceDate"));
        copyText(out, "dueDate", v3.get("dueDate"));
        copyText(out, "glPostingDate", invoice.get("invoiceDate"));
        for (String amount : new String[] {"amount", "scheduledAmount", "paidAmount", "dueAmount", "creditAmount"}) {
            copyNumber(out, amount, v3.get(amount));
        }
        copyNumber(out, "localAmount", v3.get("amount"));
        copyNumber(out, "exchangeRate", v3.has("exchangeRate") ? v3.get("exchangeRate") : Json.money(100));
        String paymentStatus = BILL_PAYMENT.getOrDefault(v3.path("paymentStatus").asText(), "1");
        out.put("paymentStatus", paymentStatus);
        out.put("uiPaymentStatus", paymentStatus);
        copyText(out, "description", v3.get("description"));
        copyText(out, "poNumber", v3.get("purchaseOrderNumber"));
        out.put("createdTime", Timestamps.v3ToV2(v3.path("createdTime").asText(null)));
        out.put("updatedTime", Timestamps.v3ToV2(v3.path("updatedTime").asText(null)));
        copyText(out, "createdBy", v3.get("createdBy"));
        out.put("payFromBankAccountId", NO_ID);
        out.put("payFromChartOfAccountId", idOrNone(v3, "payFromChartOfAccountId"));
        out.put("paymentTermId", NO_ID);
        JsonNode header = v3.path("classifications");
        out.put("chartOfAccountId", idOrNone(header, "chartOfAccountId"));
        out.put("departmentId", idOrNone(header, "departmentId"));
        out.put("locationId", idOrNone(header, "locationId"));
        out.put("actgClassId", idOrNone(header, "accountingClassId"));
        ArrayNode lines = out.putArray("billLineItems");
        for (JsonNode line : v3.path("billLineItems")) {
            lines.add(billLine(out, line));
        }
        return out;
    }

    private static ObjectNode billLine(ObjectNode bill, JsonNode line) {
        ObjectNode out = Json.object();
        out.put("entity", "BillLineItem");
        out.put("id", line.path("id").asText(""));
        out.put("billId", bill.path("id").asText());
        copyNumber(out, "amount", line.get("amount"));
        JsonNode c = line.path("classifications");
        out.put("chartOfAccountId", idOrNone(c, "chartOfAccountId"));
        out.put("departmentId", idOrNone(c, "departmentId"));
        out.put("locationId", idOrNone(c, "locationId"));
        out.put("jobId", idOrNone(c, "jobId"));
        out.put("customerId", idOrNone(c, "customerId"));
        out.put("employeeId", idOrNone(c, "employeeId"));
        out.put("actgClassId", idOrNone(c, "accountingClassId"));
        out.put("itemId", idOrNone(c, "itemId"));
        copyNumber(out, "quantity", line.get("quantity"));
        copyNumber(out, "unitPrice", line.get("price"));
        copyText(out, "description", line.get("description"));
        out.put("lineType", "1");
        out.put("jobBillable", false);
        out.set("createdTime", bill.get("createdTime"));
        out.set("updatedTime", bill.get("updatedTime"));
        return out;
    }

    /** A v3 payment as v2 SentPay, with the GL account it posts to (which v3 does not show). */
    static ObjectNode sentPay(OrgData org, ObjectNode v3) {
        String id = v3.path("id").asText("");
        String gl = glAccount(org, v3);
        String status = SENT_PAY.getOrDefault(v3.path("status").asText(), "0");
        boolean check = "CHECK".equals(v3.path("disbursementType").asText());
        String created = Timestamps.v3ToV2(v3.path("createdTime").asText(null));
        String updated = Timestamps.v3ToV2(v3.path("updatedTime").asText(null));
        ObjectNode out = Json.object();
        out.put("entity", "SentPay");
        out.put("id", id);
        copyText(out, "processDate", v3.get("processDate"));
        copyNumber(out, "amount", v3.get("amount"));
        out.put("status", status);
        copyText(out, "description", v3.get("description"));
        copyText(out, "txnNumber", v3.get("transactionNumber"));
        copyText(out, "name", v3.get("confirmationNumber"));
        out.put("vendorId", idOrNone(v3, "vendorId"));
        out.put("isOnline", v3.path("onlinePayment").asBoolean(false));
        out.put("chartOfAccountId", gl);
        out.put("toPrintCheck", check);
        out.put("createdTime", created);
        out.put("updatedTime", updated);
        JsonNode funding = v3.path("fundingAccount");
        out.put("bankAccountId", "BANK_ACCOUNT".equals(funding.path("type").asText())
                ? funding.path("id").asText(NO_ID) : NO_ID);
        out.put("source", "0");
        ArrayNode billPays = out.putArray("billPays");
        ArrayNode billCredits = out.putArray("billCredits");
        for (JsonNode bp : v3.path("billPayments")) {
            ObjectNode pay = billPays.addObject();
            pay.put("entity", "BillPay");
            pay.put("id", bp.path("id").asText(""));
            pay.put("billId", bp.path("billId").asText(""));
            copyText(pay, "name", v3.get("confirmationNumber"));
            pay.put("paymentStatus", status);
            copyNumber(pay, "amount", bp.get("amount"));
            copyText(pay, "description", v3.get("description"));
            copyText(pay, "processDate", v3.get("processDate"));
            pay.put("createdTime", created);
            pay.put("updatedTime", updated);
            pay.put("toPrintCheck", check);
            pay.put("chartOfAccountId", gl);
            pay.put("sentPayId", id);
            for (JsonNode credit : bp.path("vendorCredits")) {
                String creditId = credit.path("id").asText("");
                ObjectNode bc = billCredits.addObject();
                bc.put("entity", "BillCredit");
                bc.put("id", creditId.length() > 3 ? "bcr" + creditId.substring(3) : NO_ID);
                bc.put("billId", bp.path("billId").asText(""));
                bc.put("sentPayId", id);
                bc.put("vendorCreditId", creditId);
                copyNumber(bc, "amount", credit.get("amount"));
                bc.put("createdTime", created);
                bc.put("updatedTime", updated);
            }
        }
        return out;
    }

    private static String glAccount(OrgData org, JsonNode payment) {
        String recorded = org.paymentGlAccount(payment.path("id").asText("")).orElse(null);
        if (recorded != null) {
            return recorded;
        }
        JsonNode funding = payment.path("fundingAccount");
        return org.find(SimKind.BANK_ACCOUNT, funding.path("id").asText(null))
                .map(bank -> Json.text(bank, "chartOfAccountId"))
                .orElse(NO_ID);
    }

    private static String idOrNone(JsonNode node, String field) {
        String value = Json.text(node, field);
        return value == null || value.isEmpty() ? NO_ID : value;
    }

    private static void copyText(ObjectNode out, String field, JsonNode value) {
        if (value != null && !value.isNull() && value.isValueNode()) {
            out.put(field, value.asText());
        }
    }

    private static void copyNumber(ObjectNode out, String field, JsonNode value) {
        if (value != null && value.isNumber()) {
            out.set(field, value);
        }
    }
}
