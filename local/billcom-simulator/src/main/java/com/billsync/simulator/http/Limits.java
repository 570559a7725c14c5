package com.billsync.simulator.http;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bill.com's limits: requests and logins per dev key per clock hour (the budget refills at the top of the next
 * hour, as Bill.com says), and requests in flight per (dev key, organization).
 */
public final class Limits {
    /** An admitted request's hold on its (dev key, org) slot; release exactly once. */
    public record Permit(AtomicInteger counter) {
    }

    private record Window(long hour, int count) {
    }

    private final Clock clock;
    private final int hourlyCap;
    private final int loginsPerHourCap;
    private final int maxConcurrent;
    private final ConcurrentHashMap<String, Window> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Window> logins = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger maxObserved = new AtomicInteger();

    public Limits(Clock clock, int hourlyCap, int loginsPerHourCap, int maxConcurrent) {
        this.clock = clock;
        this.hourlyCap = hourlyCap;
        this.loginsPerHourCap = loginsPerHourCap;
        this.maxConcurrent = maxConcurrent;
    }

    public int hourlyCap() {
        return hourlyCap;
    }

    public int loginsPerHourCap() {
        return loginsPerHourCap;
    }

    /** Counts one request against the dev key's hour; false (nothing counted) once the cap is reached. */
    public boolean tryRequest(String devKey) {
        return take(requests, devKey, hourlyCap);
    }

    public boolean tryLogin(String devKey) {
        return take(logins, devKey, loginsPerHourCap);
    }

    private boolean take(ConcurrentHashMap<String, Window> windows, String devKey, int cap) {
        long hour = clock.instant().truncatedTo(ChronoUnit.HOURS).getEpochSecond();
        boolean[] taken = new boolean[1];
        windows.compute(devKey, (k, w) -> {
            Window current = w == null || w.hour != hour ? new Window(hour, 0) : w;
            if (current.count >= cap) {
                return current;
            }
            taken[0] = true;
            return new Window(hour, current.count + 1);
        });
        return taken[0];
    }

    /**
     * Admits a request into its (dev key, org) slot, or returns null when the slot is full or {@code reject}
     * (an injected fault). The attempted concurrency, rejected requests included, feeds
     * {@link #maxObservedConcurrency()}, so a test sees a client that sent too many at once.
     */
    public Permit admit(String devKey, String orgId, boolean reject) {
        AtomicInteger counter = inFlight.computeIfAbsent(devKey + '\n' + orgId, k -> new AtomicInteger());
        while (true) {
            int current = counter.get();
            maxObserved.accumulateAndGet(current + 1, Math::max);
            if (reject || current >= maxConcurrent) {
                return null;
            }
            if (counter.compareAndSet(current, current + 1)) {
                return new Permit(counter);
            }
        }
    }

    public void release(Permit permit) {
        permit.counter().decrementAndGet();
    }

    public int maxObservedConcurrency() {
        return maxObserved.get();
    }

    public void resetObserved() {
        maxObserved.set(0);
    }
}
