package com.billsync.local.runtime.bench;

import com.billsync.runs.StepProgress;
import com.billsync.runs.SyncRun;
import com.billsync.simulator.SimKind;
import com.billsync.sync.StepCheckpoint;
import com.billsync.sync.StepCounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * billsync's side of one benchmark case, through the real worker path: connect (one login) and the seed run,
 * mapping every seeded row (a person's work, no Bill.com call, not timed), the first full run; then a full run
 * with nothing changed in Bill.com, and one after 1 % of the bills changed. Each run is timed from the API call
 * that starts it to its end, and measured by the simulator's per-endpoint call counts and the worker's DynamoDB
 * counts.
 */
final class BillsyncCase {

    /** One run's figures. */
    record RunFigures(String runId, String status, long wallMillis, Map<String, Long> calls, long logins,
                      int maxConcurrency, StepCounts engine, CountingDynamoDb.Counts dynamo) {
    }

    /**
     * @param initialCalls the seed's and the first full run's calls together, the connect's login included
     * @param imported     ledger records the first full run created (bills, vendor credits, vendor payments)
     */
    record Result(RunFigures seed, RunFigures full, Map<String, Long> initialCalls, long initialWallMillis,
                  long mappedRows, long mappingCalls, long imported, RunFigures incremental, int billsChanged,
                  RunFigures changed) {
    }

    private static final Duration RUN_LIMIT = Duration.ofHours(3);
    private static final List<String> TRANSACTION_STEPS = List.of("bills", "vendor_credits", "vendor_payments");

    private BillsyncCase() {
    }

    static Result run(Deployment d, Duration latency) {
        d.sim.faults().latency(latency);
        d.sim.resetCounters();
        CountingDynamoDb.Counts db0 = d.dynamoCounter.snapshot();
        long t0 = System.nanoTime();
        String company = d.createCompany();
        String integration = d.connect(company);
        String seedRun = d.latestRun(integration);
        RunFigures seed = figures(d, integration, seedRun, t0, db0);

        Map<String, Long> beforeMapping = new TreeMap<>(d.sim.calls());
        long mapped = d.mapEverything(integration);
        long mappingCalls = Lists.total(diff(d.sim.calls(), beforeMapping));

        RunFigures full = timedRun(d, integration);
        Map<String, Long> initial = new TreeMap<>(seed.calls());
        full.calls().forEach((k, v) -> initial.merge(k, v, Long::sum));
        long imported = 0;
        for (StepProgress step : d.stores.runs().get(integration, full.runId()).orElseThrow().steps()) {
            if (TRANSACTION_STEPS.contains(step.step().wire())) {
                imported += step.created();
            }
        }

        RunFigures incremental = timedRun(d, integration);

        List<String> bills = d.org.list(SimKind.BILL).stream().map(b -> b.get("id").asText()).toList();
        int changed = 0;
        for (int i = 0; i < bills.size(); i += 100) {
            d.org.update(SimKind.BILL, bills.get(i), b -> b.put("description", b.path("description").asText("")
                    + " (changed)"));
            changed++;
        }
        RunFigures afterChange = timedRun(d, integration);
        return new Result(seed, full, initial, seed.wallMillis() + full.wallMillis(), mapped, mappingCalls, imported,
                incremental, changed, afterChange);
    }

    private static RunFigures timedRun(Deployment d, String integration) {
        d.sim.resetCounters();
        CountingDynamoDb.Counts db0 = d.dynamoCounter.snapshot();
        long t0 = System.nanoTime();
        String runId = d.trigger(integration);
        return figures(d, integration, runId, t0, db0);
    }

    private static RunFigures figures(Deployment d, String integration, String runId, long t0,
                                      CountingDynamoDb.Counts db0) {
        SyncRun run = d.awaitRun(integration, runId, RUN_LIMIT);
        long wall = (System.nanoTime() - t0) / 1_000_000;
        StepCounts engine = StepCounts.ZERO;
        for (StepProgress step : run.steps()) {
            StepCounts c = d.stores.checkpoints().load(integration, runId, step.step())
                    .map(StepCheckpoint::counts).orElse(StepCounts.ZERO);
            engine = new StepCounts(engine.pages() + c.pages(), engine.read() + c.read(),
                    engine.created() + c.created(), engine.updated() + c.updated(),
                    engine.unchanged() + c.unchanged(), engine.skipped() + c.skipped(), engine.failed() + c.failed(),
                    engine.billcomCalls() + c.billcomCalls(), engine.documentCalls() + c.documentCalls(),
                    engine.ledgerWrites() + c.ledgerWrites());
        }
        return new RunFigures(runId, run.status().wire(), wall, new TreeMap<>(d.sim.calls()), d.sim.logins(),
                d.sim.maxObservedConcurrency(), engine, d.dynamoCounter.snapshot().minus(db0));
    }

    static Map<String, Long> diff(Map<String, Long> now, Map<String, Long> before) {
        Map<String, Long> out = new TreeMap<>();
        now.forEach((k, v) -> {
            long n = v - before.getOrDefault(k, 0L);
            if (n != 0) {
                out.put(k, n);
            }
        });
        return out;
    }
}
