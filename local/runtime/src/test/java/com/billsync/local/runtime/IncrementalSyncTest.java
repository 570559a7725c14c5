package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.runs.SyncStep;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import com.billsync.sync.StepCheckpoint;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three full runs: the first imports; the second, with nothing changed in Bill.com, makes one list call per
 * listing and writes nothing; before the third a few records are edited, approved and archived in Bill.com and
 * a vendor is mapped, and exactly the touched records change in the ledger.
 */
class IncrementalSyncTest {

    private static SyncFixture fx;
    private static String companyId;
    private static String integrationId;
    private static String secondRun;
    private static String thirdRun;
    private static Map<String, JsonNode> afterFirst;
    private static Map<String, JsonNode> afterSecond;
    private static Map<String, JsonNode> afterThird;
    private static final Set<String> TOUCHED = new HashSet<>();
    private static String editedBill;
    private static String archivedBill;
    private static String approvedBill;
    private static Set<String> billsOfMappedVendor;

    @BeforeAll
    static void threeRuns() {
        fx = new SyncFixture(31, OrgSize.DEMO);
        companyId = fx.createCompany();
        integrationId = fx.connect(companyId, null);
        fx.drain();
        List<ObjectNode> bills = fx.org.list(SimKind.BILL);
        String lateVendor = bills.stream().filter(b -> "APPROVED".equals(b.path("approvalStatus").asText()))
                .filter(b -> !b.path("archived").asBoolean()).findFirst().orElseThrow().get("vendorId").asText();
        Map<String, Map<String, String>> mapped = fx.mapAllExcept(integrationId,
                Map.of("vendors", Set.of(lateVendor)));
        fx.trigger(integrationId);
        fx.drain();
        afterFirst = ledger();

        secondRun = fx.trigger(integrationId);
        fx.drain();
        afterSecond = ledger();

        // In Bill.com: edit an imported bill, archive another, approve a waiting one, rename a mapped vendor.
        List<String> imported = afterFirst.keySet().stream().filter(k -> k.startsWith("bills:"))
                .map(k -> k.substring(6)).sorted().toList();
        editedBill = imported.get(0);
        archivedBill = imported.get(1);
        fx.org.update(SimKind.BILL, editedBill, b -> b.put("description", "Corrected description"));
        fx.org.archive(SimKind.BILL, archivedBill);
        approvedBill = bills.stream().filter(b -> "ASSIGNED".equals(b.path("approvalStatus").asText()))
                .filter(b -> !b.path("archived").asBoolean())
                .filter(b -> !b.get("vendorId").asText().equals(lateVendor))
                .filter(b -> fullyMapped(b, mapped)).findFirst().orElseThrow().get("id").asText();
        fx.org.approveBill(approvedBill);
        String renamed = mapped.get("vendors").keySet().stream().sorted().findFirst().orElseThrow();
        fx.org.update(SimKind.VENDOR, renamed, v -> v.put("name", "Renamed Vendor LLC"));
        // In billsync: map the vendor whose bills were skipped; Bill.com does not touch them.
        String lateLedgerVendor = fx.map(integrationId, "vendors", lateVendor).path("mapping").path("ledger_id")
                .asText();
        billsOfMappedVendor = new HashSet<>();
        bills.stream().filter(b -> b.get("vendorId").asText().equals(lateVendor))
                .filter(b -> "APPROVED".equals(b.path("approvalStatus").asText()))
                .filter(b -> !b.path("archived").asBoolean())
                .forEach(b -> billsOfMappedVendor.add(b.get("id").asText()));
        TOUCHED.addAll(Set.of("bills:" + editedBill, "bills:" + archivedBill, "bills:" + approvedBill,
                "vendors:" + mapped.get("vendors").get(renamed), "vendors:" + lateLedgerVendor));
        billsOfMappedVendor.forEach(id -> TOUCHED.add("bills:" + id));
        // The vendor's credits and payments were skipped too, and import from the mirror as well.
        fx.org.list(SimKind.VENDOR_CREDIT).stream().filter(c -> c.get("vendorId").asText().equals(lateVendor))
                .filter(c -> !c.path("archived").asBoolean())
                .forEach(c -> TOUCHED.add("vendor-credits:" + c.get("id").asText()));
        fx.org.list(SimKind.PAYMENT).stream().filter(p -> p.get("vendorId").asText().equals(lateVendor))
                .forEach(p -> TOUCHED.add("vendor-payments:" + p.get("id").asText()));

        thirdRun = fx.trigger(integrationId);
        fx.drain();
        afterThird = ledger();
    }

    private static boolean fullyMapped(ObjectNode bill, Map<String, Map<String, String>> mapped) {
        for (JsonNode line : bill.path("billLineItems")) {
            JsonNode c = line.path("classifications");
            if (!mapped.get("accounts").containsKey(c.path("chartOfAccountId").asText())) {
                return false;
            }
        }
        return true;
    }

    /** Every imported record (and ledger vendor), keyed {@code kind:billcomId} (vendors by ledger id). */
    private static Map<String, JsonNode> ledger() {
        Map<String, JsonNode> records = new HashMap<>();
        for (String kind : List.of("bills", "vendor-credits", "vendor-payments")) {
            fx.pages("/api/companies/" + companyId + "/" + kind + "/")
                    .forEach(r -> records.put(kind + ":" + r.get("billcom_id").asText(), r));
        }
        fx.pages("/api/companies/" + companyId + "/vendors/")
                .forEach(r -> records.put("vendors:" + r.get("id").asText(), r));
        return records;
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void unchangedBillcomCostsOneListCallPerListingAndNoWrites() {
        JsonNode run = fx.run(integrationId, secondRun);
        assertThat(run.get("status").asText()).isIn("completed", "completed_with_errors");
        for (JsonNode step : run.get("steps")) {
            long listings = step.get("step").asText().equals("classifications") ? 5 : 1;
            assertThat(step.get("api_calls").asLong()).as(step.toString()).isLessThanOrEqualTo(listings);
            assertThat(step.get("created").asLong() + step.get("updated").asLong()).as(step.toString()).isZero();
        }
        for (SyncStep step : SyncStep.values()) {
            StepCheckpoint checkpoint = fx.stores.checkpoints().load(integrationId, secondRun, step).orElseThrow();
            assertThat(checkpoint.counts().ledgerWrites()).as(step.wire()).isZero();
        }
        assertThat(afterSecond).isEqualTo(afterFirst);
    }

    @Test
    void exactlyTheRecordsTouchedSinceChange() {
        Set<String> changed = new HashSet<>();
        Set<String> keys = new HashSet<>(afterSecond.keySet());
        keys.addAll(afterThird.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(afterSecond.get(key), afterThird.get(key))) {
                changed.add(key);
            }
        }
        assertThat(changed).containsExactlyInAnyOrderElementsOf(TOUCHED);
        assertThat(afterThird.get("bills:" + archivedBill).get("archived").asBoolean()).isTrue();
        assertThat(afterThird.get("bills:" + editedBill).get("attributes").get("description").asText())
                .isEqualTo("Corrected description");
        assertThat(afterThird).containsKey("bills:" + approvedBill);
        assertThat(billsOfMappedVendor).isNotEmpty();
    }

    @Test
    void billsSkippedEarlierImportFromTheMirrorWithoutReadingThemAgain() {
        JsonNode bills = FullSyncTruthTest.stepOf(fx.run(integrationId, thirdRun), "bills");
        // One listing call (edited, archived and approved bills), documents of the new or changed bills; the
        // retried bills cost nothing beyond their documents.
        long newOrChanged = 2L + billsOfMappedVendor.size();
        assertThat(bills.get("api_calls").asLong()).isLessThanOrEqualTo(1 + newOrChanged);
        assertThat(bills.get("created").asLong()).isEqualTo(1 + billsOfMappedVendor.size());
    }
}
