package com.billsync.store.dynamodb;

import com.billsync.runs.RunStatus;
import com.billsync.runs.RunTrigger;
import com.billsync.runs.StepProgress;
import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncRun;
import com.billsync.runs.SyncStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Runs as items; each step's counters in a map under {@code steps.<step>}. */
final class RunItems {

    private RunItems() {
    }

    static Map<String, AttributeValue> item(SyncRun run) {
        Map<String, AttributeValue> steps = new HashMap<>();
        run.steps().forEach(s -> steps.put(s.step().wire(), AttributeValue.fromM(step(s))));
        return Item.key(TableLayout.integration(run.integrationId()), TableLayout.run(run.runId()))
                .s(TableLayout.ENTITY, "run")
                .s("integration_id", run.integrationId()).s("run_id", run.runId()).s("plan", run.plan().name())
                .s("trigger", run.trigger().name()).s("status", run.status().name())
                .time("created_at", run.createdAt()).time("enqueued_at", run.enqueuedAt())
                .time("started_at", run.startedAt()).time("finished_at", run.finishedAt())
                .m("steps", steps)
                .build();
    }

    static Map<String, AttributeValue> step(StepProgress s) {
        return new Item().s("status", s.status().name()).n("pages", s.pages()).n("records_read", s.recordsRead())
                .n("created", s.created()).n("updated", s.updated()).n("unchanged", s.unchanged())
                .n("skipped", s.skipped()).n("failed", s.failed()).n("api_calls", s.apiCalls())
                .time("started_at", s.startedAt()).time("ended_at", s.endedAt())
                .build();
    }

    static SyncRun run(Map<String, AttributeValue> item) {
        Read r = new Read(item);
        SyncPlan plan = SyncPlan.valueOf(r.s("plan"));
        Map<String, AttributeValue> steps = r.m("steps");
        List<StepProgress> progress = plan.steps().stream().map(step -> {
            AttributeValue value = steps.get(step.wire());
            return value == null || !value.hasM() ? StepProgress.pending(step) : step(step, value.m());
        }).toList();
        return new SyncRun(r.s("integration_id"), r.s("run_id"), plan, RunTrigger.valueOf(r.s("trigger")),
                RunStatus.valueOf(r.s("status")), progress, r.time("created_at"), r.optTime("enqueued_at"),
                r.optTime("started_at"), r.optTime("finished_at"));
    }

    private static StepProgress step(SyncStep step, Map<String, AttributeValue> m) {
        Read r = new Read(m);
        return new StepProgress(step, StepStatus.valueOf(r.s("status")), r.n("pages"), r.n("records_read"),
                r.n("created"), r.n("updated"), r.n("unchanged"), r.n("skipped"), r.n("failed"), r.n("api_calls"),
                r.optTime("started_at"), r.optTime("ended_at"));
    }
}
