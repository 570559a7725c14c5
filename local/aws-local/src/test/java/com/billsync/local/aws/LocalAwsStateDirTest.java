package com.billsync.local.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Data written to a {@link LocalAwsOptions#stateDir()} instance is there after a stop and a fresh start. */
class LocalAwsStateDirTest {

  @TempDir
  static Path stateDir;

  private static LocalAws restarted;

  @BeforeAll
  static void writeStopAndStartAgain() {
    LocalAwsOptions options = LocalAwsOptions.builder().stateDir(stateDir).build();
    try (LocalAws first = LocalAws.start(options)) {
      first.dynamoDb().createTable(b -> b.tableName("runs").billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
          .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
      first.dynamoDb().putItem(b -> b.tableName("runs").item(Map.of(
          "pk", AttributeValue.fromS("run#1"), "status", AttributeValue.fromS("DONE"))));
      first.secretsManager().createSecret(b -> b.name("billcom/acme").secretString("v1"));
      first.secretsManager().putSecretValue(b -> b.secretId("billcom/acme").secretString("v2"));
    }
    restarted = LocalAws.start(options);
  }

  @AfterAll
  static void stop() {
    restarted.close();
  }

  @Test
  void dynamoDbItemSurvivesARestart() {
    var item = restarted.dynamoDb().getItem(b -> b.tableName("runs")
        .key(Map.of("pk", AttributeValue.fromS("run#1")))).item();

    assertThat(item).containsEntry("status", AttributeValue.fromS("DONE"));
  }

  @Test
  void secretVersionsAndStagesSurviveARestart() {
    var current = restarted.secretsManager().getSecretValue(b -> b.secretId("billcom/acme"));
    var previous = restarted.secretsManager().getSecretValue(b -> b.secretId("billcom/acme")
        .versionStage("AWSPREVIOUS"));

    assertThat(List.of(current.secretString(), previous.secretString())).containsExactly("v2", "v1");
  }

  @Test
  void stateLivesInTheNamedFiles() {
    assertThat(stateDir.resolve("dynamodb-local.db")).isNotEmptyFile();
    assertThat(stateDir.resolve("secretsmanager.json")).isNotEmptyFile();
  }
}
