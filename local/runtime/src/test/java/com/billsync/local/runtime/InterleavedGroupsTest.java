package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncStep;
import com.billsync.simulator.FaultKind;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.OrgSpec;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.SimOrg;
import com.billsync.sync.StepCheckpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Three integrations sync at once through one FIFO queue, their messages interleaved in batches, with Bill.com
 * failing now and then: each integration's steps still run strictly in plan order, each starting only after the
 * previous one ended.
 */
class InterleavedGroupsTest {

    @Test
    void eachGroupRunsItsStepsStrictlyInPlanOrder() {
        AtomicBoolean mixedBatch = new AtomicBoolean();
        try (SyncFixture fx = new SyncFixture(SyncFixture.Options.of(51, OrgSize.DEMO).batches().handler(worker ->
                (event, context) -> {
                    Set<String> groups = new HashSet<>();
                    event.getRecords().stream().map(SQSEvent.SQSMessage::getAttributes)
                            .forEach(a -> groups.add(a.get("MessageGroupId")));
                    if (groups.size() > 1) {
                        mixedBatch.set(true);
                    }
                    return worker.handleRequest(event, context);
                }))) {
            List<String> integrations = new ArrayList<>();
            List<SimOrg> orgs = List.of(fx.org, fx.sim.createOrganization(OrgSpec.generated(52, OrgSize.DEMO)),
                    fx.sim.createOrganization(OrgSpec.generated(53, OrgSize.DEMO)));
            for (SimOrg org : orgs) {
                String integration = fx.connect(fx.createCompany(), null, org);
                integrations.add(integration);
            }
            fx.drain();
            for (int i = 0; i < orgs.size(); i++) {
                String vendor = orgs.get(i).list(SimKind.VENDOR).get(0).get("id").asText();
                fx.mapAllExcept(integrations.get(i), Map.of("vendors", Set.of(vendor)));
            }
            List<String> runs = new ArrayList<>();
            integrations.forEach(id -> runs.add(fx.trigger(id)));
            fx.sim.faults().failNext(10, FaultKind.SERVER_ERROR);
            fx.drain();

            assertThat(mixedBatch).as("some batch held messages of several integrations").isTrue();
            for (int i = 0; i < integrations.size(); i++) {
                StepCheckpoint previous = null;
                for (SyncStep step : SyncPlan.FULL.steps()) {
                    StepCheckpoint current = fx.stores.checkpoints().load(integrations.get(i), runs.get(i), step)
                            .orElseThrow();
                    assertThat(current.status().isFinal()).as(step.wire()).isTrue();
                    if (previous != null) {
                        assertThat(current.startedAt()).as(step.wire() + " starts after " + previous.step().wire()
                                + " ended").isAfterOrEqualTo(previous.endedAt().orElseThrow());
                    }
                    previous = current;
                }
                assertThat(fx.run(integrations.get(i), runs.get(i)).get("status").asText())
                        .isEqualTo("completed_with_errors");
            }
        }
    }
}
