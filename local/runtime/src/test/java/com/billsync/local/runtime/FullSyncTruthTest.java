package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connect, seed, map (all but a vendor, an account, an item and a department), trigger a full run: the ledger
 * holds exactly the bills the rules let through, and the errors log holds exactly the expected skips.
 */
class FullSyncTruthTest {

    private static SyncFixture fx;
    private static String companyId;
    private static String integrationId;
    private static String runId;
    private static LocalDate cutoff;
    private static final Map<String, Set<String>> MAPPED = new HashMap<>();
    private static final Map<String, String> LEDGER_VENDOR = new HashMap<>();
    private static String malformedId;
    private static String duplicateId;
    private static String unmappedVendorName;

    @BeforeAll
    static void syncOnce() {
        fx = new SyncFixture(21, OrgSize.DEMO);
        cutoff = LocalDate.now(ZoneOffset.UTC).minusDays(600);
        companyId = fx.createCompany();
        integrationId = fx.connect(companyId, cutoff.toString());
        fx.drain();

        List<ObjectNode> eligible = fx.org.list(SimKind.BILL).stream()
                .filter(b -> !b.path("archived").asBoolean())
                .filter(b -> "APPROVED".equals(b.path("approvalStatus").asText()))
                .filter(b -> !LocalDate.parse(b.path("invoice").path("invoiceDate").asText()).isBefore(cutoff))
                .toList();
        String vendor = eligible.get(0).get("vendorId").asText();
        unmappedVendorName = fx.org.get(SimKind.VENDOR, vendor).orElseThrow().get("name").asText();
        List<ObjectNode> others = eligible.stream().filter(b -> !b.get("vendorId").asText().equals(vendor)).toList();
        String account = others.get(0).path("billLineItems").get(0).path("classifications")
                .path("chartOfAccountId").asText();
        String department = firstLineRef(others.subList(1, others.size()), "departmentId");
        String item = firstLineRef(others.subList(1, others.size()), "itemId");
        // A bank that funds a payment after the cutoff whose vendor stays mapped.
        String bank = fx.org.list(SimKind.PAYMENT).stream()
                .filter(p -> !p.get("vendorId").asText().equals(vendor))
                .filter(p -> !LocalDate.parse(p.get("processDate").asText()).isBefore(cutoff))
                .map(p -> p.path("fundingAccount").path("id").asText()).findFirst().orElseThrow();
        Map<String, Set<String>> excluded = Map.of("vendors", Set.of(vendor), "accounts", Set.of(account),
                "departments", Set.of(department), "items", item == null ? Set.of() : Set.of(item),
                "funding-accounts", Set.of(bank));
        Map<String, Map<String, String>> mapped = fx.mapAllExcept(integrationId, excluded);
        mapped.forEach((kind, ids) -> MAPPED.put(kind, ids.keySet()));
        LEDGER_VENDOR.putAll(mapped.get("vendors"));

        // A bill entered twice in Bill.com (same vendor and invoice number), and one Bill.com sends garbled.
        ObjectNode original = others.get(others.size() - 1).deepCopy();
        original.remove(List.of("id", "createdTime", "updatedTime"));
        duplicateId = fx.org.create(SimKind.BILL, original).get("id").asText();
        ObjectNode garbled = others.get(1).deepCopy();
        garbled.put("id", "00n" + "MALFORMED0000000001");
        garbled.put("amount", "twelve dollars");
        garbled.put("updatedTime", original.path("createdTime").asText(fx.org.get(SimKind.BILL, duplicateId)
                .orElseThrow().get("updatedTime").asText()));
        malformedId = fx.org.putRaw(SimKind.BILL, garbled);

        runId = fx.trigger(integrationId);
        fx.drain();
    }

    private static String firstLineRef(List<ObjectNode> bills, String field) {
        for (ObjectNode bill : bills) {
            for (JsonNode line : bill.path("billLineItems")) {
                String ref = line.path("classifications").path(field).asText(null);
                if (ref != null) {
                    return ref;
                }
            }
        }
        return null;
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static BillTruth.Expected expected() {
        return BillTruth.of(fx.org.list(SimKind.BILL), Set.of(malformedId), cutoff, MAPPED);
    }

    private static List<JsonNode> ledgerBills() {
        return fx.pages("/api/companies/" + companyId + "/bills/");
    }

    @Test
    void ledgerHoldsExactlyTheBillsTheRulesLetThrough() {
        assertThat(ledgerBills()).extracting(b -> b.get("billcom_id").asText())
                .containsExactlyInAnyOrderElementsOf(expected().imported());
    }

    @Test
    void importedBillsCarryMappedVendorAmountsLinesAndDocuments() {
        for (JsonNode bill : ledgerBills()) {
            ObjectNode truth = fx.org.get(SimKind.BILL, bill.get("billcom_id").asText()).orElseThrow();
            JsonNode a = bill.get("attributes");
            assertThat(a.get("vendor_id").asText()).isEqualTo(LEDGER_VENDOR.get(truth.get("vendorId").asText()));
            assertThat(a.get("amount").decimalValue()).isEqualByComparingTo(truth.get("amount").decimalValue());
            assertThat(a.get("invoice_number").asText())
                    .isEqualTo(truth.path("invoice").path("invoiceNumber").asText());
            assertThat(a.get("approval_status").asText()).isEqualTo("approved");
            assertThat(a.get("lines")).hasSize(truth.path("billLineItems").size());
            a.get("lines").forEach(line -> assertThat(line.hasNonNull("account_id")).isTrue());
            assertThat(a.get("documents")).extracting(d -> d.get("billcom_document_id").asText())
                    .containsExactlyInAnyOrderElementsOf(fx.org.billDocuments(truth.get("id").asText()).stream()
                            .map(d -> d.get("id").asText()).toList());
        }
    }

    @Test
    void errorsLogHoldsExactlyTheExpectedSkips() {
        Map<String, Set<String>> logged = loggedCodes("bills");
        assertThat(logged).isEqualTo(expected().codes());
        assertThat(logged.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .contains("BEFORE_CUTOFF", "BILL_NOT_APPROVED", "VENDOR_NOT_MAPPED", "ACCOUNT_NOT_MAPPED",
                        "CLASSIFICATION_NOT_MAPPED", "DUPLICATE_BILL", "INVALID_RECORD");
        assertThat(logged.get(duplicateId)).containsExactly("DUPLICATE_BILL");
    }

    @Test
    void vendorCreditsFollowTheirRulesAndLinkTheirApplications() {
        BillTruth.Expected expected = TransactionTruth.credits(fx.org.list(SimKind.VENDOR_CREDIT), cutoff, MAPPED);
        List<JsonNode> credits = fx.pages("/api/companies/" + companyId + "/vendor-credits/");
        assertThat(credits).extracting(c -> c.get("billcom_id").asText())
                .containsExactlyInAnyOrderElementsOf(expected.imported());
        assertThat(loggedCodes("vendor_credits")).isEqualTo(expected.codes());
        Set<String> ledgerBills = ledgerBills().stream().map(b -> b.get("billcom_id").asText())
                .collect(Collectors.toSet());
        for (JsonNode credit : credits) {
            ObjectNode truth = fx.org.get(SimKind.VENDOR_CREDIT, credit.get("billcom_id").asText()).orElseThrow();
            assertThat(credit.get("attributes").get("applications")).hasSize(truth.path("usage").size());
            credit.get("attributes").get("applications").forEach(app -> assertThat(app.has("bill_id"))
                    .isEqualTo(ledgerBills.contains(app.get("billcom_bill_id").asText())));
        }
    }

    @Test
    void vendorPaymentsNeedAMappedFundingAccountAndShowVoidsAndGlAccounts() {
        BillTruth.Expected expected = TransactionTruth.payments(fx.org.list(SimKind.PAYMENT), cutoff, MAPPED);
        List<JsonNode> payments = fx.pages("/api/companies/" + companyId + "/vendor-payments/");
        assertThat(payments).extracting(p -> p.get("billcom_id").asText())
                .containsExactlyInAnyOrderElementsOf(expected.imported());
        assertThat(loggedCodes("vendor_payments")).isEqualTo(expected.codes());
        assertThat(expected.codes().values().stream().flatMap(Set::stream))
                .contains("FUNDING_ACCOUNT_NOT_MAPPED");
        for (JsonNode payment : payments) {
            ObjectNode truth = fx.org.get(SimKind.PAYMENT, payment.get("billcom_id").asText()).orElseThrow();
            boolean voided = Set.of("VOID", "CANCELLED").contains(truth.get("status").asText());
            JsonNode a = payment.get("attributes");
            assertThat(payment.get("archived").asBoolean()).isEqualTo(voided);
            assertThat(a.get("voided").asBoolean()).isEqualTo(voided);
            assertThat(a.get("funding_account_id").asText()).isNotBlank();
            // v3 payments carry no GL account: it comes from the bank's chart-of-accounts row, or from v2.
            assertThat(a.path("billcom_gl_account_id").asText()).startsWith("0ca");
        }
    }

    private static Map<String, Set<String>> loggedCodes(String step) {
        return fx.pages(fx.integrationPath(integrationId) + "errors/?run_id=" + runId + "&step=" + step).stream()
                .collect(Collectors.groupingBy(e -> e.get("external_id").asText(),
                        Collectors.mapping(e -> e.get("error_code").asText(), Collectors.toSet())));
    }

    @Test
    void skipMessagesSayWhatToFix() {
        List<JsonNode> errors = fx.pages(fx.integrationPath(integrationId) + "errors/?run_id=" + runId
                + "&error_code=VENDOR_NOT_MAPPED");
        assertThat(errors).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("status").asText()).isEqualTo("skipped");
            assertThat(e.get("message").asText()).contains(unmappedVendorName, "mappings/vendors");
        });
        List<JsonNode> invalid = fx.pages(fx.integrationPath(integrationId) + "errors/?run_id=" + runId
                + "&error_code=INVALID_RECORD");
        assertThat(invalid).singleElement().satisfies(e -> {
            assertThat(e.get("status").asText()).isEqualTo("failed");
            assertThat(e.get("external_id").asText()).isEqualTo(malformedId);
        });
    }

    @Test
    void runCompletesWithErrorsAndCountsTheBillsStep() {
        JsonNode run = fx.run(integrationId, runId);
        assertThat(run.get("status").asText()).isEqualTo("completed_with_errors");
        JsonNode bills = stepOf(run, "bills");
        BillTruth.Expected expected = expected();
        assertThat(bills.get("created").asLong()).isEqualTo(expected.imported().size());
        assertThat(bills.get("skipped").asLong() + bills.get("failed").asLong())
                .isEqualTo(expected.codes().size());
        assertThat(bills.get("records_read").asLong()).isEqualTo(fx.org.list(SimKind.BILL).size());
    }

    static JsonNode stepOf(JsonNode run, String step) {
        for (JsonNode s : run.get("steps")) {
            if (s.get("step").asText().equals(step)) {
                return s;
            }
        }
        throw new AssertionError("no step " + step + " in " + run);
    }
}
