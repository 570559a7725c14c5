package com.billsync.local.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS services billsync needs, stood in for locally. The clients are built once by the implementation and
 * stay owned by it: callers must not close them.
 */
public interface AwsStandIns extends AutoCloseable {

  DynamoDbClient dynamoDb();

  SqsClient sqs();

  SecretsManagerClient secretsManager();

  URI sqsEndpoint();

  URI secretsManagerEndpoint();

  /** The DynamoDB HTTP endpoint, when one is running (the embedded stand-in serves none by default). */
  Optional<URI> dynamoDbEndpoint();

  /** {@code "embedded"} or {@code "localstack"}: for log lines and test names. */
  String name();

  /**
   * Creates (or finds, since CreateQueue is idempotent for equal attributes) the FIFO queue {@code
   * <base>.fifo} and its FIFO dead-letter queue {@code <base>-dlq.fifo}, wired by a RedrivePolicy.
   */
  default QueuePair createQueuePair(String baseName, int maxReceiveCount, Duration visibilityTimeout) {
    return QueuePairs.create(sqs(), baseName, maxReceiveCount, visibilityTimeout);
  }

  /** Narrowed: closing a stand-in does not throw checked exceptions. */
  @Override
  void close();
}
