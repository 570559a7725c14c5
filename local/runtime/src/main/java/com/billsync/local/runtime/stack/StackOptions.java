package com.billsync.local.runtime.stack;

import com.billsync.simulator.OrgSize;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the local stack.
 *
 * @param port             the API's port on 127.0.0.1 (0 = any free port)
 * @param scheduleInterval how often the planner runs
 * @param billcom          a real (or other) Bill.com; empty = the built-in simulator
 * @param stateDir         where DynamoDB and the secrets live across restarts; empty = in memory
 * @param simulatorSeed    the simulator's demo organization: seed
 * @param simulatorSize    the simulator's demo organization: size
 */
public record StackOptions(int port, Duration scheduleInterval, Optional<BillcomUrls> billcom, Optional<Path> stateDir,
                           long simulatorSeed, OrgSize simulatorSize) {

    /** Bill.com's v3 and v2 base URLs. */
    public record BillcomUrls(URI v3, URI v2) {
        public BillcomUrls {
            Objects.requireNonNull(v3, "v3");
            Objects.requireNonNull(v2, "v2");
        }
    }

    public static final int DEFAULT_PORT = 3000;
    public static final Duration DEFAULT_SCHEDULE_INTERVAL = Duration.ofMinutes(1);

    public StackOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        Objects.requireNonNull(scheduleInterval, "scheduleInterval");
        if (scheduleInterval.isNegative() || scheduleInterval.isZero()) {
            throw new IllegalArgumentException("the schedule interval must be positive");
        }
        Objects.requireNonNull(billcom, "billcom");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(simulatorSize, "simulatorSize");
    }

    public static StackOptions defaults() {
        return new StackOptions(DEFAULT_PORT, DEFAULT_SCHEDULE_INTERVAL, Optional.empty(), Optional.empty(), 42L,
                OrgSize.DEMO);
    }

    public StackOptions withPort(int newPort) {
        return new StackOptions(newPort, scheduleInterval, billcom, stateDir, simulatorSeed, simulatorSize);
    }
}
