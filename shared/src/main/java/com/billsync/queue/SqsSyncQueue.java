package com.billsync.queue;

import com.billsync.runs.SyncMessage;
import com.billsync.runs.SyncQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** {@link SyncQueue} on an SQS FIFO queue: SendMessageBatch, 10 per call, in order. */
public final class SqsSyncQueue implements SyncQueue {

    private static final int BATCH = 10;

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsSyncQueue(SqsClient sqs, String queueUrl) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
    }

    @Override
    public void send(List<SyncMessage> messages) {
        for (int from = 0; from < messages.size(); from += BATCH) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<SyncMessage> chunk = messages.subList(from, Math.min(messages.size(), from + BATCH));
            for (int i = 0; i < chunk.size(); i++) {
                SyncMessage m = chunk.get(i);
                entries.add(SendMessageBatchRequestEntry.builder()
                        .id("m" + i)
                        .messageBody(m.toJson())
                        .messageGroupId(m.groupId())
                        .messageDeduplicationId(m.deduplicationId())
                        .build());
            }
            SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
            if (response.hasFailed() && !response.failed().isEmpty()) {
                throw new IllegalStateException("SQS refused " + response.failed().size() + " of " + entries.size()
                        + " sync messages (first: " + response.failed().get(0).code() + ")");
            }
        }
    }
}
