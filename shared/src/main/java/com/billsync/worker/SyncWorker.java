package com.billsync.worker;

import com.billsync.runs.SyncMessage;
import com.billsync.sync.Deadline;
import com.billsync.sync.StepFailure;
import com.billsync.sync.StepResult;
import com.billsync.sync.SyncEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through one SQS FIFO batch of step messages, in order ({@link FifoBatch}): a message that fails or is
 * deferred fails the rest of its group in the batch, other groups carry on. Each failed message gets the delay
 * it should come back after (a yield: at once; a retry: the backoff; the hourly cap: its reset), set on the
 * message itself, never by sending a continuation (which would land behind the group's later steps).
 */
public final class SyncWorker {

    /** One received message. */
    public record Delivery(String messageId, String groupId, String body, String receiptHandle, int receiveCount) {
        public Delivery {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(receiptHandle, "receiptHandle");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);

    private final SyncEngine engine;
    private final MessageVisibility visibility;
    private final Duration margin;
    private final Duration retryBase;

    /**
     * @param margin    below this much remaining time, no further message is started
     * @param retryBase a message that failed unexpectedly comes back after this times its delivery count
     */
    public SyncWorker(SyncEngine engine, MessageVisibility visibility, Duration margin, Duration retryBase) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.margin = Objects.requireNonNull(margin, "margin");
        this.retryBase = Objects.requireNonNull(retryBase, "retryBase");
    }

    /** Processes the batch; returns the message ids to report as batch item failures, in batch order. */
    public List<String> process(List<Delivery> batch, Deadline deadline) {
        Map<String, Delivery> byId = new HashMap<>();
        batch.forEach(d -> byId.put(d.messageId(), d));
        Map<String, Duration> groupDelay = new HashMap<>();
        List<FifoBatch.Message> messages = batch.stream()
                .map(d -> new FifoBatch.Message(d.messageId(), d.groupId(), d.body())).toList();
        List<String> failed = FifoBatch.process(messages, m -> run(byId.get(m.messageId()), deadline), failure -> {
            Delivery d = byId.get(failure.messageId());
            Duration delay = switch (failure.reason()) {
                case FAILED -> delayOf(failure.cause(), d, retryBase);
                case SKIPPED_AFTER_GROUP_FAILURE -> groupDelay.getOrDefault(failure.groupId(), Duration.ZERO);
            };
            if (failure.reason() == FifoBatch.FailureReason.FAILED) {
                groupDelay.put(failure.groupId(), delay);
            }
            try {
                visibility.delay(d.receiptHandle(), delay);
            } catch (RuntimeException e) {
                LOG.warn("Could not set the visibility of message {}: {}", d.messageId(), e.getClass().getSimpleName());
            }
        });
        LOG.info("Batch of {} message(s): {} to be delivered again", batch.size(), failed.size());
        return failed;
    }

    private void run(Delivery delivery, Deadline deadline) throws Deferral {
        if (deadline.remaining().compareTo(margin) < 0) {
            throw new Deferral(Duration.ZERO, "no time left in this invocation");
        }
        SyncMessage message;
        try {
            message = SyncMessage.fromJson(delivery.body());
        } catch (IllegalArgumentException unreadable) {
            // Nothing can ever process it; holding it would only block its group until the dead-letter queue.
            LOG.error("Dropped unreadable sync message {}: {}", delivery.messageId(), unreadable.getMessage());
            return;
        }
        StepResult result = engine.execute(message, delivery.receiveCount(), deadline);
        if (result instanceof StepResult.Deferred deferred) {
            throw new Deferral(deferred.retryAfter(), deferred.reason());
        }
    }

    private static Duration delayOf(Exception cause, Delivery delivery, Duration retryBase) {
        if (cause instanceof Deferral deferral) {
            return deferral.delay;
        }
        LOG.error("Step message {} failed unexpectedly (delivery {})", delivery.messageId(), delivery.receiveCount(),
                cause);
        return StepFailure.backoff(retryBase, delivery.receiveCount());
    }

    /** A message to hand back to the queue for {@code delay}. */
    private static final class Deferral extends Exception {
        private final Duration delay;

        Deferral(Duration delay, String reason) {
            super(reason, null, false, false);
            this.delay = delay;
        }
    }
}
