package com.billsync.simulator.http;

import com.billsync.simulator.FaultKind;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * The injected faults, changeable while requests run. Each call draws one {@link Decision} at its start: a
 * queued one-shot (in order) and one roll of each random rate from the seeded generator.
 */
public final class FaultState {
    /** What to do to one call; applied by the pipeline at the stage where the real failure would happen. */
    public record Decision(boolean invalidateAllSessions, boolean drop, boolean serverError, int serverStatus,
                           boolean concurrencyLimit, boolean sessionInvalid, boolean hourlyCap) {
    }

    private static final long DEFAULT_SEED = 20_260_601L;
    private Duration latency = Duration.ZERO;
    private double serverErrorRate;
    private double dropRate;
    private double concurrencyErrorRate;
    private int invalidateCountdown = -1;
    private final Deque<FaultKind> queued = new ArrayDeque<>();
    private SplittableRandom random = new SplittableRandom(DEFAULT_SEED);

    public synchronized void latency(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("latency must be zero or positive");
        }
        latency = value;
    }

    public synchronized Duration latency() {
        return latency;
    }

    public synchronized void serverErrorRate(double rate) {
        serverErrorRate = checkRate(rate);
    }

    public synchronized void dropRate(double rate) {
        dropRate = checkRate(rate);
    }

    public synchronized void concurrencyErrorRate(double rate) {
        concurrencyErrorRate = checkRate(rate);
    }

    /** After {@code calls} more calls, every session (v3 and v2) is invalidated, once. */
    public synchronized void invalidateSessionsAfterCalls(int calls) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative");
        }
        invalidateCountdown = calls;
    }

    public synchronized void failNext(int count, FaultKind kind) {
        if (count < 0 || kind == null) {
            throw new IllegalArgumentException("failNext needs a count >= 0 and a kind");
        }
        for (int i = 0; i < count; i++) {
            queued.addLast(kind);
        }
    }

    public synchronized void seed(long seed) {
        random = new SplittableRandom(seed);
    }

    public synchronized void reset() {
        latency = Duration.ZERO;
        serverErrorRate = 0;
        dropRate = 0;
        concurrencyErrorRate = 0;
        invalidateCountdown = -1;
        queued.clear();
        random = new SplittableRandom(DEFAULT_SEED);
    }

    /**
     * Draws the faults for one call. A queued SESSION_INVALID or CONCURRENCY_LIMIT waits for a call that carries
     * a session (logins have no session and hold no concurrency slot); any other one-shot goes to the very next
     * call.
     */
    public synchronized Decision begin(boolean carriesSession) {
        boolean invalidateAll = false;
        if (invalidateCountdown == 0) {
            invalidateAll = true;
            invalidateCountdown = -1;
        } else if (invalidateCountdown > 0) {
            invalidateCountdown--;
        }
        FaultKind shot = null;
        FaultKind head = queued.peekFirst();
        boolean needsSession = head == FaultKind.SESSION_INVALID || head == FaultKind.CONCURRENCY_LIMIT;
        if (head != null && (!needsSession || carriesSession)) {
            shot = queued.pollFirst();
        }
        // Always roll every rate, so one rate's setting does not shift another's sequence.
        boolean drop = random.nextDouble() < dropRate;
        boolean serverError = random.nextDouble() < serverErrorRate;
        boolean concurrency = random.nextDouble() < concurrencyErrorRate;
        int status = random.nextBoolean() ? 500 : 503;
        return new Decision(invalidateAll,
                drop || shot == FaultKind.DROP,
                serverError || shot == FaultKind.SERVER_ERROR, status,
                concurrency || shot == FaultKind.CONCURRENCY_LIMIT,
                shot == FaultKind.SESSION_INVALID,
                shot == FaultKind.HOURLY_CAP);
    }

    private static double checkRate(double rate) {
        if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("a rate is between 0 and 1: " + rate);
        }
        return rate;
    }
}
