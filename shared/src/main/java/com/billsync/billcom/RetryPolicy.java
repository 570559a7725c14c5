package com.billsync.billcom;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The client's one retry policy: exponential backoff with "equal jitter" (half the delay fixed, half random),
 * so concurrent callers spread out but every retry still waits.
 *
 * @param maxAttempts attempts in total, the first included
 * @param baseDelay the delay before the first retry, before jitter
 * @param maxDelay the cap on any single delay, before jitter
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
    }

    /**
     * Six attempts from 250 ms doubling to at most 8 s: about 8 s of waiting in the worst case, which rides
     * out a concurrency burst or a short outage without eating a Lambda's time budget (Bill.com's own example
     * waits 2^n s up to 12 times, too long here).
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(8));
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration backoff(int retry, RandomGenerator random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry numbers start at 1");
        }
        long capNanos = maxDelay.toNanos();
        long exp = baseDelay.toNanos();
        for (int i = 1; i < retry && exp < capNanos; i++) {
            exp *= 2;
        }
        exp = Math.min(exp, capNanos);
        long half = exp / 2;
        return Duration.ofNanos(half + (long) (random.nextDouble() * (exp - half)));
    }
}
