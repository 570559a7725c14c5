package com.billsync.local.runtime;

import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncStep;
import com.billsync.simulator.OrgSize;
import com.billsync.sync.StepCheckpoint;
import com.billsync.sync.StepCounts;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.TreeMap;

/**
 * What a full and then an incremental sync of a generated organization cost: Bill.com calls (per endpoint,
 * from the simulator) and ledger/mirror writes (from the step checkpoints), per step. Prints a table; not a
 * test. Run it with {@code benchmarks/sync-cost.sh [demo|s|m]}.
 */
public final class SyncCostBenchmark {

    private SyncCostBenchmark() {
    }

    public static void main(String[] args) {
        OrgSize size = OrgSize.parse(args.length > 0 ? args[0] : "s");
        System.out.println("org size: " + size);
        try (SyncFixture fx = new SyncFixture(81, size)) {
            MappedIntegration it = new MappedIntegration(fx);
            String seed = fx.stores.integrations().get(it.integrationId).orElseThrow().seedRunId().orElseThrow();
            report(fx, it, seed, SyncPlan.SEED, "seed after connect", -1);
            System.out.println("then mapped every master-data row but one vendor");
            for (String label : new String[] {"full (first) sync", "incremental sync, nothing changed"}) {
                fx.sim.resetCounters();
                long t0 = System.nanoTime();
                String run = it.trigger();
                if (!fx.poller.drain(Duration.ofMinutes(60))) {
                    throw new IllegalStateException("queue did not drain");
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                report(fx, it, run, SyncPlan.FULL, label, ms);
            }
        }
        // DynamoDB Local's SQLite thread is not a daemon thread: end the JVM explicitly.
        System.exit(0);
    }

    private static void report(SyncFixture fx, MappedIntegration it, String run, SyncPlan plan, String label,
                               long ms) {
        JsonNode view = fx.run(it.integrationId, run);
        System.out.printf("%n== %s: %s%s%n", label, view.get("status").asText(), ms < 0 ? "" : " in " + ms + " ms");
        System.out.printf("%-17s %6s %7s %7s %7s %9s %7s %7s %9s %7s%n", "step", "pages", "read", "created",
                "updated", "unchanged", "skipped", "calls", "doc calls", "writes");
        long calls = 0;
        long writes = 0;
        for (SyncStep step : plan.steps()) {
            StepCounts c = fx.stores.checkpoints().load(it.integrationId, run, step).map(StepCheckpoint::counts)
                    .orElseThrow();
            calls += c.billcomCalls();
            writes += c.ledgerWrites();
            System.out.printf("%-17s %6d %7d %7d %7d %9d %7d %7d %9d %7d%n", step.wire(), c.pages(), c.read(),
                    c.created(), c.updated(), c.unchanged(), c.skipped() + c.failed(), c.billcomCalls(),
                    c.documentCalls(), c.ledgerWrites());
        }
        System.out.printf("total: %d Bill.com calls, %d ledger and mirror writes%n", calls, writes);
        if (ms >= 0) {
            System.out.println("Bill.com calls by endpoint (simulator): " + new TreeMap<>(fx.sim.calls()));
        }
    }
}
