package com.billsync.worker;

import java.time.Duration;

/** Sets when a received message is delivered again (SQS ChangeMessageVisibility). */
@FunctionalInterface
public interface MessageVisibility {

    /** Best effort: a message whose receipt expired is simply delivered again by the queue's own timeout. */
    void delay(String receiptHandle, Duration delay);
}
