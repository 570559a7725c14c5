package com.billsync.coa;

import static com.billsync.coa.AlignmentWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.mapping.BillcomKind;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.WriteRecord;
import com.billsync.store.dynamodb.DynamoMirrorStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alignment inside real full runs (accounts step after its pull) against the simulator, checked in its write
 * log and ground truth: preview changes nothing, apply creates parents first with bulk calls, updates, archives,
 * restores and matches, and a second run has nothing left to do.
 */
class CoaAlignmentRunTest {

    private static final String BULK_CREATE = "POST /v3/classifications/chart-of-accounts/bulk";

    private static AlignmentWorld world;

    @BeforeAll
    static void start() {
        world = new AlignmentWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static Map<String, ObjectNode> chartById(AlignmentWorld.Tenant t) {
        Map<String, ObjectNode> out = new HashMap<>();
        t.chart().forEach(row -> out.put(row.get("id").asText(), row));
        return out;
    }

    @Test
    void previewRecordsThePlanOnTheRunAndMakesNoBillcomWrites() {
        AlignmentWorld.Tenant t = world.tenant();
        String office = t.account("6000", "Office", "expense", null);
        t.account("6100", "Supplies", "expense", office);

        JsonNode run = t.sync();

        assertThat(world.writes(t.org())).isEmpty();
        JsonNode coa = run.get("coa_alignment");
        assertThat(coa.get("mode").asText()).isEqualTo("preview");
        assertThat(coa.get("outcome").asText()).isEqualTo("previewed");
        assertThat(coa.get("actions")).extracting(a -> a.get("action").asText()).containsExactly("create", "create");
        assertThat(coa.get("applied")).isEmpty();
        assertThat(coa.get("fingerprint").asText()).isEqualTo(t.plan().get("fingerprint").asText());
        assertThat(t.chart()).isEmpty();
    }

    @Test
    void applyCreatesADeepTreeParentsFirstWithOneBulkCreatePerLevel() {
        AlignmentWorld.Tenant t = world.tenant();
        Map<String, String> parentOf = new HashMap<>();
        for (int root = 1; root <= 3; root++) {
            String parent = t.account(root + "000", "Root " + root, "expense", null);
            parentOf.put(parent, null);
            for (int level = 1; level <= 5; level++) {
                String child = t.account(root + "00" + level, "Root " + root + " level " + level, "expense", parent);
                parentOf.put(child, parent);
                String sibling = t.account(root + "10" + level, "Root " + root + " side " + level, "expense", parent);
                parentOf.put(sibling, parent);
                parent = child;
            }
        }
        t.mode("apply");
        long bulkCreatesBefore = world.calls(BULK_CREATE);

        JsonNode run = t.sync();

        assertThat(world.calls(BULK_CREATE) - bulkCreatesBefore).as("one bulk create per level").isEqualTo(6);
        List<WriteRecord> writes = world.writes(t.org());
        assertThat(writes).hasSize(parentOf.size()).allSatisfy(w -> {
            assertThat(w.method() + " " + w.path()).isEqualTo("POST /v3/classifications/chart-of-accounts/bulk");
            assertThat(w.before()).isNull();
        });
        Set<String> existing = new HashSet<>();
        for (WriteRecord w : writes) {
            JsonNode parent = w.after().get("parentId");
            if (parent != null) {
                assertThat(existing).as("parent of " + w.after().get("name") + " exists first")
                        .contains(parent.asText());
            }
            existing.add(w.objectId());
        }
        Map<String, String> mapped = t.mapped();
        Map<String, ObjectNode> chart = chartById(t);
        assertThat(mapped.keySet()).containsExactlyInAnyOrderElementsOf(parentOf.keySet());
        parentOf.forEach((ledger, ledgerParent) -> {
            JsonNode row = chart.get(mapped.get(ledger));
            assertThat(row.path("parentId").asText(null)).as(ledger)
                    .isEqualTo(ledgerParent == null ? null : mapped.get(ledgerParent));
        });
        JsonNode coa = run.get("coa_alignment");
        assertThat(coa.get("outcome").asText()).isEqualTo("applied");
        assertThat(coa.get("applied")).hasSize(parentOf.size()).allSatisfy(e -> {
            assertThat(e.get("status").asText()).isEqualTo("applied");
            assertThat(e.get("billcom_id").asText()).startsWith("0ca");
            assertThat(e.get("at").asText()).isNotBlank();
            assertThat(e.get("before").isNull()).isTrue();
        });
    }

    @Test
    void aRunAfterApplyMakesNoBillcomWrites() {
        AlignmentWorld.Tenant t = world.tenant();
        String office = t.account("6000", "Office", "expense", null);
        t.account("6100", "Supplies", "expense", office);
        t.account("1500", "Equipment", "asset", null);
        t.mode("apply");
        t.sync();
        int after = world.writes(t.org()).size();

        JsonNode again = t.sync();

        assertThat(world.writes(t.org())).hasSize(after);
        assertThat(again.get("coa_alignment").get("actions")).isEmpty();
        assertThat(t.plan().get("actions")).isEmpty();
    }

    @Test
    void mappedRowsTakeTheLedgersNameNumberTypeAndParentInOneBulkPatch() {
        AlignmentWorld.Tenant t = world.tenant();
        String officeRow = t.billcomRow("6000", "Office", "EXPENSE", null);
        String rentRow = t.billcomRow("6250", "Rent", "INCOME", null);
        world.runFull(t.integrationId());
        String office = t.account("6000", "Office", "expense", null);
        String rent = t.account("6200", "Rent & utilities", "expense", office);
        t.map(officeRow, office);
        t.map(rentRow, rent);
        t.mode("apply");

        JsonNode run = t.sync();

        List<WriteRecord> writes = world.writes(t.org());
        assertThat(writes).singleElement().satisfies(w -> {
            assertThat(w.method() + " " + w.path()).isEqualTo("PATCH /v3/classifications/chart-of-accounts/bulk");
            assertThat(w.objectId()).isEqualTo(rentRow);
        });
        ObjectNode row = chartById(t).get(rentRow);
        assertThat(row.get("name").asText()).isEqualTo("Rent & utilities");
        assertThat(row.at("/account/number").asText()).isEqualTo("6200");
        assertThat(row.at("/account/type").asText()).isEqualTo("EXPENSE");
        assertThat(row.get("parentId").asText()).isEqualTo(officeRow);
        JsonNode entry = run.get("coa_alignment").get("applied").get(0);
        assertThat(entry.get("action").asText()).isEqualTo("update");
        assertThat(entry.get("billcom_id").asText()).isEqualTo(rentRow);
        assertThat(entry.get("before").get("name").asText()).isEqualTo("Rent");
        assertThat(entry.get("before").get("type").asText()).isEqualTo("INCOME");
        assertThat(entry.get("after").get("name").asText()).isEqualTo("Rent & utilities");
        assertThat(entry.get("changes")).extracting(JsonNode::asText)
                .containsExactly("name", "number", "type", "parent");
    }

    @Test
    void aDeactivatedAccountsRowIsArchivedAndAReactivatedOnesRestored() {
        AlignmentWorld.Tenant t = world.tenant();
        t.mode("apply");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(t.account("70" + i, "Expense " + i, "expense", null));
        }
        t.sync();
        String row = t.mapped().get(ids.get(0));
        t.changeAccount(ids.get(0), json().put("active", false));

        t.sync();

        assertThat(chartById(t).get(row).get("archived").asBoolean()).isTrue();
        assertThat(world.writes(t.org()).get(world.writes(t.org()).size() - 1).path())
                .isEqualTo("/v3/classifications/chart-of-accounts/bulk/archive");

        t.changeAccount(ids.get(0), json().put("active", true));
        JsonNode restored = t.sync();

        assertThat(chartById(t).get(row).get("archived").asBoolean()).isFalse();
        assertThat(restored.get("coa_alignment").get("applied")).extracting(e -> e.get("action").asText())
                .containsExactly("restore");
        assertThat(t.chart()).hasSize(6);
    }

    @Test
    void anUnmappedAccountIsMatchedToTheRowWithItsNumberAndTypeNotCreated() {
        AlignmentWorld.Tenant t = world.tenant();
        String equipment = t.billcomRow("1500", "Equipment", "FIXED_ASSET", null);
        String archivedFees = t.billcomRow("4100", "Fees", "INCOME", null);
        t.org().archive(SimKind.CHART_OF_ACCOUNT, archivedFees);
        world.runFull(t.integrationId());
        String machinery = t.account("1500", "Machinery", "asset", null);
        String fees = t.account("4100", "Fees", "income", null);
        t.mode("apply");

        t.sync();

        assertThat(t.chart()).hasSize(2);
        assertThat(t.mapped()).containsEntry(machinery, equipment).containsEntry(fees, archivedFees);
        Map<String, ObjectNode> chart = chartById(t);
        assertThat(chart.get(equipment).get("name").asText()).isEqualTo("Machinery");
        assertThat(chart.get(equipment).at("/account/type").asText()).isEqualTo("FIXED_ASSET");
        assertThat(chart.get(archivedFees).get("archived").asBoolean()).isFalse();
        assertThat(world.writes(t.org())).extracting(WriteRecord::path).containsExactly(
                "/v3/classifications/chart-of-accounts/bulk/restore", "/v3/classifications/chart-of-accounts/bulk");
    }

    @Test
    void conflictsAreReportedAndNotGuessedWhileTheRestIsApplied() {
        AlignmentWorld.Tenant t = world.tenant();
        String clash = t.billcomRow("4000", "Sales", "EXPENSE", null);
        world.runFull(t.integrationId());
        String sales = t.account("4000", "Sales", "income", null);
        String old = t.account("8000", "Old group", "expense", null);
        String orphan = t.account("8100", "Orphan", "expense", old);
        t.changeAccount(orphan, json().put("active", false));
        t.changeAccount(old, json().put("active", false));
        t.changeAccount(orphan, json().put("active", true));
        String fine = t.account("9000", "Fine", "other", null);
        t.mode("apply");

        JsonNode run = t.sync();

        assertThat(world.writes(t.org())).singleElement().satisfies(w ->
                assertThat(w.after().get("name").asText()).isEqualTo("Fine"));
        assertThat(t.mapped()).containsOnlyKeys(fine);
        assertThat(chartById(t).get(clash).at("/account/type").asText()).isEqualTo("EXPENSE");
        JsonNode conflicts = run.get("coa_alignment").get("conflicts");
        assertThat(conflicts).extracting(c -> c.get("ledger_account_id").asText() + " " + c.get("code").asText())
                .containsExactlyInAnyOrder(sales + " number_type_mismatch", orphan + " parent_unplaceable");
        assertThat(t.errors(run.get("run_id").asText()))
                .filteredOn(e -> e.get("error_code").asText().equals("COA_CONFLICT"))
                .extracting(e -> e.get("external_id").asText() + " " + e.get("status").asText())
                .containsExactlyInAnyOrder(sales + " warning", orphan + " warning");
    }

    @Test
    void billcomRowsWithoutALedgerCounterpartAreListedAndLeftAlone() {
        AlignmentWorld.Tenant t = world.tenant();
        String suspense = t.billcomRow("9999", "Suspense", "EXPENSE", null);
        world.runFull(t.integrationId());
        t.account("6000", "Office", "expense", null);
        t.mode("apply");

        JsonNode run = t.sync();

        assertThat(world.writes(t.org())).extracting(WriteRecord::objectId).doesNotContain(suspense);
        assertThat(run.get("coa_alignment").get("untouched")).extracting(u -> u.get("billcom_id").asText())
                .containsExactly(suspense);
        assertThat(t.plan().get("untouched")).extracting(u -> u.get("billcom_id").asText())
                .containsExactly(suspense);
    }

    @Test
    void aWriteBillcomRejectsStopsAlignmentWithAFailedEntryAndCreatesNothing() {
        AlignmentWorld.Tenant t = world.tenant();
        // A row the mirror still holds but Bill.com no longer has: creating a child under it is refused.
        String ghost = "0ca02GHOSTROWGONE000";
        new DynamoMirrorStore(world.aws.dynamoDb(), world.table, Clock.systemUTC())
                .upsert(t.integrationId(), BillcomKind.ACCOUNTS, ghost,
                "ghost", "{\"id\":\"" + ghost + "\",\"archived\":false,\"name\":\"Office\","
                        + "\"account\":{\"type\":\"EXPENSE\",\"number\":\"6000\"}}");
        String office = t.account("6000", "Office", "expense", null);
        t.map(ghost, office);
        String supplies = t.account("6100", "Supplies", "expense", office);
        t.mode("apply");

        JsonNode run = t.sync();

        assertThat(t.chart()).isEmpty();
        assertThat(run.get("status").asText()).isEqualTo("completed_with_errors");
        assertThat(run.get("coa_alignment").get("outcome").asText()).isEqualTo("stopped");
        assertThat(t.errors(run.get("run_id").asText()))
                .filteredOn(e -> e.get("error_code").asText().equals("COA_WRITE_REJECTED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("status").asText()).isEqualTo("failed");
                    assertThat(e.get("external_id").asText()).isEqualTo(supplies);
                    assertThat(e.get("message").asText()).contains("BDC_1119");
                });
        assertThat(t.plan().get("pending_creates").asInt()).as("a refused create leaves no intent").isZero();
    }
}
