package com.billsync.local.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * {@link LocalStackAws} against a real LocalStack container. Skipped as a whole where there is no Docker engine
 * (as on the build machine): the container field is then never initialised, so nothing touches Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackAwsTest {

  @Container
  private static final LocalStackContainer LOCALSTACK = LocalStackAws.newContainer();

  private static LocalStackAws aws;

  @BeforeAll
  static void wrap() {
    aws = LocalStackAws.of(LOCALSTACK);
  }

  @AfterAll
  static void closeClients() {
    aws.close();
  }

  @Test
  void namesItselfLocalstack() {
    assertThat(aws.name()).isEqualTo("localstack");
  }

  @Test
  void dynamoDbStoresAnItem() {
    aws.dynamoDb().createTable(b -> b.tableName("ls").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
    aws.dynamoDb().putItem(b -> b.tableName("ls").item(Map.of("pk", AttributeValue.fromS("a"))));

    assertThat(aws.dynamoDb().getItem(b -> b.tableName("ls").key(Map.of("pk", AttributeValue.fromS("a"))))
        .hasItem()).isTrue();
  }

  @Test
  void queuePairDeliversThroughTheFifoQueue() {
    QueuePair pair = aws.createQueuePair("ls-pair", 2, Duration.ofSeconds(30));
    aws.sqs().sendMessage(b -> b.queueUrl(pair.queueUrl()).messageGroupId("g").messageDeduplicationId("1")
        .messageBody("hello"));

    assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(pair.queueUrl()).waitTimeSeconds(1)).messages())
        .extracting(Message::body).containsExactly("hello");
  }

  @Test
  void secretsManagerReturnsTheCurrentValue() {
    aws.secretsManager().createSecret(b -> b.name("ls/secret").secretString("v1"));
    aws.secretsManager().putSecretValue(b -> b.secretId("ls/secret").secretString("v2"));

    assertThat(aws.secretsManager().getSecretValue(b -> b.secretId("ls/secret")).secretString()).isEqualTo("v2");
  }
}
