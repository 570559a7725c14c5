package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.BillcomOrg;
import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import com.billsync.ledger.AccountType;
import com.billsync.simulator.SimKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart-of-accounts alignment routes: the plan the next run would apply (computed from the ledger, the
 * mirrored chart and the mappings) and the one-shot approval of exactly that plan.
 */
class CoaAlignmentRoutesTest {

    private static ApiFixture fixture;
    private static Client api;
    private static String base;
    private static String companyId;
    private static BillcomOrg org;
    private static ObjectNode matchedRow;
    private static String matchedAccount;
    private static String newAccount;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
        api = fixture.as("tenant-" + UUID.randomUUID());
        org = ApiFixture.organization();
        companyId = api.post("/api/companies/", Bodies.company("Alignment Co")).text("id");
        Response connected = api.post("/api/integrations/bill_com/", Bodies.connect(companyId, org).toString());
        String integrationId = connected.text("id");
        fixture.completeSeed(integrationId, connected.text("seed_run_id"), org.org());
        fixture.drainQueue();
        base = "/api/integrations/bill_com/" + integrationId + "/";
        matchedRow = org.org().list(SimKind.CHART_OF_ACCOUNT).stream()
                .filter(r -> !r.path("archived").asBoolean() && r.at("/account/number").isTextual())
                .findFirst().orElseThrow();
        matchedAccount = api.post("/api/companies/" + companyId + "/accounts/", Bodies.account(
                matchedRow.at("/account/number").asText(), matchedRow.get("name").asText() + " (ledger)",
                AccountType.fromBillcom(matchedRow.at("/account/type").asText()).wire())).text("id");
        newAccount = api.post("/api/companies/" + companyId + "/accounts/",
                Bodies.account("99990", "Brand new", "expense")).text("id");
    }

    private static List<JsonNode> actions(Response plan) {
        List<JsonNode> out = new ArrayList<>();
        plan.body().path("actions").forEach(out::add);
        return out;
    }

    @Test
    void thePlanShowsEveryMutationWithBeforeAndAfterAndLeavesOtherRowsListed() {
        Response plan = api.get(base + "coa-alignment/");

        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.text("mode")).isEqualTo("preview");
        assertThat(plan.text("fingerprint")).matches("[0-9a-f]{32}");
        assertThat(actions(plan)).extracting(a -> a.path("action").asText() + " " + a.path("ledger_account_id")
                .asText()).containsExactly("map " + matchedAccount, "update " + matchedAccount, "create " + newAccount);
        JsonNode update = actions(plan).get(1);
        assertThat(update.path("billcom_id").asText()).isEqualTo(matchedRow.get("id").asText());
        assertThat(update.path("before").path("name").asText()).isEqualTo(matchedRow.get("name").asText());
        assertThat(update.path("after").path("name").asText()).isEqualTo(matchedRow.get("name").asText()
                + " (ledger)");
        assertThat(update.path("changes")).extracting(JsonNode::asText).contains("name");
        JsonNode create = actions(plan).get(2);
        assertThat(create.path("before").isNull()).isTrue();
        assertThat(create.path("after").path("type").asText()).isEqualTo("EXPENSE");
        assertThat(plan.body().path("counts").path("create").asInt()).isEqualTo(1);
        assertThat(plan.body().path("guard").path("tripped").asBoolean()).isFalse();
        assertThat(plan.body().path("untouched")).hasSize(org.org().list(SimKind.CHART_OF_ACCOUNT).size() - 1);
        assertThat(plan.body().path("conflicts")).isEmpty();
    }

    @Test
    void approvingTheCurrentFingerprintStoresAOneShotApproval() {
        String fingerprint = api.get(base + "coa-alignment/").text("fingerprint");

        Response approved = api.post(base + "coa-alignment/approve/", "{\"fingerprint\":\"" + fingerprint + "\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("fingerprint")).isEqualTo(fingerprint);
        assertThat(approved.text("approved_at")).isNotBlank();
        assertThat(api.get(base + "coa-alignment/").body().path("guard").path("approved").asBoolean()).isTrue();
    }

    @Test
    void approvingAStaleFingerprintIsAConflictNamingTheCurrentOne() {
        String current = api.get(base + "coa-alignment/").text("fingerprint");

        Response stale = api.post(base + "coa-alignment/approve/",
                "{\"fingerprint\":\"00000000000000000000000000000000\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("coa_plan_changed");
        assertThat(stale.body().path("error").path("details").path("fingerprint").asText()).isEqualTo(current);
    }

    @Test
    void anApprovalNeedsAWellFormedFingerprintAndNothingElse() {
        assertThat(api.post(base + "coa-alignment/approve/", "{}").errorCode()).isEqualTo("validation_failed");
        assertThat(api.post(base + "coa-alignment/approve/", "{\"fingerprint\":\"ABC\"}").status()).isEqualTo(400);
        Response extra = api.post(base + "coa-alignment/approve/",
                "{\"fingerprint\":\"00000000000000000000000000000000\",\"force\":true}");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.body().path("error").toString()).contains("force");
    }

    @Test
    void aRunWithoutAlignmentSaysSo() {
        JsonNode runs = api.get(base + "sync-runs/").body().path("items");
        Response seed = api.get(base + "sync-runs/" + runs.get(0).path("run_id").asText() + "/");

        assertThat(seed.status()).isEqualTo(200);
        assertThat(seed.body().has("coa_alignment")).isTrue();
        assertThat(seed.body().path("coa_alignment").isNull()).isTrue();
    }
}
