package com.billsync.local.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What Lambda's SQS event source mapping does, for local runs and tests: receives up to {@code batchSize}
 * messages, hands them to the handler as one {@link SQSEvent} (message id, body, receipt handle and the system
 * attributes {@code MessageGroupId}, {@code MessageDeduplicationId}, {@code SequenceNumber}, {@code
 * ApproximateReceiveCount}), deletes the messages the handler did not report as batch item failures, and leaves
 * the failures (and everything, if the handler throws) to the queue's visibility timeout and redrive policy.
 */
public final class SqsPoller implements AutoCloseable {

    /**
     * @param batchSize       1 to 10 messages per invocation
     * @param functionTimeout the handler's time budget per invocation (its context's remaining time)
     * @param waitTime        long-poll wait of one receive, 0 to 20 s
     */
    public record Options(int batchSize, Duration functionTimeout, Duration waitTime) {
        public Options {
            if (batchSize < 1 || batchSize > 10) {
                throw new IllegalArgumentException("batchSize must be 1..10");
            }
            Objects.requireNonNull(functionTimeout, "functionTimeout");
            Objects.requireNonNull(waitTime, "waitTime");
        }

        public static Options defaults() {
            return new Options(10, Duration.ofMinutes(15), Duration.ofSeconds(1));
        }
    }

    /** What one invocation did. */
    public record Invocation(int received, int failed, boolean threw) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SqsPoller.class);

    private final SqsClient sqs;
    private final String queueUrl;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;
    private final Options options;
    private final Supplier<Context> contexts;
    private volatile Thread loop;
    private volatile boolean stopping;

    public SqsPoller(SqsClient sqs, String queueUrl, RequestHandler<SQSEvent, SQSBatchResponse> handler,
                     Options options) {
        this(sqs, queueUrl, handler, options,
                () -> new LocalContext("worker", options.functionTimeout(), Clock.systemUTC()));
    }

    /** With a context source, e.g. contexts whose time runs out early, to test how the handler yields. */
    public SqsPoller(SqsClient sqs, String queueUrl, RequestHandler<SQSEvent, SQSBatchResponse> handler,
                     Options options, Supplier<Context> contexts) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.options = Objects.requireNonNull(options, "options");
        this.contexts = Objects.requireNonNull(contexts, "contexts");
    }

    /** One receive and, if it got messages, one invocation. */
    public Invocation pollOnce() {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .maxNumberOfMessages(options.batchSize())
                .waitTimeSeconds((int) options.waitTime().toSeconds())
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        if (messages.isEmpty()) {
            return new Invocation(0, 0, false);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages.stream().map(SqsPoller::record).toList());
        Set<String> failed = new HashSet<>();
        boolean threw = false;
        try {
            SQSBatchResponse response = handler.handleRequest(event, contexts.get());
            if (response != null && response.getBatchItemFailures() != null) {
                response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
            }
        } catch (RuntimeException | Error e) {
            // Like a crashed invocation: nothing is deleted, every message comes back after its visibility timeout.
            LOG.warn("Handler invocation failed: {}", e.toString());
            threw = true;
        }
        if (!threw) {
            deleteSucceeded(messages, failed);
        }
        return new Invocation(messages.size(), threw ? messages.size() : failed.size(), threw);
    }

    /**
     * Polls until the queue holds no message, visible or in flight, or {@code max} passes; returns whether it
     * drained. Deferred messages (visibility delays) are waited for, so keep the handler's delays short.
     */
    public boolean drain(Duration max) {
        Instant end = Instant.now().plus(max);
        while (Instant.now().isBefore(end)) {
            if (pollOnce().received() == 0 && isEmpty()) {
                return true;
            }
        }
        return isEmpty();
    }

    /** No message waiting, in flight or delayed. */
    public boolean isEmpty() {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return a.values().stream().allMatch("0"::equals);
    }

    /** Polls on a daemon thread until {@link #close()}. */
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        stopping = false;
        loop = Thread.ofPlatform().daemon(true).name("sqs-poller").start(() -> {
            while (!stopping) {
                try {
                    pollOnce();
                } catch (RuntimeException e) {
                    LOG.warn("Polling failed: {}", e.toString());
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        stopping = true;
        Thread running = loop;
        loop = null;
        if (running != null) {
            try {
                running.join(options.waitTime().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void deleteSucceeded(List<Message> messages, Set<String> failed) {
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        for (Message m : messages) {
            if (!failed.contains(m.messageId())) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id("d" + entries.size())
                        .receiptHandle(m.receiptHandle()).build());
            }
        }
        if (!entries.isEmpty()) {
            sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
        }
    }

    private static SQSEvent.SQSMessage record(Message m) {
        SQSEvent.SQSMessage out = new SQSEvent.SQSMessage();
        out.setMessageId(m.messageId());
        out.setReceiptHandle(m.receiptHandle());
        out.setBody(m.body());
        out.setMd5OfBody(m.md5OfBody());
        out.setEventSource("aws:sqs");
        out.setAwsRegion("us-east-1");
        Map<String, String> attributes = new HashMap<>();
        m.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
        out.setAttributes(attributes);
        return out;
    }
}
