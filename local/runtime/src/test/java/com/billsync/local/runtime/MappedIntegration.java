package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.simulator.SimKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An integration connected, seeded and mapped (every row but one vendor, so runs also skip records), ready for
 * full runs; and the check that the ledger and the errors log match the simulator's truth after a run.
 */
final class MappedIntegration {

    final SyncFixture fx;
    final String companyId;
    final String integrationId;
    final Map<String, Set<String>> mapped = new HashMap<>();

    MappedIntegration(SyncFixture fx) {
        this.fx = fx;
        companyId = fx.createCompany();
        integrationId = fx.connect(companyId, null);
        fx.drain();
        String vendor = fx.org.list(SimKind.BILL).stream()
                .filter(b -> "APPROVED".equals(b.path("approvalStatus").asText()))
                .filter(b -> !b.path("archived").asBoolean()).findFirst().orElseThrow().get("vendorId").asText();
        fx.mapAllExcept(integrationId, Map.of("vendors", Set.of(vendor)))
                .forEach((kind, ids) -> mapped.put(kind, ids.keySet()));
    }

    String trigger() {
        return fx.trigger(integrationId);
    }

    /** The ledger holds exactly what should import, once each; the run's errors log exactly the expected skips. */
    void assertMatchesTruth(String runId) {
        List<ObjectNode> bills = fx.org.list(SimKind.BILL);
        BillTruth.Expected expectedBills = BillTruth.of(bills, Set.of(), null, mapped);
        assertImported("bills", expectedBills);
        assertImported("vendor-credits", TransactionTruth.credits(fx.org.list(SimKind.VENDOR_CREDIT), null, mapped));
        assertImported("vendor-payments", TransactionTruth.payments(fx.org.list(SimKind.PAYMENT), null, mapped));
        assertThat(codes(runId, "bills")).isEqualTo(expectedBills.codes());
        assertThat(codes(runId, "vendor_payments")).isEqualTo(
                TransactionTruth.payments(fx.org.list(SimKind.PAYMENT), null, mapped).codes());
        for (JsonNode bill : fx.pages("/api/companies/" + companyId + "/bills/")) {
            assertThat(bill.get("attributes").get("documents")).hasSize(
                    fx.org.billDocuments(bill.get("billcom_id").asText()).size());
        }
        JsonNode run = fx.run(integrationId, runId);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("completed_with_errors");
    }

    private void assertImported(String kind, BillTruth.Expected expected) {
        List<JsonNode> records = fx.pages("/api/companies/" + companyId + "/" + kind + "/");
        assertThat(records).extracting(r -> r.get("billcom_id").asText()).as(kind)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.imported());
    }

    /** Per Bill.com id, the codes the run logged for the step (warnings about the step itself left out). */
    Map<String, Set<String>> codes(String runId, String step) {
        return fx.pages(fx.integrationPath(integrationId) + "errors/?run_id=" + runId + "&step=" + step).stream()
                .filter(e -> !e.get("status").asText().equals("warning"))
                .collect(Collectors.groupingBy(e -> e.get("external_id").asText(),
                        Collectors.mapping(e -> e.get("error_code").asText(), Collectors.toSet())));
    }

    /** The run's warnings (step-level retries), by code. */
    Set<String> warnings(String runId) {
        return fx.pages(fx.integrationPath(integrationId) + "errors/?run_id=" + runId).stream()
                .filter(e -> e.get("status").asText().equals("warning"))
                .map(e -> e.get("error_code").asText()).collect(Collectors.toSet());
    }
}
