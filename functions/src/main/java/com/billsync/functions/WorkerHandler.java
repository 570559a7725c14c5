package com.billsync.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.billsync.runs.SyncMessage;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncStep;
import com.billsync.sync.Deadline;
import com.billsync.worker.SyncWorker;
import com.billsync.worker.WorkerApplication;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The worker function on the SQS FIFO queue of sync steps (event source mapping with {@code
 * ReportBatchItemFailures}): translates the batch, lets the {@link SyncWorker} run it against the Lambda's
 * remaining time, reports the messages to deliver again.
 */
public final class WorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final SyncWorker worker;
    private final Priming priming;

    /** Production: configuration and AWS clients from the environment. */
    public WorkerHandler() {
        this(WorkerApplication.fromEnvironment());
    }

    /** On a given worker: the local runtime and tests. */
    public WorkerHandler(SyncWorker worker) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.priming = Priming.register("worker", WorkerHandler::warmUp);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SyncWorker.Delivery> batch = event.getRecords() == null ? List.of()
                : event.getRecords().stream().map(WorkerHandler::delivery).toList();
        List<String> failed = worker.process(batch, Deadline.ofMillis(context::getRemainingTimeInMillis));
        return new SQSBatchResponse(failed.stream().map(SQSBatchResponse.BatchItemFailure::new).toList());
    }

    /**
     * Maps a sample FIFO record and parses its step message: loads the event mapping and the message JSON
     * without receiving, deleting or running anything.
     */
    private static void warmUp() {
        SQSEvent.SQSMessage sample = new SQSEvent.SQSMessage();
        sample.setMessageId("priming");
        sample.setAttributes(Map.of("MessageGroupId", "priming", "ApproximateReceiveCount", "1"));
        sample.setBody(new SyncMessage("priming", "priming", SyncPlan.FULL, SyncStep.VENDORS, 0,
                SyncPlan.FULL.steps().size()).toJson());
        SyncMessage.fromJson(delivery(sample).body());
    }

    Priming priming() {
        return priming;
    }

    private static SyncWorker.Delivery delivery(SQSEvent.SQSMessage m) {
        Map<String, String> attributes = m.getAttributes() == null ? Map.of() : m.getAttributes();
        return new SyncWorker.Delivery(m.getMessageId(), attributes.getOrDefault("MessageGroupId", m.getMessageId()),
                m.getBody() == null ? "" : m.getBody(), m.getReceiptHandle() == null ? "" : m.getReceiptHandle(),
                receiveCount(attributes.get("ApproximateReceiveCount")));
    }

    private static int receiveCount(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
