package com.billsync.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/** How long the current invocation may still run; a step yields before it runs out. */
@FunctionalInterface
public interface Deadline {

    Duration remaining();

    /** No deadline (tests, local tools). */
    static Deadline none() {
        return () -> Duration.ofDays(1);
    }

    /** From a source of remaining milliseconds, such as the Lambda context's. */
    static Deadline ofMillis(LongSupplier remainingMillis) {
        Objects.requireNonNull(remainingMillis, "remainingMillis");
        return () -> Duration.ofMillis(remainingMillis.getAsLong());
    }
}
