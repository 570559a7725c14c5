package com.billsync.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** DynamoDB Local through the in-process SDK client of {@link LocalAws#shared()}. */
@ExtendWith(LocalAwsExtension.class)
class DynamoDbStandInTest {

  /** One table per test class run: the shared instance outlives this class, so names must not collide. */
  private static final String TABLE = "ledger-" + UUID.randomUUID();
  private static final String BY_STATUS = "by-status";

  private static DynamoDbClient db;

  @BeforeAll
  static void createTableWithGsi(AwsStandIns aws) {
    db = aws.dynamoDb();
    db.createTable(b -> b.tableName(TABLE)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("sk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("status").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("updatedAt").attributeType(ScalarAttributeType.N))
        .keySchema(
            k -> k.attributeName("pk").keyType(KeyType.HASH),
            k -> k.attributeName("sk").keyType(KeyType.RANGE))
        .globalSecondaryIndexes(g -> g.indexName(BY_STATUS)
            .keySchema(
                k -> k.attributeName("status").keyType(KeyType.HASH),
                k -> k.attributeName("updatedAt").keyType(KeyType.RANGE))
            .projection(p -> p.projectionType(ProjectionType.ALL))));
  }

  @Test
  void createdTableIsActiveWithItsIndex() {
    var table = db.describeTable(b -> b.tableName(TABLE)).table();

    assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(table.globalSecondaryIndexes()).extracting(g -> g.indexName()).containsExactly(BY_STATUS);
  }

  @Test
  void conditionalPutOfAnExistingKeyFailsWithConditionalCheckFailed() {
    Map<String, AttributeValue> item = item("integration#1", "bill#1", "PENDING", 1);
    db.putItem(b -> b.tableName(TABLE).item(item).conditionExpression("attribute_not_exists(pk)"));

    assertThatThrownBy(() -> db.putItem(b -> b.tableName(TABLE).item(item)
            .conditionExpression("attribute_not_exists(pk)")))
        .isInstanceOf(ConditionalCheckFailedException.class);
  }

  @Test
  void cancelledTransactionRollsBackEveryWrite() {
    db.putItem(b -> b.tableName(TABLE).item(item("integration#2", "bill#existing", "SYNCED", 1)));
    TransactWriteItem fresh = TransactWriteItem.builder()
        .put(p -> p.tableName(TABLE).item(item("integration#2", "bill#new", "PENDING", 2)))
        .build();
    TransactWriteItem clash = TransactWriteItem.builder()
        .put(p -> p.tableName(TABLE).item(item("integration#2", "bill#existing", "PENDING", 3))
            .conditionExpression("attribute_not_exists(pk)"))
        .build();

    assertThatThrownBy(() -> db.transactWriteItems(b -> b.transactItems(fresh, clash)))
        .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.cancellationReasons())
            .extracting(CancellationReason::code)
            .containsExactly("None", "ConditionalCheckFailed"));
    assertThat(db.getItem(b -> b.tableName(TABLE).key(key("integration#2", "bill#new"))).hasItem()).isFalse();
    assertThat(db.getItem(b -> b.tableName(TABLE).key(key("integration#2", "bill#existing"))).item())
        .containsEntry("status", AttributeValue.fromS("SYNCED"));
  }

  @Test
  void queryOnTheIndexReturnsNewestFirstWhenDescending() {
    db.putItem(b -> b.tableName(TABLE).item(item("integration#3", "bill#other", "PENDING", 40)));
    List.of(10L, 30L, 20L).forEach(ts -> db.putItem(b -> b.tableName(TABLE)
        .item(item("integration#3", "bill#" + ts, "RETRY", ts))));

    QueryResponse page = db.query(b -> b.tableName(TABLE).indexName(BY_STATUS)
        .keyConditionExpression("#s = :s AND updatedAt >= :from")
        .expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("RETRY"), ":from", AttributeValue.fromN("0")))
        .scanIndexForward(false));

    assertThat(page.items()).extracting(i -> i.get("updatedAt").n()).containsExactly("30", "20", "10");
  }

  @Test
  void paginatorOverAMissingTableFailsWithTheTypedException() {
    var pages = db.queryPaginator(b -> b.tableName("no-such-" + UUID.randomUUID())
        .keyConditionExpression("pk = :pk")
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("x"))));

    assertThatThrownBy(() -> pages.items().iterator().hasNext())
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void waiterSeesTheTableExist() {
    try (DynamoDbWaiter waiter = db.waiter()) {
      var outcome = waiter.waitUntilTableExists(b -> b.tableName(TABLE)).matched();

      assertThat(outcome.response()).hasValueSatisfying(r -> assertThat(r.table().tableName()).isEqualTo(TABLE));
    }
  }

  private static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
  }

  private static Map<String, AttributeValue> item(String pk, String sk, String status, long updatedAt) {
    return Map.of(
        "pk", AttributeValue.fromS(pk),
        "sk", AttributeValue.fromS(sk),
        "status", AttributeValue.fromS(status),
        "updatedAt", AttributeValue.fromN(Long.toString(updatedAt)));
  }
}
