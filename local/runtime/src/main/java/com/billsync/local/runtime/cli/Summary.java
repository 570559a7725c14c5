package com.billsync.local.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The demo's closing table: per step what the sync did, the errors log by code, Bill.com calls, time. */
final class Summary {

    private Summary() {
    }

    static void print(PrintStream out, JsonNode run, List<JsonNode> errors, Duration demoElapsed) {
        String header = String.format("     %-18s %-21s %8s %8s %9s %8s %7s %6s %8s", "step", "status", "created",
                "updated", "unchanged", "skipped", "failed", "calls", "elapsed");
        out.println(header);
        out.println("     " + "-".repeat(header.length() - 5));
        long[] totals = new long[6];
        for (JsonNode step : run.path("steps")) {
            long[] row = {step.path("created").asLong(), step.path("updated").asLong(),
                    step.path("unchanged").asLong(), step.path("skipped").asLong(), step.path("failed").asLong(),
                    step.path("api_calls").asLong()};
            for (int i = 0; i < row.length; i++) {
                totals[i] += row[i];
            }
            out.println(String.format("     %-18s %-21s %8d %8d %9d %8d %7d %6d %8s", step.path("step").asText(),
                    step.path("status").asText(), row[0], row[1], row[2], row[3], row[4], row[5],
                    seconds(elapsed(step))));
        }
        out.println("     " + "-".repeat(header.length() - 5));
        out.println(String.format("     %-18s %-21s %8d %8d %9d %8d %7d %6d %8s", "total", run.path("status").asText(),
                totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], seconds(elapsed(run))));
        out.println();
        Map<String, Long> byCode = new TreeMap<>();
        errors.forEach(e -> byCode.merge(e.path("error_code").asText() + " (" + e.path("status").asText() + ")", 1L,
                Long::sum));
        out.println("     errors log: " + (byCode.isEmpty() ? "no entries"
                : errors.size() + " entries - " + String.join(", ", byCode.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList())));
        JsonNode coa = run.path("coa_alignment");
        if (coa.isObject()) {
            JsonNode planned = coa.path("planned");
            StringBuilder line = new StringBuilder("     chart-of-accounts alignment (" + coa.path("mode").asText()
                    + ", " + coa.path("outcome").asText() + "):");
            planned.properties().forEach(e -> line.append(' ').append(e.getKey()).append(' ')
                    .append(e.getValue().asLong()));
            out.println(line);
        }
        out.println("     Bill.com calls: " + totals[5] + " in the sync; sync elapsed " + seconds(elapsed(run))
                + "; demo elapsed " + seconds(Optional.of(demoElapsed)));
    }

    static Optional<Duration> elapsed(JsonNode node) {
        Optional<Instant> start = instant(node.path("started_at"));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Instant end = instant(node.has("ended_at") ? node.path("ended_at") : node.path("finished_at"))
                .orElse(Instant.now());
        return Optional.of(Duration.between(start.get(), end));
    }

    static String seconds(Optional<Duration> d) {
        return d.map(x -> String.format(Locale.ROOT, "%.1f s", x.toMillis() / 1000.0)).orElse("-");
    }

    private static Optional<Instant> instant(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
