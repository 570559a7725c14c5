package com.billsync.store.dynamodb;

import com.billsync.sync.InvoiceGuard;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** {@link InvoiceGuard} on the table: a conditional put of {@code INVOICE#<vendor>#<invoice>} per company. */
public final class DynamoInvoiceGuard implements InvoiceGuard {

    private final DynamoTable table;

    public DynamoInvoiceGuard(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public Optional<String> claim(String companyId, String ledgerVendorId, String invoiceKey, String billcomBillId) {
        Map<String, AttributeValue> item = Item.key(TableLayout.company(companyId),
                        TableLayout.invoiceGuard(ledgerVendorId, invoiceKey))
                .s(TableLayout.ENTITY, "invoice_guard").s("billcom_bill_id", billcomBillId).build();
        try {
            table.client().putItem(b -> b.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR billcom_bill_id = :me")
                    .expressionAttributeValues(Map.of(":me", Item.s(billcomBillId)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException held) {
            Map<String, AttributeValue> holder = held.item();
            return Optional.of(holder == null || !holder.containsKey("billcom_bill_id") ? "unknown"
                    : holder.get("billcom_bill_id").s());
        }
    }

    @Override
    public void release(String companyId, String ledgerVendorId, String invoiceKey, String billcomBillId) {
        try {
            table.client().deleteItem(b -> b.tableName(table.name())
                    .key(Item.keyOf(TableLayout.company(companyId), TableLayout.invoiceGuard(ledgerVendorId,
                            invoiceKey)))
                    .conditionExpression("billcom_bill_id = :me")
                    .expressionAttributeValues(Map.of(":me", Item.s(billcomBillId))));
        } catch (ConditionalCheckFailedException notOurs) {
            // Another bill holds the pair, or nobody: nothing to give up.
        }
    }
}
