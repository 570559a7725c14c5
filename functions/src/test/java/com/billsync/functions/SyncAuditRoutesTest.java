package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.BillcomOrg;
import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import com.billsync.runs.ErrorEntry;
import com.billsync.runs.ErrorStatus;
import com.billsync.runs.SyncStep;
import com.billsync.store.dynamodb.DynamoErrorLogStore;
import com.billsync.store.dynamodb.DynamoSyncStateStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** sync-runs, errors, setup-status, reset-sync-state and coa-alignment answer from stored state. */
class SyncAuditRoutesTest {

    private static ApiFixture fixture;
    private static Client api;
    private static String integrationId;
    private static String seedRunId;
    private static String base;
    private static BillcomOrg org;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
        api = fixture.as("tenant-" + UUID.randomUUID());
        org = ApiFixture.organization();
        String company = api.post("/api/companies/", Bodies.company("Audit Co")).text("id");
        Response connected = api.post("/api/integrations/bill_com/", Bodies.connect(company, org).toString());
        integrationId = connected.text("id");
        seedRunId = connected.text("seed_run_id");
        base = "/api/integrations/bill_com/" + integrationId + "/";
        fixture.drainQueue();
    }

    @Test
    void theSeedRunIsRecordedQueuedWithItsFiveSteps() {
        Response run = api.get(base + "sync-runs/" + seedRunId + "/");

        assertThat(run.text("status")).isEqualTo("queued");
        assertThat(run.text("plan")).isEqualTo("seed");
        assertThat(run.text("trigger")).isEqualTo("connect");
        assertThat(run.text("enqueued_at")).isNotNull();
        assertThat(run.body().path("steps")).extracting(s -> s.path("step").asText())
                .containsExactly("vendors", "funding_accounts", "accounts", "items", "classifications");
        assertThat(run.body().path("steps")).allSatisfy(s -> {
            assertThat(s.path("status").asText()).isEqualTo("pending");
            assertThat(s.has("records_read") && s.has("api_calls") && s.has("unchanged")).isTrue();
        });
    }

    @Test
    void anUnknownRunIsNotFound() {
        assertThat(api.get(base + "sync-runs/SY00000000000000000000000000/").status()).isEqualTo(404);
    }

    @Test
    void setupStatusExplainsEachUnmetCondition() {
        Response setup = api.get(base + "setup-status/");

        assertThat(setup.body().path("completed").asBoolean()).isFalse();
        JsonNode checks = setup.body().path("checks");
        assertThat(checks.get(0).path("ok").asBoolean()).isTrue();
        assertThat(checks.get(1).path("ok").asBoolean()).isTrue();
        assertThat(checks.get(2).path("detail").asText()).contains("not been pulled");
        assertThat(checks.get(3).path("detail").asText()).contains("not been pulled");
    }

    @Test
    void triggerSyncBeforeSetupListsEveryUnmetCheck() {
        Response refused = api.post(base + "trigger-sync/", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("setup_not_completed");
        assertThat(refused.body().path("error").path("details").path("unmet_checks"))
                .extracting(c -> c.path("name").asText()).containsExactly("accounts_mapped", "vendors_mapped");
    }

    @Test
    void theErrorsLogIsNewestFirstFilterableAndPaginated() {
        DynamoErrorLogStore log = new DynamoErrorLogStore(fixture.aws.dynamoDb(), fixture.tableName,
                Duration.ofDays(90));
        String older = "SY01AAAAAAAAAAAAAAAAAAAAAAAA";
        String newer = "SY01BBBBBBBBBBBBBBBBBBBBBBBB";
        Instant now = Instant.now();
        log.append(ErrorEntry.inRun(integrationId, older, ErrorStatus.FAILED, "VENDOR_NOT_MAPPED",
                "Bill 00n1 references an unmapped vendor.", SyncStep.BILLS, Optional.of("bill"),
                Optional.of("00n1"), now));
        log.append(ErrorEntry.inRun(integrationId, newer, ErrorStatus.SKIPPED, "BEFORE_CUTOFF",
                "Bill 00n2 is dated before the cutoff.", SyncStep.BILLS, Optional.of("bill"), Optional.of("00n2"),
                now));
        log.append(ErrorEntry.inRun(integrationId, newer, ErrorStatus.FAILED, "ACCOUNT_NOT_MAPPED",
                "Payment stp1 uses an unmapped account.", SyncStep.VENDOR_PAYMENTS, Optional.of("vendor_payment"),
                Optional.of("stp1"), now));
        String errors = base + "errors/";

        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.get(errors + "?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            page.body().path("items").forEach(e -> all.add(e.path("error_code").asText()));
            cursor = page.text("next_cursor");
        } while (cursor != null);

        assertThat(all).containsExactly("ACCOUNT_NOT_MAPPED", "BEFORE_CUTOFF", "VENDOR_NOT_MAPPED");
        assertThat(codes(api.get(errors + "?run_id=" + older))).containsExactly("VENDOR_NOT_MAPPED");
        assertThat(codes(api.get(errors + "?step=vendor_payments"))).containsExactly("ACCOUNT_NOT_MAPPED");
        assertThat(codes(api.get(errors + "?entity_type=bill&error_code=BEFORE_CUTOFF")))
                .containsExactly("BEFORE_CUTOFF");
        JsonNode entry = api.get(errors + "?run_id=" + older).body().path("items").get(0);
        assertThat(entry.path("sync_attempt_id").asText()).isEqualTo(older);
        assertThat(entry.path("status").asText()).isEqualTo("failed");
        assertThat(entry.path("external_id").asText()).isEqualTo("00n1");
        assertThat(api.get(errors + "?step=teleport").status()).isEqualTo(400);
    }

    @Test
    void resetSyncStateForgetsCursorsOnceTheRunEnded() {
        String company = api.post("/api/companies/", Bodies.company("Reset Co")).text("id");
        BillcomOrg other = ApiFixture.organization();
        Response connected = api.post("/api/integrations/bill_com/", Bodies.connect(company, other).toString());
        String id = connected.text("id");
        String path = "/api/integrations/bill_com/" + id + "/reset-sync-state/";
        fixture.drainQueue();
        DynamoSyncStateStore state = new DynamoSyncStateStore(fixture.aws.dynamoDb(), fixture.tableName);
        state.saveCursor(id, SyncStep.VENDORS, "2026-01-01T00:00:00Z", Instant.now());
        assertThat(api.post(path, null).errorCode()).isEqualTo("sync_in_progress");
        fixture.completeSeed(id, connected.text("seed_run_id"), other.org());

        Response reset = api.post(path, "{}");

        assertThat(reset.body().path("cursors_reset").asInt()).isEqualTo(1);
        assertThat(state.cursor(id, SyncStep.VENDORS)).isEmpty();
        assertThat(state.pulledAt(id, SyncStep.VENDORS)).isPresent();
    }

    @Test
    void coaAlignmentReportsTheModeAndNoPlanYet() {
        Response plan = api.get(base + "coa-alignment/");

        assertThat(plan.text("mode")).isEqualTo("preview");
        assertThat(plan.body().path("actions")).isEmpty();
    }

    private static List<String> codes(Response response) {
        List<String> codes = new ArrayList<>();
        response.body().path("items").forEach(e -> codes.add(e.path("error_code").asText()));
        return codes;
    }
}
