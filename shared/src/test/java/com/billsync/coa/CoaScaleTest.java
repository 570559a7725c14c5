package com.billsync.coa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 300-account chart (10 groups, 40 sub-groups, 250 accounts) aligned from scratch into an empty Bill.com
 * organization: what it costs in Bill.com calls. The figure is in the closing note and shared/README.md.
 */
class CoaScaleTest {

    private static final Logger LOG = LoggerFactory.getLogger(CoaScaleTest.class);
    private static final String COA = "/v3/classifications/chart-of-accounts";

    private static AlignmentWorld world;

    @BeforeAll
    static void start() {
        world = new AlignmentWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    /** The simulator's calls per endpoint, as a snapshot. */
    private static Map<String, Long> calls() {
        return new TreeMap<>(world.sim.calls());
    }

    private static Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> delta = new TreeMap<>();
        calls().forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d > 0) {
                delta.put(k, d);
            }
        });
        return delta;
    }

    @Test
    void aThreeHundredAccountChartIsAlignedFromScratchWithFiveBulkCreates() {
        AlignmentWorld.Tenant t = world.tenant();
        for (int g = 1; g <= 10; g++) {
            String group = t.account(g + "000", "Group " + g, "expense", null);
            for (int s = 1; s <= 4; s++) {
                String sub = t.account(g + "" + s + "00", "Group " + g + "." + s, "expense", group);
                int leaves = (g - 1) * 4 + s <= 10 ? 7 : 6;
                for (int l = 1; l <= leaves; l++) {
                    t.account(g + "" + s + "1" + l, "Account " + g + "." + s + "." + l, "expense", sub);
                }
            }
        }
        t.mode("apply");
        JsonNode plan = t.plan();
        assertThat(plan.get("counts").get("create").asInt()).isEqualTo(300);

        Map<String, Long> before = calls();
        JsonNode refused = t.sync();
        Map<String, Long> refusedCalls = since(before);
        assertThat(refused.get("coa_alignment").get("outcome").asText()).isEqualTo("refused");
        assertThat(refusedCalls.keySet()).noneMatch(k -> k.startsWith("POST " + COA) || k.startsWith("PATCH " + COA));

        world.ok("POST", t.base() + "coa-alignment/approve/", AlignmentWorld.json()
                .put("fingerprint", plan.get("fingerprint").asText()));
        before = calls();
        JsonNode applied = t.sync();
        Map<String, Long> applyCalls = since(before);

        JsonNode accountsStep = null;
        for (JsonNode step : applied.get("steps")) {
            if (step.get("step").asText().equals("accounts")) {
                accountsStep = step;
            }
        }
        LOG.info("300-account chart from scratch: Bill.com calls of the applying run {}; accounts step {} calls",
                applyCalls, accountsStep.get("api_calls").asLong());
        assertThat(applied.get("coa_alignment").get("outcome").asText()).isEqualTo("applied");
        assertThat(t.chart()).hasSize(300);
        assertThat(t.mapped()).hasSize(300);
        assertThat(applyCalls).containsEntry("POST " + COA + "/bulk", 5L);
        assertThat(applyCalls.keySet()).filteredOn(k -> k.contains(COA) && !k.startsWith("GET "))
                .containsExactly("POST " + COA + "/bulk");
        assertThat(accountsStep.get("api_calls").asLong()).as("list the chart once, five bulk creates")
                .isEqualTo(6);
    }
}
