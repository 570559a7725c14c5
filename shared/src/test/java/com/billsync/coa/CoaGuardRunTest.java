package com.billsync.coa;

import static com.billsync.coa.AlignmentWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard in real runs: a plan archiving more than the share of Bill.com's active rows (or writing more rows
 * than allowed) is refused with an errors-log entry, and a one-shot approval of that exact plan releases it.
 */
class CoaGuardRunTest {

    private static AlignmentWorld world;

    @BeforeAll
    static void start() {
        world = new AlignmentWorld(Map.of("COA_MAX_CHANGES", "10"));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    /** Ten accounts aligned in Bill.com; returns their ledger ids. */
    private static List<String> alignedChart(AlignmentWorld.Tenant t) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(t.account("60" + i, "Expense " + i, "expense", null));
            ids.add(t.account("40" + i, "Income " + i, "income", null));
        }
        t.mode("apply");
        t.sync();
        assertThat(t.chart()).hasSize(10);
        return ids;
    }

    private static String approve(AlignmentWorld.Tenant t, String fingerprint) {
        return world.ok("POST", t.base() + "coa-alignment/approve/", json().put("fingerprint", fingerprint))
                .get("fingerprint").asText();
    }

    @Test
    void archivingMoreThanTheShareOfActiveAccountsIsRefusedWithAClearErrorLogEntry() {
        AlignmentWorld.Tenant t = world.tenant();
        List<String> ids = alignedChart(t);
        int writes = world.writes(t.org()).size();
        for (int i = 0; i < 3; i++) {
            t.changeAccount(ids.get(i), json().put("active", false));
        }
        String fingerprint = t.plan().get("fingerprint").asText();
        assertThat(t.plan().get("guard").get("tripped").asBoolean()).isTrue();

        JsonNode run = t.sync();

        assertThat(world.writes(t.org())).hasSize(writes);
        assertThat(run.get("status").asText()).isEqualTo("completed_with_errors");
        JsonNode coa = run.get("coa_alignment");
        assertThat(coa.get("outcome").asText()).isEqualTo("refused");
        assertThat(coa.get("actions")).hasSize(3);
        assertThat(coa.get("applied")).isEmpty();
        JsonNode entry = t.errors(run.get("run_id").asText()).stream()
                .filter(e -> e.get("error_code").asText().equals("COA_GUARD_TRIPPED")).findFirst().orElseThrow();
        assertThat(entry.get("status").asText()).isEqualTo("failed");
        assertThat(entry.get("step").asText()).isEqualTo("accounts");
        assertThat(entry.get("message").asText())
                .contains("archive 3 of Bill.com's 10 active accounts (30.0%, limit 20.0%)")
                .contains(fingerprint)
                .contains("coa-alignment/approve/");
    }

    @Test
    void anApprovalReleasesExactlyThatPlanOnce() {
        AlignmentWorld.Tenant t = world.tenant();
        List<String> ids = alignedChart(t);
        for (int i = 0; i < 3; i++) {
            t.changeAccount(ids.get(i), json().put("active", false));
        }
        t.sync();
        String fingerprint = t.plan().get("fingerprint").asText();

        assertThat(approve(t, fingerprint)).isEqualTo(fingerprint);
        assertThat(t.plan().get("guard").get("approved").asBoolean()).isTrue();
        JsonNode run = t.sync();

        assertThat(run.get("coa_alignment").get("outcome").asText()).isEqualTo("applied");
        assertThat(run.get("coa_alignment").get("approval_used").asText()).isEqualTo(fingerprint);
        assertThat(t.chart()).filteredOn(r -> r.get("archived").asBoolean()).hasSize(3);
        assertThat(t.plan().get("guard").get("approved").asBoolean()).isFalse();

        for (int i = 3; i < 6; i++) {
            t.changeAccount(ids.get(i), json().put("active", false));
        }
        int writes = world.writes(t.org()).size();
        JsonNode next = t.sync();
        assertThat(next.get("coa_alignment").get("outcome").asText()).as("the approval was consumed")
                .isEqualTo("refused");
        assertThat(world.writes(t.org())).hasSize(writes);
    }

    @Test
    void anApprovalOfAnotherPlanReleasesNothing() {
        AlignmentWorld.Tenant t = world.tenant();
        List<String> ids = alignedChart(t);
        for (int i = 0; i < 3; i++) {
            t.changeAccount(ids.get(i), json().put("active", false));
        }
        String approved = approve(t, t.plan().get("fingerprint").asText());
        t.changeAccount(ids.get(3), json().put("active", false));
        int writes = world.writes(t.org()).size();

        JsonNode run = t.sync();

        assertThat(t.plan().get("fingerprint").asText()).isNotEqualTo(approved);
        assertThat(run.get("coa_alignment").get("outcome").asText()).isEqualTo("refused");
        assertThat(world.writes(t.org())).hasSize(writes);
    }

    @Test
    void tooManyChangesAreRefusedUntilApproved() {
        AlignmentWorld.Tenant t = world.tenant();
        for (int i = 10; i < 21; i++) {
            t.account("50" + i, "Cost " + i, "cost_of_goods_sold", null);
        }
        t.mode("apply");

        JsonNode refused = t.sync();

        assertThat(refused.get("coa_alignment").get("outcome").asText()).isEqualTo("refused");
        assertThat(t.errors(refused.get("run_id").asText())).extracting(e -> e.get("message").asText())
                .anyMatch(m -> m.contains("it would change 11 Bill.com rows (limit 10)"));
        assertThat(t.chart()).isEmpty();

        approve(t, refused.get("coa_alignment").get("fingerprint").asText());
        t.sync();

        assertThat(t.chart()).hasSize(11);
    }

    @Test
    void aRunThatDiesPartWayThroughAnApprovedPlanFinishesItWithoutASecondApprovalOrDuplicates() {
        AlignmentWorld.Tenant t = world.tenant();
        // Two parents, then twelve children: what is left after the parents' create is still over the limit.
        for (String group : List.of("5000", "5100")) {
            String parent = t.account(group, "Group " + group, "cost_of_goods_sold", null);
            for (int i = 1; i <= 6; i++) {
                t.account(group.substring(0, 3) + i, "Cost " + group + "/" + i, "cost_of_goods_sold", parent);
            }
        }
        t.mode("apply");
        String fingerprint = approve(t, t.plan().get("fingerprint").asText());
        world.mappings.crashOnNextMap();

        JsonNode run = t.sync();

        assertThat(run.get("coa_alignment").get("outcome").asText()).isEqualTo("applied");
        assertThat(run.get("coa_alignment").get("approval_used").asText()).isEqualTo(fingerprint);
        assertThat(run.get("coa_alignment").get("applied")).hasSize(14);
        assertThat(t.chart()).hasSize(14);
        assertThat(world.writes(t.org())).hasSize(14);
        assertThat(t.mapped()).hasSize(14);
    }

    @Test
    void approvingAPlanThatChangedIsAConflictAndAMalformedFingerprintInvalid() {
        AlignmentWorld.Tenant t = world.tenant();
        t.account("6000", "Office", "expense", null);

        AlignmentWorld.Response stale = world.call("POST", t.base() + "coa-alignment/approve/",
                json().put("fingerprint", "0123456789abcdef0123456789abcdef"));
        AlignmentWorld.Response malformed = world.call("POST", t.base() + "coa-alignment/approve/",
                json().put("fingerprint", "not-a-fingerprint"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().at("/error/code").asText()).isEqualTo("coa_plan_changed");
        assertThat(stale.body().at("/error/details/fingerprint").asText())
                .isEqualTo(t.plan().get("fingerprint").asText());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(t.plan().get("guard").get("approved").asBoolean()).isFalse();
    }
}
