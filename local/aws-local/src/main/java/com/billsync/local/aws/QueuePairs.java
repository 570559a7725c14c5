package com.billsync.local.aws;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Creates the FIFO queue + FIFO DLQ shape that the SAM template declares, against any SQS endpoint. */
final class QueuePairs {

  /** SQS accepts visibility timeouts from 0 s to 12 h. */
  private static final Duration MAX_VISIBILITY = Duration.ofHours(12);

  private QueuePairs() {}

  static QueuePair create(SqsClient sqs, String baseName, int maxReceiveCount, Duration visibilityTimeout) {
    if (baseName == null || baseName.isBlank() || baseName.endsWith(".fifo")) {
      throw new IllegalArgumentException("baseName must be non-blank and without the .fifo suffix: " + baseName);
    }
    if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
      throw new IllegalArgumentException("maxReceiveCount must be 1..1000: " + maxReceiveCount);
    }
    if (visibilityTimeout.isNegative() || visibilityTimeout.compareTo(MAX_VISIBILITY) > 0) {
      throw new IllegalArgumentException("visibilityTimeout must be 0..12h: " + visibilityTimeout);
    }
    // A FIFO queue may only redrive to a FIFO DLQ, so both carry the FIFO attributes.
    String dlqUrl = sqs.createQueue(b -> b.queueName(baseName + "-dlq.fifo")
            .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true")))
        .queueUrl();
    String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
    String redrivePolicy =
        "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}";
    String queueUrl = sqs.createQueue(b -> b.queueName(baseName + ".fifo")
            .attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true",
                QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(visibilityTimeout.toSeconds()),
                QueueAttributeName.REDRIVE_POLICY, redrivePolicy)))
        .queueUrl();
    return new QueuePair(queueUrl, dlqUrl);
  }
}
