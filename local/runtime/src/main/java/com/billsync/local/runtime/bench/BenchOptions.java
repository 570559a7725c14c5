package com.billsync.local.runtime.bench;

import com.billsync.simulator.OrgSize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./billsync bench} flags.
 *
 * @param sizes          organizations to sync ({@code s}, {@code m}, {@code l})
 * @param latencies      simulated Bill.com latency per call
 * @param out            where the table and the JSON go
 * @param baselineBudget time one baseline run may take before it is extrapolated from the bill pages it read
 * @param planner        due integrations for the planner fan-out (0: skip)
 * @param coldStarts     cold-start trials per handler (0: skip)
 * @param memorySize     the organization a worker JVM syncs for peak memory ({@code off}: skip)
 * @param functionsJar   the function jar the worker JVMs run
 */
record BenchOptions(List<String> sizes, List<Duration> latencies, Path out, Duration baselineBudget, int planner,
                    int coldStarts, String memorySize, Path functionsJar) {

    static final String USAGE = """
            usage: ./billsync bench [--sizes s,m] [--latency 0,150] [--out benchmarks/results]
                                    [--baseline-budget 120] [--planner 10000] [--cold-starts 5] [--memory m|off]
                                    [--functions-jar functions/target/billsync-functions.jar]

              --sizes            organizations to sync: s, m, l (l needs about 1 GB more heap and a long while)
              --latency          simulated Bill.com latency per call, in ms (3 requests in flight enforced)
              --out              directory for results.txt (the table) and results.json
              --baseline-budget  seconds one baseline run may take; past it, extrapolated from its bill pages
              --planner          due integrations planned in the fan-out figure (0 skips it)
              --cold-starts      cold starts per handler (0 skips them)
              --memory           organization a 512 MB worker JVM syncs for the peak-memory figure (off skips it)
            """;

    static BenchOptions defaults() {
        return new BenchOptions(List.of("s", "m"), List.of(Duration.ZERO, Duration.ofMillis(150)),
                Path.of("benchmarks", "results"), Duration.ofSeconds(120), 10_000, 5, "m",
                Path.of("functions", "target", "billsync-functions.jar"));
    }

    static BenchOptions parse(String[] args) {
        BenchOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("flag " + flag + " needs a value");
            }
            String value = args[++i];
            o = switch (flag) {
                case "--sizes" -> new BenchOptions(sizes(value), o.latencies, o.out, o.baselineBudget, o.planner,
                        o.coldStarts, o.memorySize, o.functionsJar);
                case "--latency" -> new BenchOptions(o.sizes, latencies(value), o.out, o.baselineBudget, o.planner,
                        o.coldStarts, o.memorySize, o.functionsJar);
                case "--out" -> new BenchOptions(o.sizes, o.latencies, Path.of(value), o.baselineBudget, o.planner,
                        o.coldStarts, o.memorySize, o.functionsJar);
                case "--baseline-budget" -> new BenchOptions(o.sizes, o.latencies, o.out,
                        Duration.ofSeconds(nonNegative(flag, value)), o.planner, o.coldStarts, o.memorySize,
                        o.functionsJar);
                case "--planner" -> new BenchOptions(o.sizes, o.latencies, o.out, o.baselineBudget,
                        nonNegative(flag, value), o.coldStarts, o.memorySize, o.functionsJar);
                case "--cold-starts" -> new BenchOptions(o.sizes, o.latencies, o.out, o.baselineBudget, o.planner,
                        nonNegative(flag, value), o.memorySize, o.functionsJar);
                case "--memory" -> new BenchOptions(o.sizes, o.latencies, o.out, o.baselineBudget, o.planner,
                        o.coldStarts, memory(value), o.functionsJar);
                case "--functions-jar" -> new BenchOptions(o.sizes, o.latencies, o.out, o.baselineBudget, o.planner,
                        o.coldStarts, o.memorySize, Path.of(value));
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            };
        }
        return o;
    }

    private static List<String> sizes(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            String size = s.trim().toLowerCase(Locale.ROOT);
            OrgSize.parse(size);
            out.add(size);
        }
        return out;
    }

    private static List<Duration> latencies(String value) {
        List<Duration> out = new ArrayList<>();
        for (String s : value.split(",")) {
            out.add(Duration.ofMillis(nonNegative("--latency", s.trim())));
        }
        return out;
    }

    private static String memory(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("off")) {
            OrgSize.parse(v);
        }
        return v;
    }

    private static int nonNegative(String flag, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " takes a whole number >= 0, not '" + value + "'");
    }
}
