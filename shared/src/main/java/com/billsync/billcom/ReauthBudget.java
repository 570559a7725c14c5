package com.billsync.billcom;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many times one unit of work (a sync step, a listing, a call) may log in again after Bill.com says the
 * session is invalid ({@code BDC_1109}). A session that keeps dying points at something a re-login cannot fix
 * (another process logging the user out, a clock problem), so the step must fail rather than loop and burn
 * the 200-logins-per-hour allowance. Thread-safe: parallel listings of one step may share a budget.
 */
public final class ReauthBudget {

    public static final int DEFAULT_CAP = 3;

    private final int cap;
    private final AtomicInteger used = new AtomicInteger();

    private ReauthBudget(int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must not be negative");
        }
        this.cap = cap;
    }

    /** A fresh budget with the default cap of 3, to open per step. */
    public static ReauthBudget perStep() {
        return new ReauthBudget(DEFAULT_CAP);
    }

    public static ReauthBudget of(int cap) {
        return new ReauthBudget(cap);
    }

    /** Takes one re-login from the budget; {@code false} when none is left. */
    public boolean tryConsume() {
        while (true) {
            int current = used.get();
            if (current >= cap) {
                return false;
            }
            if (used.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    public int cap() {
        return cap;
    }

    public int used() {
        return used.get();
    }

    @Override
    public String toString() {
        return "ReauthBudget[" + used.get() + "/" + cap + "]";
    }
}
