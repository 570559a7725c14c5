package com.billsync.local.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    List<URI> endpoints = List.of(aws.sqsEndpoint(), aws.secretsManagerEndpoint());

    assertThat(endpoints).extracting(URI::getHost).containsOnly("127.0.0.1");
    assertThat(endpoints).extracting(URI::getPort).allMatch(port -> port > 0);
  }

  @Test
  void sharedServesDynamoDbInProcessOnly(LocalAws aws) {
    assertThat(aws.dynamoDbEndpoint()).isEmpty();
    assertThat(aws.dynamoDb().listTables().tableNames()).isNotNull();
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
