package com.billsync.local.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Follows a sync run through its route until it is final, showing each step as it goes: on a terminal one live
 * line per step (rewritten while the step runs), elsewhere one line per finished step.
 */
final class RunWatch {

    private static final Duration POLL = Duration.ofMillis(200);

    private final ApiClient api;
    private final PrintStream out;
    private final boolean live;

    RunWatch(ApiClient api, PrintStream out, boolean live) {
        this.api = api;
        this.out = out;
        this.live = live;
    }

    /** Polls until the run is final or {@code max} passes; returns the last view of the run. */
    JsonNode follow(String runPath, Duration max, boolean print) throws InterruptedException {
        Instant end = Instant.now().plus(max);
        Set<String> shown = new HashSet<>();
        String liveStep = null;
        JsonNode run = api.ok("GET", runPath, null);
        while (true) {
            if (print) {
                for (JsonNode step : run.path("steps")) {
                    String name = step.path("step").asText();
                    String status = step.path("status").asText();
                    boolean finished = !status.equals("pending") && !status.equals("running");
                    if (finished && shown.add(name)) {
                        out.print(live && name.equals(liveStep) ? "\r" + line(step) + "\033[K\n" : line(step) + "\n");
                        liveStep = null;
                    } else if (live && status.equals("running")) {
                        out.print("\r" + line(step) + "\033[K");
                        liveStep = name;
                    }
                }
                out.flush();
            }
            if (isFinal(run.path("status").asText()) || Instant.now().isAfter(end)) {
                if (live && liveStep != null) {
                    out.print("\n");
                }
                return run;
            }
            Thread.sleep(POLL.toMillis());
            run = api.ok("GET", runPath, null);
        }
    }

    static boolean isFinal(String status) {
        return status.equals("completed") || status.equals("completed_with_errors") || status.equals("failed");
    }

    static String line(JsonNode step) {
        return String.format("     %-18s %-21s %6d records %5d calls %7s", step.path("step").asText(),
                step.path("status").asText(), step.path("records_read").asLong(), step.path("api_calls").asLong(),
                Summary.seconds(Summary.elapsed(step)));
    }
}
