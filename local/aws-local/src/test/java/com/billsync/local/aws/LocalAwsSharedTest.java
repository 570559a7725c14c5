package com.billsync.local.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.monitoring.Telemetry;

@ExtendWith(LocalAwsExtension.class)
class LocalAwsSharedTest {

  private static final Logger LOG = LoggerFactory.getLogger(LocalAwsSharedTest.class);

  @Test
  void sharedReturnsTheSameStartedInstance(AwsStandIns injected) {
    LocalAws first = LocalAws.shared();

    assertThat(LocalAws.shared()).isSameAs(first).isSameAs(injected);
    assertThat(first.sqs().listQueues().sdkHttpResponse().isSuccessful()).isTrue();
    LOG.info("LocalAws.shared() startup took {} ms", first.startupTime().toMillis());
  }

  @Test
  void sharedNamesItselfEmbedded(LocalAws aws) {
    assertThat(aws.name()).isEqualTo("embedded");
  }

  @Test
  void sharedBindsEveryEndpointToLoopback(LocalAws aws) {
    List<URI> endpoints =
        List.of(aws.sqsEndpoint(), aws.secretsManagerEndpoint(), aws.dynamoDbEndpoint().orElseThrow());

    assertThat(endpoints).extracting(URI::getHost).containsOnly("127.0.0.1");
    assertThat(endpoints).extracting(URI::getPort).allMatch(port -> port > 0);
  }

  @Test
  void sharedDynamoDbHttpEndpointServesTheInProcessTables(LocalAws aws) {
    String table = "shared-http-" + UUID.randomUUID();
    aws.dynamoDb().createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));

    try (DynamoDbClient overHttp = AwsClients.dynamoDb(aws.dynamoDbEndpoint().orElseThrow(), AwsClients.REGION,
        AwsClients.DUMMY_CREDENTIALS)) {
      assertThat(overHttp.describeTable(b -> b.tableName(table)).table().tableName()).isEqualTo(table);
    }
  }

  @Test
  void dynamoDbLocalTelemetryIsNeverConfigured(LocalAws aws) {
    aws.dynamoDb().listTables();

    assertThat(Telemetry.getTelemetry()).isEmpty();
  }

  @Test
  void closingTheSharedInstanceLeavesItRunning(LocalAws aws) {
    aws.close();

    assertThat(LocalAws.shared().sqs().listQueues().sdkHttpResponse().isSuccessful()).isTrue();
    assertThat(aws.dynamoDb().listTables().tableNames()).isNotNull();
  }
}
