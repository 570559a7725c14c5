package com.billsync.local.runtime.bench;

import com.billsync.local.aws.LocalAws;
import com.billsync.runs.SyncMessage;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncRun;
import com.billsync.runs.SyncStep;
import com.billsync.simulator.OrgSize;
import com.billsync.sync.StepCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The worker function in its own JVM: cold start against an empty handler, and peak memory syncing an org. */
final class WorkerCases {

    /** Cold starts in milliseconds (start of the process to the event handled), median first. */
    record ColdStart(long workerMedianMillis, long emptyMedianMillis, List<Long> workerMillis, List<Long> emptyMillis,
                     List<String> stepStatuses, long jarBytes, List<String> jvmOptions) {
        double ratio() {
            return (double) workerMedianMillis / Math.max(1, emptyMedianMillis);
        }
    }

    /** One worker JVM working through a full run of a generated organization. */
    record Memory(String size, String runStatus, long records, long tookMillis, long peakHeapUsed,
                  long peakHeapAfterGc, long maxHeap, long peakRssKb, List<String> jvmOptions) {
    }

    private WorkerCases() {
    }

    /**
     * Each trial connects a new integration of a demo organization and hands its seed's first step (vendors:
     * one Bill.com page, the mirror writes, the checkpoint) to a new worker JVM; then the same event to an empty
     * handler in a new JVM. One untimed pair first, so both find the jar in the file cache.
     */
    static ColdStart coldStart(LocalAws aws, Path functionsJar, int trials, List<String> jvmOptions) throws Exception {
        try (Deployment d = new Deployment(aws, 5, OrgSize.DEMO, Bench.SIMULATOR_HOURLY_CAP, false)) {
            WorkerJvm jvm = new WorkerJvm(functionsJar, aws, d.environment);
            List<Long> worker = new ArrayList<>();
            List<Long> empty = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            for (int i = 0; i <= trials; i++) {
                String integration = d.connect(d.createCompany());
                String run = d.latestRun(integration);
                String body = new SyncMessage(integration, run, SyncPlan.SEED, SyncStep.VENDORS, 0,
                        SyncPlan.SEED.steps().size()).toJson();
                WorkerJvm.Outcome w = jvm.run(jvmOptions, "worker", body, integration);
                WorkerJvm.Outcome e = jvm.run(jvmOptions, "empty", body, integration);
                if (i > 0) {
                    worker.add(w.millis());
                    empty.add(e.millis());
                    statuses.add(d.stores.checkpoints().load(integration, run, SyncStep.VENDORS)
                            .map(StepCheckpoint::status).map(s -> s.wire()).orElse("none"));
                }
            }
            return new ColdStart(median(worker), median(empty), worker, empty, statuses, Files.size(functionsJar),
                    jvmOptions);
        }
    }

    /** Connect, seed and map in process; the full run by a worker JVM alone, polling the queue. */
    static Memory memory(LocalAws aws, Path functionsJar, OrgSize size, String sizeName, List<String> jvmOptions) {
        try (Deployment d = new Deployment(aws, Bench.SEED, size, Bench.SIMULATOR_HOURLY_CAP, false)) {
            d.poller.start();
            String integration = d.connect(d.createCompany());
            d.awaitRun(integration, d.latestRun(integration), Duration.ofHours(1));
            d.poller.close();
            d.mapEverything(integration);
            String run = d.trigger(integration);
            WorkerJvm.Outcome out = new WorkerJvm(functionsJar, aws, d.environment).run(jvmOptions, "drain", "180");
            Map<String, String> values = parse(out.line());
            SyncRun done = d.stores.runs().get(integration, run).orElseThrow();
            long records = done.steps().stream().mapToLong(s -> s.recordsRead()).sum();
            return new Memory(sizeName, done.status().wire(), records, Long.parseLong(values.get("took_ms")),
                    Long.parseLong(values.get("peak_heap_used")), Long.parseLong(values.get("peak_heap_after_gc")),
                    Long.parseLong(values.get("max_heap")), Long.parseLong(values.get("vm_hwm_kb")), jvmOptions);
        }
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> out = new HashMap<>();
        for (String pair : line.trim().split(" ")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return out;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
