package com.billsync.sync;

/**
 * Thrown by a step after a durable page when the invocation's deadline is near: the checkpoint is saved, the
 * message goes back to the queue and the step resumes from it on the next delivery.
 */
public final class StepYield extends RuntimeException {

    public StepYield() {
        super("deadline near: yielding after a durable page", null, false, false);
    }
}
