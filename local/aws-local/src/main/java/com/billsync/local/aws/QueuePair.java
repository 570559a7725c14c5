package com.billsync.local.aws;

import java.util.Objects;

/**
 * A FIFO work queue and the FIFO dead-letter queue its RedrivePolicy points at.
 *
 * @param queueUrl URL of {@code <base>.fifo}
 * @param dlqUrl URL of {@code <base>-dlq.fifo}
 */
public record QueuePair(String queueUrl, String dlqUrl) {
  public QueuePair {
    Objects.requireNonNull(queueUrl, "queueUrl");
    Objects.requireNonNull(dlqUrl, "dlqUrl");
  }
}
