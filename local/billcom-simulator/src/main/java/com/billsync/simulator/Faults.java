package com.billsync.simulator;

import com.billsync.simulator.http.FaultState;
import java.time.Duration;

/**
 * Fault injection, changeable at any time while the simulator runs. Random faults come from a seeded generator
 * ({@link #seed}), drawn once per call, so a test with a fixed seed and a fixed call order is repeatable.
 */
public final class Faults {
    private final FaultState state;

    Faults(FaultState state) {
        this.state = state;
    }

    /** Delay added to every call, spent while the call holds its concurrency slot. */
    public Faults latency(Duration latency) {
        state.latency(latency);
        return this;
    }

    /** Share of calls answered HTTP 500 or 503 with {@code BDC_1001}. */
    public Faults serverErrorRate(double rate) {
        state.serverErrorRate(rate);
        return this;
    }

    /** Share of calls whose connection is closed with no response. */
    public Faults dropRate(double rate) {
        state.dropRate(rate);
        return this;
    }

    /** Share of calls answered {@code BDC_1322} although the real limit was not reached. */
    public Faults concurrencyErrorRate(double rate) {
        state.concurrencyErrorRate(rate);
        return this;
    }

    /** After {@code calls} more calls, every open session (v3 and v2) becomes invalid, once. */
    public Faults invalidateSessionsAfterCalls(int calls) {
        state.invalidateSessionsAfterCalls(calls);
        return this;
    }

    /** The next {@code count} calls fail with {@code kind} (queued after any one-shots already waiting). */
    public Faults failNext(int count, FaultKind kind) {
        state.failNext(count, kind);
        return this;
    }

    public Faults seed(long seed) {
        state.seed(seed);
        return this;
    }

    /** No latency, no rates, no queued one-shots, the default seed. */
    public Faults reset() {
        state.reset();
        return this;
    }
}
