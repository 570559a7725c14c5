package com.billsync.worker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Processes a FIFO batch one message at a time, in delivery order.
 *
 * <p>SQS hands a FIFO batch over in group order. When a message fails, it and every later message of the same
 * group must be reported as failures without being processed: running them would break the group's order (the
 * failed step would run after its successors). Other groups carry on. Batch item failures then make SQS
 * redeliver exactly those messages, in order.
 */
public final class FifoBatch {

    /** One message of the batch: the id SQS wants back on failure, the message group, and the body. */
    public record Message(String messageId, String groupId, String body) {
        public Message {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(body, "body");
        }
    }

    /** Handles one message; throwing marks it (and the rest of its group in this batch) as failed. */
    @FunctionalInterface
    public interface Processor {
        void process(Message message) throws Exception;
    }

    /** Why a message is reported as failed. */
    public enum FailureReason { FAILED, SKIPPED_AFTER_GROUP_FAILURE }

    public record Failure(String messageId, String groupId, FailureReason reason, Exception cause) {}

    /** Observes failures (for logging and metrics) without coupling this class to a logger. */
    @FunctionalInterface
    public interface FailureListener {
        void onFailure(Failure failure);
    }

    private FifoBatch() {}

    /**
     * Processes {@code batch} in order and returns the ids of the messages to report as batch item failures, in
     * batch order.
     */
    public static List<String> process(List<Message> batch, Processor processor, FailureListener listener) {
        Set<String> failedGroups = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (Message message : batch) {
            if (failedGroups.contains(message.groupId())) {
                failures.add(message.messageId());
                listener.onFailure(new Failure(message.messageId(), message.groupId(),
                        FailureReason.SKIPPED_AFTER_GROUP_FAILURE, null));
                continue;
            }
            try {
                processor.process(message);
            } catch (Exception e) {
                failedGroups.add(message.groupId());
                failures.add(message.messageId());
                listener.onFailure(new Failure(message.messageId(), message.groupId(), FailureReason.FAILED, e));
            }
        }
        return failures;
    }
}
