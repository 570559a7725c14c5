package com.billsync.sync;

import java.time.Duration;
import java.util.Objects;

/** What the worker does with a step's message after the engine ran it. */
public sealed interface StepResult {

    /** Delete the message: the step completed, was already done, or has nothing left to do. */
    record Done(String outcome) implements StepResult {
        public Done {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * Leave the message to be delivered again after {@code retryAfter}: the step yielded before the deadline
     * (it resumes from its checkpoint) or hit a failure worth retrying. The rest of the group waits behind it.
     */
    record Deferred(Duration retryAfter, String reason) implements StepResult {
        public Deferred {
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
