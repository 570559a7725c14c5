package com.billsync.coa;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.simulator.FaultKind;
import com.billsync.simulator.WriteRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker that dies between a Bill.com create and recording its mapping, or a create whose request never got
 * an answer, never leads to a row created twice: the intent recorded before the call is reconciled by number and
 * type on the next delivery.
 */
class CoaCrashSafetyTest {

    private static AlignmentWorld world;

    @BeforeAll
    static void start() {
        world = new AlignmentWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static List<String> createdNames(AlignmentWorld.Tenant t) {
        return world.writes(t.org()).stream().filter(w -> w.before() == null)
                .map(w -> w.after().get("name").asText()).toList();
    }

    @Test
    void aWorkerDyingBetweenACreateAndItsMappingCreatesNoDuplicate() {
        AlignmentWorld.Tenant t = world.tenant();
        String office = t.account("6000", "Office", "expense", null);
        t.account("6100", "Supplies", "expense", office);
        t.account("6200", "Postage", "expense", office);
        t.account("1000", "Cash", "bank", null);
        t.mode("apply");
        world.mappings.crashOnNextMap();
        int crashedBefore = world.mappings.crashed();

        JsonNode run = t.sync();

        assertThat(world.mappings.crashed() - crashedBefore).as("the worker died once").isEqualTo(1);
        assertThat(createdNames(t)).containsExactlyInAnyOrder("Office", "Supplies", "Postage", "Cash");
        assertThat(t.chart()).hasSize(4);
        assertThat(t.mapped()).hasSize(4);
        JsonNode applied = run.get("coa_alignment").get("applied");
        assertThat(applied).filteredOn(e -> e.get("reconciled").asBoolean())
                .extracting(e -> e.get("after").get("name").asText()).containsExactlyInAnyOrder("Cash", "Office");
        assertThat(run.get("coa_alignment").get("outcome").asText()).isEqualTo("applied");

        t.sync();
        assertThat(t.chart()).hasSize(4);
    }

    @Test
    void aCreateThatGotNoAnswerIsNotRepeatedUntilItIsKnownNotToHaveHappened() {
        AlignmentWorld.Tenant t = world.tenant();
        t.account("7000", "Consulting", "income", null);
        t.mode("apply");
        world.coaStore.afterNextIntents(() -> world.sim.faults().failNext(1, FaultKind.DROP));

        JsonNode first = t.sync();

        assertThat(t.chart()).isEmpty();
        assertThat(first.get("coa_alignment").get("conflicts")).extracting(c -> c.get("code").asText())
                .containsExactly("create_pending");
        JsonNode stillPending = t.sync();
        assertThat(stillPending.get("coa_alignment").get("conflicts")).hasSize(1);
        assertThat(t.plan().get("pending_creates").asInt()).isEqualTo(1);

        world.clock.advance(CoaReconciler.SETTLE.plus(Duration.ofSeconds(1)));
        t.sync();

        assertThat(t.chart()).singleElement().satisfies(r -> assertThat(r.get("name").asText())
                .isEqualTo("Consulting"));
        assertThat(world.writes(t.org())).extracting(WriteRecord::objectId).hasSize(1);
        assertThat(t.plan().get("pending_creates").asInt()).isZero();
    }
}
