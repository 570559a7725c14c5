package com.billsync.local.runtime.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The benchmark's table: one block per case, then the worker and planner figures. */
final class Report {

    private final StringBuilder out = new StringBuilder();

    private Report() {
    }

    static String of(Machine machine, String command, List<CaseResult> cases, WorkerCases.ColdStart coldStart,
                     WorkerCases.Memory memory, PlannerFanOut.Result planner) {
        Report r = new Report();
        r.line("billsync benchmark: " + command);
        r.line("machine: " + machine.summary());
        r.line("");
        for (CaseResult c : cases) {
            r.caseBlock(c);
        }
        r.workerBlock(coldStart, memory);
        r.plannerBlock(planner);
        return r.out.toString();
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void row(String figure, String billsync, String bound, String ratio, String goal) {
        line(String.format(Locale.ROOT, "  %-46s %14s %14s %8s  %s", figure, billsync, bound, ratio, goal));
    }

    private void caseBlock(CaseResult c) {
        BillsyncCase.Result b = c.billsync();
        line(String.format(Locale.ROOT, "== %s at %d ms per Bill.com call, at most 3 in flight per organization ==",
                c.size().toUpperCase(Locale.ROOT), c.latencyMs()));
        line("  records: " + c.records().entrySet().stream()
                .map(e -> e.getKey().replace("GET /v3/", "").replace("classifications/", "") + " " + e.getValue())
                .reduce((x, y) -> x + ", " + y).orElse(""));
        row("figure", "billsync", "bound", "ratio", "goal");
        row("Bill.com calls, initial sync (docs apart)", n(c.callsWithoutDocuments()), n(c.boundCalls()),
                x(CaseResult.ratio(c.callsWithoutDocuments(), c.boundCalls())), "<= 1.02x");
        row("  document calls (one per imported bill)", n(c.documentCalls()), "-", "", "reported apart");
        row("wall time, initial sync (seed + full run)", s(b.initialWallMillis()), s(c.wallBoundMillis()),
                x(CaseResult.ratio(b.initialWallMillis(), c.wallBoundMillis())), "<= 1.3x");
        row("  bound with the document calls", "", s(c.wallBoundWithDocumentsMillis()),
                x(CaseResult.ratio(b.initialWallMillis(), c.wallBoundWithDocumentsMillis())), "");
        row("  seed run / first full run", s(b.seed().wallMillis()) + " / " + s(b.full().wallMillis()), "", "", "");
        row("  most requests in flight (simulator)", n(Math.max(b.seed().maxConcurrency(),
                b.full().maxConcurrency())), "3", "", "never above 3");
        row("incremental, nothing changed: calls", n(Lists.total(b.incremental().calls())), n(c.lists()),
                x(CaseResult.ratio(Lists.total(b.incremental().calls()), c.lists())), "one per list");
        row("  logins", n(b.incremental().logins()), "0", "", "none while the session lives");
        row("  ledger writes (DynamoDB items written)", n(b.incremental().engine().ledgerWrites()) + " ("
                + n(b.incremental().dynamo().totalItemsWritten()) + ")", "0", "", "0");
        row("  wall time", s(b.incremental().wallMillis()), s(c.lists() * (double) c.latencyMs() / 3), "", "");
        row(String.format(Locale.ROOT, "after %d bills (1 %%) changed: calls", b.billsChanged()),
                n(Lists.withoutDocuments(b.changed().calls())) + " +" + n(b.changed().calls()
                        .getOrDefault(Lists.DOCUMENTS_ENDPOINT, 0L)) + " doc", "", "", "");
        row("  ledger writes (DynamoDB items written)", n(b.changed().engine().ledgerWrites()) + " ("
                + n(b.changed().dynamo().totalItemsWritten()) + ")", "", "", "");
        row("  wall time", s(b.changed().wallMillis()), "", "", "");
        Map<String, Object> f = c.figures();
        row("ledger items per newly imported record", d(f.get("ledger_items_per_imported_record")), "1",
                "", "<= 1.05, batched (" + n(b.imported()) + " imported)");
        row("  + Bill.com-id lookup items per record", d(f.get("bcid_items_per_imported_record")), "", "", "");
        row("  all DynamoDB items written per record", d(f.get("dynamodb_items_written_per_imported_record")), "",
                "", "mirror, ledger, lookups, claims, progress");
        row("  DynamoDB write requests per record", d(f.get("dynamodb_write_requests_per_imported_record")), "",
                "", "");
        row("DynamoDB items read per Bill.com record read", d(f.get("dynamodb_items_read_per_record_read")), "",
                "", "");
        row("  DynamoDB read requests per record read", d(f.get("dynamodb_read_requests_per_record_read")), "", "",
                "");
        line("  side by side (same simulator, same latency):");
        line(String.format(Locale.ROOT, "  %-22s %14s %12s %12s %16s %16s", "", "calls (no doc)", "doc calls",
                "wall", "billsync calls", "billsync wall"));
        line(String.format(Locale.ROOT, "  %-22s %14s %12s %12s %16s %16s", "billsync",
                n(c.callsWithoutDocuments()), n(c.documentCalls()), s(b.initialWallMillis()), "", ""));
        for (Baselines.Result r : List.of(c.sequential(), c.seed())) {
            line(String.format(Locale.ROOT, "  %-22s %14s %12s %12s %16s %16s", r.strategy().label
                            + (r.extrapolated() ? " *" : ""), n(Lists.withoutDocuments(r.calls())),
                    n(r.calls().getOrDefault(Lists.DOCUMENTS_ENDPOINT, 0L)), s(r.wallMillis()),
                    x(CaseResult.ratio(c.callsWithoutDocuments(), Lists.withoutDocuments(r.calls()))),
                    x(CaseResult.ratio(b.initialWallMillis(), r.wallMillis()))));
            if (r.extrapolated()) {
                line(String.format(Locale.ROOT, "    * stopped at its time budget after %d of %d bill pages; "
                        + "calls and wall time extrapolated at its measured pace", r.billPagesDone(), r.billPages()));
            }
        }
        line("  calls by endpoint, initial sync:");
        line(String.format(Locale.ROOT, "  %-46s %9s %9s %9s %11s %9s", "endpoint", "records", "bound",
                "billsync", "sequential", "seed"));
        Set<String> endpoints = new LinkedHashSet<>(c.bound().keySet());
        endpoints.addAll(new TreeSet<>(b.initialCalls().keySet()));
        endpoints.addAll(new TreeSet<>(c.sequential().calls().keySet()));
        endpoints.addAll(new TreeSet<>(c.seed().calls().keySet()));
        for (String e : endpoints) {
            Integer records = c.records().get(e);
            line(String.format(Locale.ROOT, "  %-46s %9s %9s %9s %11s %9s", e, records == null ? "" : n(records),
                    c.bound().containsKey(e) ? n(c.bound().get(e)) : "-", n(b.initialCalls().getOrDefault(e, 0L)),
                    n(c.sequential().calls().getOrDefault(e, 0L)), n(c.seed().calls().getOrDefault(e, 0L))));
        }
        line("");
    }

    private void workerBlock(WorkerCases.ColdStart cold, WorkerCases.Memory memory) {
        line("== worker function ==");
        row("figure", "billsync", "reference", "ratio", "goal");
        if (cold != null) {
            row("cold start: new JVM to first SQS event handled", ms(cold.workerMedianMillis()),
                    ms(cold.emptyMedianMillis()), x(cold.ratio()), "<= 2x an empty handler");
            line("    medians of " + cold.workerMillis().size() + " (worker " + cold.workerMillis() + " ms; empty "
                    + cold.emptyMillis() + " ms); the event is a seed's vendors step (one Bill.com page, its "
                    + "writes); step statuses " + cold.stepStatuses() + "; JVM options " + cold.jvmOptions());
            row("function jar", mb(cold.jarBytes()), "15 MB", x(cold.jarBytes() / 15_000_000.0), "<= 15 MB");
        }
        if (memory != null) {
            row("peak heap used, worker syncing " + memory.size().toUpperCase(Locale.ROOT),
                    mib(memory.peakHeapUsed()), mib(memory.maxHeap()), "", "fits a 512 MB Lambda");
            row("  largest heap after a collection (live data)", mib(memory.peakHeapAfterGc()), "", "", "");
            row("  peak resident memory of the JVM", mib(memory.peakRssKb() * 1024), "512 MiB",
                    x(memory.peakRssKb() * 1024 / 536_870_912.0), "");
            line("    run " + memory.runStatus() + ", " + n(memory.records()) + " records read in "
                    + s(memory.tookMillis()) + " (DynamoDB over HTTP); JVM options " + memory.jvmOptions());
        }
        line("");
    }

    private void plannerBlock(PlannerFanOut.Result p) {
        if (p == null) {
            return;
        }
        line("== planner ==");
        row("figure", "billsync", "bare loop", "ratio", "goal");
        row(String.format(Locale.ROOT, "fan-out: %s due integrations planned", n(p.integrations())),
                s(p.plannerMillis()), s(p.bareMillis()), x(p.ratio()), "<= 1.3x the same SendMessageBatch calls");
        line(String.format(Locale.ROOT, "    %s launched, %d failed, stopped early: %s; %s messages enqueued; "
                        + "writing the integrations beforehand took %s (not counted)", n(p.launched()), p.failed(),
                p.stoppedEarly(), n(p.messages()), s(p.seedMillis())));
        line("");
    }

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String x(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2fx", v);
    }

    static String d(Object v) {
        return v instanceof Double dv && !dv.isNaN() ? String.format(Locale.ROOT, "%.2f", dv) : "-";
    }

    static String s(double millis) {
        return millis < 10_000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }

    static String ms(long millis) {
        return n(millis) + " ms";
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1_048_576.0);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
