package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connect enqueues the seed; the worker, fed through the real FIFO queue, fills the mirror. */
class SeedSyncTest {

    private static SyncFixture fx;
    private static String integrationId;
    private static JsonNode seedRun;

    @BeforeAll
    static void connectAndSeed() {
        fx = new SyncFixture(11, OrgSize.DEMO);
        integrationId = fx.connect(fx.createCompany(), null);
        fx.drain();
        JsonNode integration = fx.ok("GET", fx.integrationPath(integrationId), null);
        List<JsonNode> runs = fx.pages(fx.integrationPath(integrationId) + "sync-runs/");
        assertThat(runs).as("runs of " + integration).hasSize(1);
        seedRun = fx.run(integrationId, runs.get(0).get("run_id").asText());
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void seedFillsTheMirrorOfEveryMasterDataKind() {
        Map<String, SimKind> kinds = Map.of("vendors", SimKind.VENDOR, "funding-accounts", SimKind.BANK_ACCOUNT,
                "accounts", SimKind.CHART_OF_ACCOUNT, "items", SimKind.ITEM, "departments", SimKind.DEPARTMENT,
                "jobs", SimKind.JOB, "locations", SimKind.LOCATION, "accounting-classes", SimKind.ACCOUNTING_CLASS,
                "employees", SimKind.EMPLOYEE);
        kinds.forEach((slug, kind) -> assertThat(fx.mappingRows(integrationId, slug))
                .extracting(row -> row.get("external_id").asText())
                .as(slug)
                .containsExactlyInAnyOrderElementsOf(fx.org.list(kind).stream().map(n -> n.get("id").asText())
                        .toList()));
    }

    @Test
    void seedRunCompletesWithEveryStepCounted() {
        assertThat(seedRun.get("status").asText()).as(seedRun.toString()).isEqualTo("completed");
        JsonNode steps = seedRun.get("steps");
        assertThat(steps.toString()).contains("vendors", "funding_accounts", "accounts", "items", "classifications");
        for (JsonNode step : steps) {
            assertThat(step.get("status").asText()).as(step.toString()).isEqualTo("completed");
            assertThat(step.get("api_calls").asLong()).as(step.toString()).isPositive();
            assertThat(step.get("records_read").asLong()).as(step.toString())
                    .isEqualTo(step.get("created").asLong());
        }
    }
}
