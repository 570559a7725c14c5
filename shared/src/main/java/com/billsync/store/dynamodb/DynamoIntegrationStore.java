package com.billsync.store.dynamodb;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** {@link IntegrationStore} on the table; the company guard item enforces one integration per company. */
public final class DynamoIntegrationStore implements IntegrationStore {

    private final DynamoTable table;

    public DynamoIntegrationStore(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public void create(Integration integration) {
        Map<String, AttributeValue> guard = Item.key(TableLayout.company(integration.companyId()),
                        TableLayout.COMPANY_INTEGRATION)
                .s(TableLayout.ENTITY, "company_integration_guard").s("integration_id", integration.id()).build();
        List<Integer> failed = table.transact(List.of(
                LedgerItems.putIfAbsent(table.name(), IntegrationItems.item(integration)),
                LedgerItems.putIfAbsent(table.name(), guard)));
        if (failed.contains(1)) {
            String existing = currentForCompany(integration.companyId()).map(Integration::id).orElse("");
            throw new ServiceException(ErrorCode.INTEGRATION_EXISTS,
                    "The company already has a Bill.com integration. Change it with PATCH or delete it first.",
                    Map.of("integration_id", existing));
        }
        if (!failed.isEmpty()) {
            throw ServiceException.conflict();
        }
    }

    @Override
    public Optional<Integration> get(String integrationId) {
        return table.get(TableLayout.integration(integrationId), TableLayout.META)
                .map(IntegrationItems::integration);
    }

    @Override
    public Optional<Integration> currentForCompany(String companyId) {
        return table.get(TableLayout.company(companyId), TableLayout.COMPANY_INTEGRATION)
                .map(item -> new Read(item).s("integration_id"))
                .flatMap(this::get);
    }

    @Override
    public Page<Integration> list(String tenantId, Optional<String> companyId, PageRequest page) {
        return table.page(DynamoTable.Query.gsi1(TableLayout.tenant(tenantId),
                TableLayout.integrationIndexPrefix(companyId.orElse(null))), page)
                .map(IntegrationItems::integration);
    }

    @Override
    public void update(Integration previous, Integration updated) {
        try {
            table.client().updateItem(versioned(previous, updated, false).toUpdateItem(table.name()));
        } catch (ConditionalCheckFailedException e) {
            throw ServiceException.conflict();
        }
    }

    @Override
    public void disconnect(Integration previous, Integration updated) {
        Versioned update = versioned(previous, updated, true);
        Delete releaseCompany = Delete.builder().tableName(table.name())
                .key(Item.keyOf(TableLayout.company(previous.companyId()), TableLayout.COMPANY_INTEGRATION))
                .conditionExpression("attribute_not_exists(pk) OR integration_id = :i")
                .expressionAttributeValues(Map.of(":i", Item.s(previous.id())))
                .build();
        List<Integer> failed = table.transact(List.of(
                TransactWriteItem.builder().update(update.toTransactUpdate(table.name())).build(),
                TransactWriteItem.builder().delete(releaseCompany).build()));
        if (!failed.isEmpty()) {
            throw ServiceException.conflict();
        }
    }

    @Override
    public void schedule(String integrationId, boolean due, Instant candidate) {
        UpdateExpr u = new UpdateExpr();
        if (due) {
            u.set(TableLayout.DUE_SHARD, TableLayout.dueShard(integrationId));
            u.setIfNotExists(TableLayout.NEXT_SYNC_AT, Item.s(candidate.toString()));
        } else {
            u.remove(TableLayout.DUE_SHARD);
        }
        String pk = u.name(TableLayout.PK);
        try {
            table.client().updateItem(b -> b.tableName(table.name())
                    .key(Item.keyOf(TableLayout.integration(integrationId), TableLayout.META))
                    .updateExpression(u.expression())
                    .conditionExpression("attribute_exists(" + pk + ")")
                    .expressionAttributeNames(u.names())
                    .expressionAttributeValues(u.values().isEmpty() ? null : u.values()));
        } catch (ConditionalCheckFailedException gone) {
            // The integration no longer exists: nothing to schedule.
        }
    }

    private static Versioned versioned(Integration previous, Integration updated, boolean unschedule) {
        UpdateExpr u = new UpdateExpr();
        IntegrationItems.apiOwned(updated).forEach((attribute, value) -> {
            if (value.isPresent()) {
                u.set(attribute, value.get());
            } else {
                u.remove(attribute);
            }
        });
        if (unschedule) {
            u.remove(TableLayout.DUE_SHARD);
        }
        String condition = u.name(TableLayout.VERSION) + " = :expected";
        u.value(":expected", Item.n(previous.version()));
        return new Versioned(previous.id(), u, condition);
    }

    private record Versioned(String integrationId, UpdateExpr update, String condition) {

        software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest toUpdateItem(String tableName) {
            return software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder().tableName(tableName)
                    .key(Item.keyOf(TableLayout.integration(integrationId), TableLayout.META))
                    .updateExpression(update.expression()).conditionExpression(condition)
                    .expressionAttributeNames(update.names()).expressionAttributeValues(update.values()).build();
        }

        Update toTransactUpdate(String tableName) {
            return Update.builder().tableName(tableName)
                    .key(Item.keyOf(TableLayout.integration(integrationId), TableLayout.META))
                    .updateExpression(update.expression()).conditionExpression(condition)
                    .expressionAttributeNames(update.names()).expressionAttributeValues(update.values()).build();
        }
    }
}
