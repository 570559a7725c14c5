package com.billsync.store.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/**
 * The table as code: the same keys and indexes as {@code template.yaml} (which adds point-in-time recovery and
 * encryption). Tests and the local runtime create the table from here.
 */
public final class TableDefinition {

    private TableDefinition() {
    }

    public static CreateTableRequest createRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        string(TableLayout.PK), string(TableLayout.SK),
                        string(TableLayout.GSI1_PK), string(TableLayout.GSI1_SK),
                        string(TableLayout.DUE_SHARD), string(TableLayout.NEXT_SYNC_AT))
                .keySchema(hash(TableLayout.PK), range(TableLayout.SK))
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName(TableLayout.GSI1)
                                .keySchema(hash(TableLayout.GSI1_PK), range(TableLayout.GSI1_SK))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build(),
                        GlobalSecondaryIndex.builder().indexName(TableLayout.DUE_INDEX)
                                .keySchema(hash(TableLayout.DUE_SHARD), range(TableLayout.NEXT_SYNC_AT))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                                .build())
                .build();
    }

    /** Creates the table (if missing), waits until it is active and turns on TTL on {@code expires_at}. */
    public static void create(DynamoDbClient client, String tableName) {
        try {
            client.createTable(createRequest(tableName));
        } catch (ResourceInUseException alreadyThere) {
            return;
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        client.updateTimeToLive(b -> b.tableName(tableName).timeToLiveSpecification(
                TimeToLiveSpecification.builder().attributeName(TableLayout.EXPIRES_AT).enabled(true).build()));
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }
}
