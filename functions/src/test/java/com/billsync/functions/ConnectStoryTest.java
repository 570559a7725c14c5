package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.BillcomOrg;
import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.QueuedMessage;
import com.billsync.functions.ApiFixture.Response;
import com.billsync.simulator.SimKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole story a finance team goes through before the first full sync: company and chart, connect (seed
 * enqueued), mappings, setup complete, trigger-sync.
 */
class ConnectStoryTest {

    private static ApiFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
    }

    @Test
    void connectMapAndTriggerTheFirstFullSync() {
        Client api = fixture.as("tenant-" + UUID.randomUUID());
        BillcomOrg org = ApiFixture.organization();

        Response company = api.post("/api/companies/", Bodies.company("Acme Holdings"));
        assertThat(company.status()).isEqualTo(201);
        String companyId = company.text("id");
        String accounts = "/api/companies/" + companyId + "/accounts/";
        String bank = api.post(accounts, Bodies.account("1000", "Operating bank", "bank")).text("id");
        String expense = api.post(accounts, Bodies.account("6000", "Office expense", "expense")).text("id");
        String income = api.post(accounts, Bodies.account("4000", "Sales", "income")).text("id");

        Response connected = api.post("/api/integrations/bill_com/", Bodies.connect(companyId, org).toString());
        assertThat(connected.status()).as(connected.toString()).isEqualTo(201);
        assertThat(connected.text("status")).isEqualTo("connected");
        String integrationId = connected.text("id");
        String seedRunId = connected.text("seed_run_id");
        assertThat(seedRunId).startsWith("SY");

        List<QueuedMessage> seed = fixture.drainQueue();
        assertThat(seed).extracting(m -> m.body().path("step").asText())
                .containsExactly("vendors", "funding_accounts", "accounts", "items", "classifications");
        assertThat(seed).allSatisfy(m -> {
            assertThat(m.groupId()).isEqualTo(integrationId);
            assertThat(m.body().path("run_id").asText()).isEqualTo(seedRunId);
            assertThat(m.body().path("plan").asText()).isEqualTo("seed");
            assertThat(m.body().path("step_count").asInt()).isEqualTo(5);
            assertThat(m.deduplicationId()).isEqualTo(seedRunId + ":" + m.body().path("step").asText());
        });
        assertThat(seed).extracting(m -> m.body().path("step_index").asInt()).containsExactly(0, 1, 2, 3, 4);

        String base = "/api/integrations/bill_com/" + integrationId + "/";
        assertThat(api.get(base + "setup-status/").body().path("completed").asBoolean()).isFalse();

        fixture.completeSeed(integrationId, seedRunId, org.org());

        Response vendors = api.get(base + "mappings/vendors/?limit=100");
        assertThat(vendors.body().path("items")).hasSize(org.org().list(SimKind.VENDOR).size());
        assertThat(vendors.body().path("items").get(0).path("mapping").isNull()).isTrue();
        String vendorId = vendors.body().path("items").get(0).path("external_id").asText();
        Response createdVendor = api.put(base + "mappings/vendors/" + vendorId + "/", "{\"create\": true}");
        assertThat(createdVendor.status()).as(createdVendor.toString()).isEqualTo(201);
        String ledgerVendor = createdVendor.body().path("mapping").path("ledger_id").asText();
        assertThat(api.get("/api/companies/" + companyId + "/vendors/" + ledgerVendor + "/").text("billcom_id"))
                .isEqualTo(vendorId);

        JsonNode coa = api.get(base + "mappings/accounts/?limit=100").body().path("items");
        List<String> coaIds = new ArrayList<>();
        coa.forEach(row -> coaIds.add(row.path("external_id").asText()));
        for (int i = 0; i < 3; i++) {
            String ledgerId = List.of(bank, expense, income).get(i);
            Response mapped = api.put(base + "mappings/accounts/" + coaIds.get(i) + "/",
                    "{\"ledger_id\": \"" + ledgerId + "\"}");
            assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
        }

        Response setup = api.get(base + "setup-status/");
        assertThat(setup.body().path("completed").asBoolean()).as(setup.toString()).isTrue();
        assertThat(setup.body().path("checks")).extracting(c -> c.path("name").asText())
                .containsExactly("company_attached", "authenticated", "accounts_mapped", "vendors_mapped");

        Response triggered = api.post(base + "trigger-sync/", null);
        assertThat(triggered.status()).as(triggered.toString()).isEqualTo(202);
        String runId = triggered.text("run_id");
        List<QueuedMessage> full = fixture.drainQueue();
        assertThat(full).extracting(m -> m.body().path("step").asText()).containsExactly("vendors",
                "funding_accounts", "accounts", "bills", "vendor_credits", "vendor_payments", "items", "customers",
                "classifications");
        assertThat(full).allSatisfy(m -> assertThat(m.deduplicationId()).startsWith(runId + ":"));

        Response again = api.post(base + "trigger-sync/", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("sync_in_progress");
        assertThat(again.body().path("error").path("details").path("run_id").asText()).isEqualTo(runId);

        Response runs = api.get(base + "sync-runs/");
        assertThat(runs.body().path("items")).extracting(r -> r.path("run_id").asText())
                .containsExactly(runId, seedRunId);
        Response run = api.get(base + "sync-runs/" + runId + "/");
        assertThat(run.text("status")).isEqualTo("queued");
        assertThat(run.body().path("steps")).hasSize(9);

        Response integration = api.get(base);
        assertThat(integration.body().path("setup").path("completed").asBoolean()).isTrue();
        assertThat(integration.body().path("last_run").path("run_id").asText()).isEqualTo(runId);
        assertThat(integration.body().path("next_sync_at").isNull()).isFalse();
    }
}
