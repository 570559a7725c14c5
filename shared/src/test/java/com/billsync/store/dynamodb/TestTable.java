package com.billsync.store.dynamodb;

import com.billsync.local.aws.LocalAws;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A fresh table on the shared local DynamoDB, one per test class (no state shared between classes). */
record TestTable(DynamoDbClient client, String name) {

    static TestTable create() {
        DynamoDbClient client = LocalAws.shared().dynamoDb();
        String name = "billsync-test-" + UUID.randomUUID();
        TableDefinition.create(client, name);
        return new TestTable(client, name);
    }
}
