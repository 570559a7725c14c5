package com.billsync.local.runtime.bench;

import com.billsync.json.Json;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.LocalAwsOptions;
import com.billsync.simulator.OrgSize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * {@code ./billsync bench}: how close a sync gets to what Bill.com allows (every list page a round trip, 3
 * requests in flight per dev key and organization), next to the two approaches others use, on the simulator and
 * the embedded AWS stand-ins. Prints a table and writes it with a JSON of every figure to the output directory.
 * Not a test: nothing here runs in CI.
 */
public final class Bench {

    /** The simulator seed of every organization, so runs compare. */
    static final long SEED = 42L;
    /**
     * Bill.com's 20,000 requests per dev key per hour, raised in the simulator so a baseline that needs more still
     * finishes; the table shows each approach's calls against the real figure.
     */
    static final int SIMULATOR_HOURLY_CAP = 10_000_000;

    private Bench() {
    }

    public static void main(String[] args) {
        configureLogging();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("billsync bench: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            run(options, "./billsync bench" + (args.length == 0 ? "" : " " + String.join(" ", args)), System.err);
            System.exit(0);
        } catch (Exception e) {
            LoggerFactory.getLogger(Bench.class).error("Benchmark failed", e);
            System.err.println("billsync bench: failed: " + e + " (log: .billsync/logs/bench.log)");
            System.exit(1);
        }
    }

    static void run(BenchOptions options, String command, PrintStream progress) throws Exception {
        double loadAtStart = Machine.load();
        Instant started = Instant.now();
        List<CaseResult> cases = new ArrayList<>();
        WorkerCases.ColdStart coldStart = null;
        WorkerCases.Memory memory = null;
        PlannerFanOut.Result planner = null;
        try (LocalAws aws = LocalAws.start(LocalAwsOptions.builder().dynamoDbHttp(true).build())) {
            for (String size : options.sizes()) {
                for (Duration latency : options.latencies()) {
                    cases.add(runCase(aws, size, latency, options.baselineBudget(), progress));
                }
            }
            if (options.coldStarts() > 0) {
                progress.println("bench: worker cold starts (" + options.coldStarts() + " per handler) ...");
                coldStart = WorkerCases.coldStart(aws, options.functionsJar(), options.coldStarts(),
                        List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"));
            }
            if (!options.memorySize().equals("off")) {
                progress.println("bench: a 512 MB worker JVM syncing " + options.memorySize().toUpperCase(Locale.ROOT)
                        + " ...");
                memory = WorkerCases.memory(aws, options.functionsJar(), OrgSize.parse(options.memorySize()),
                        options.memorySize(), List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                                "-Xmx512m"));
            }
            if (options.planner() > 0) {
                progress.println("bench: planner fan-out over " + options.planner() + " due integrations ...");
                planner = PlannerFanOut.run(aws, options.planner());
            }
        }
        Machine machine = Machine.describe(loadAtStart);
        String table = Report.of(machine, command, cases, coldStart, memory, planner);
        System.out.print(table);
        write(options.out(), command, machine, started, cases, coldStart, memory, planner, table);
        progress.println("bench: results in " + options.out().resolve("results.txt") + " and "
                + options.out().resolve("results.json"));
    }

    private static CaseResult runCase(LocalAws aws, String size, Duration latency, Duration budget,
                                      PrintStream progress) {
        String label = size.toUpperCase(Locale.ROOT) + " at " + latency.toMillis() + " ms";
        progress.println("bench: " + label + ": generating the organization, billsync's initial sync, incremental "
                + "syncs ...");
        try (Deployment d = new Deployment(aws, SEED, OrgSize.parse(size), SIMULATOR_HOURLY_CAP)) {
            var records = Lists.records(d.org);
            BillsyncCase.Result billsync = BillsyncCase.run(d, latency);
            progress.printf(Locale.ROOT, "bench: %s: billsync initial sync %s; baselines ...%n", label,
                    Report.s(billsync.initialWallMillis()));
            Baselines.Result sequential = Baselines.run(Baselines.Strategy.SEQUENTIAL, d.sim, d.org, budget);
            Baselines.Result seed = Baselines.run(Baselines.Strategy.SEED, d.sim, d.org, budget);
            return new CaseResult(size, latency.toMillis(), records, Lists.bound(records), billsync, sequential, seed);
        }
    }

    private static void write(Path dir, String command, Machine machine, Instant started, List<CaseResult> cases,
                              WorkerCases.ColdStart coldStart, WorkerCases.Memory memory,
                              PlannerFanOut.Result planner, String table) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.txt"), table, StandardCharsets.UTF_8);
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("command", command);
        root.put("started_at", started.toString());
        root.put("finished_at", Instant.now().toString());
        root.set("machine", Json.mapper().valueToTree(machine));
        ArrayNode list = root.putArray("cases");
        for (CaseResult c : cases) {
            ObjectNode node = list.addObject();
            node.put("size", c.size());
            node.put("latency_ms", c.latencyMs());
            node.set("figures", Json.mapper().valueToTree(c.figures()));
            node.set("records", Json.mapper().valueToTree(c.records()));
            node.set("bound", Json.mapper().valueToTree(c.bound()));
            node.set("billsync", Json.mapper().valueToTree(c.billsync()));
            node.set("sequential", Json.mapper().valueToTree(c.sequential()));
            node.set("seed", Json.mapper().valueToTree(c.seed()));
        }
        if (coldStart != null) {
            ObjectNode node = Json.mapper().valueToTree(coldStart);
            node.put("ratio", coldStart.ratio());
            root.set("cold_start", node);
        }
        if (memory != null) {
            root.set("memory", Json.mapper().valueToTree(memory));
        }
        if (planner != null) {
            ObjectNode node = Json.mapper().valueToTree(planner);
            node.put("ratio", planner.ratio());
            root.set("planner", node);
        }
        Files.writeString(dir.resolve("results.json"),
                Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** Set before the first logger exists: SLF4J's simple backend reads these once. Log lines go to a file. */
    private static void configureLogging() {
        Path dir = Path.of(".billsync", "logs");
        try {
            Files.createDirectories(dir);
            System.setProperty("org.slf4j.simpleLogger.logFile", dir.resolve("bench.log").toString());
        } catch (IOException e) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pekko", "error");
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.statusLoggerLevel", "ERROR");
    }
}
