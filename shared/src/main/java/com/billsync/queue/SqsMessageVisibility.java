package com.billsync.queue;

import com.billsync.worker.MessageVisibility;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@link MessageVisibility} on SQS: ChangeMessageVisibility, within SQS's 0 s to 12 h. */
public final class SqsMessageVisibility implements MessageVisibility {

    private static final long MAX_SECONDS = Duration.ofHours(12).toSeconds();

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsMessageVisibility(SqsClient sqs, String queueUrl) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
    }

    @Override
    public void delay(String receiptHandle, Duration delay) {
        int seconds = (int) Math.max(0, Math.min(MAX_SECONDS, delay.toSeconds()));
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle).visibilityTimeout(seconds));
    }
}
