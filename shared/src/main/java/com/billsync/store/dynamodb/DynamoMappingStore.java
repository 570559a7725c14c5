package com.billsync.store.dynamodb;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.ledger.LedgerAccount;
import com.billsync.ledger.LedgerEntry;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.Mapping;
import com.billsync.mapping.MappingStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** {@link MappingStore} on the table: forward ({@code MAP#}) and reverse ({@code RMAP#}) items, written together. */
public final class DynamoMappingStore implements MappingStore {

    private final DynamoTable table;
    private final DynamoLedgerStore ledger;

    public DynamoMappingStore(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
        this.ledger = new DynamoLedgerStore(client, tableName);
    }

    @Override
    public Optional<Mapping> byBillcomId(String integrationId, BillcomKind kind, String billcomId) {
        return table.get(TableLayout.integration(integrationId), TableLayout.mapping(kind, billcomId))
                .map(DynamoMappingStore::mapping);
    }

    @Override
    public Optional<Mapping> byLedgerId(String integrationId, BillcomKind kind, String ledgerId) {
        return table.get(TableLayout.integration(integrationId), TableLayout.reverseMapping(kind, ledgerId))
                .map(DynamoMappingStore::mapping);
    }

    @Override
    public Map<String, Mapping> byBillcomIds(String integrationId, BillcomKind kind, Collection<String> billcomIds) {
        Map<String, Mapping> found = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(billcomIds));
        for (int from = 0; from < ids.size(); from += 100) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + 100)).stream()
                    .map(id -> Item.keyOf(TableLayout.integration(integrationId), TableLayout.mapping(kind, id)))
                    .toList();
            Map<String, KeysAndAttributes> request = Map.of(table.name(),
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> pending = request;
                BatchGetItemResponse response = table.client().batchGetItem(b -> b.requestItems(pending));
                response.responses().getOrDefault(table.name(), List.of())
                        .forEach(item -> {
                            Mapping m = mapping(item);
                            found.put(m.billcomId(), m);
                        });
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    @Override
    public List<Mapping> all(String integrationId, BillcomKind kind) {
        return table.all(TableLayout.integration(integrationId), TableLayout.mappingPrefix(kind)).stream()
                .map(DynamoMappingStore::mapping).toList();
    }

    @Override
    public boolean any(String integrationId, BillcomKind kind) {
        return table.any(TableLayout.integration(integrationId), TableLayout.mappingPrefix(kind));
    }

    @Override
    public void map(Mapping mapping, Optional<Mapping> replacing) {
        List<TransactWriteItem> items = new ArrayList<>();
        Put.Builder forward = Put.builder().tableName(table.name()).item(forward(mapping));
        if (replacing.isPresent()) {
            forward.conditionExpression("ledger_id = :old")
                    .expressionAttributeValues(Map.of(":old", Item.s(replacing.get().ledgerId())));
        } else {
            forward.conditionExpression("attribute_not_exists(pk)");
        }
        items.add(TransactWriteItem.builder().put(forward.build()).build());
        items.add(LedgerItems.putIfAbsent(table.name(), reverse(mapping)));
        replacing.ifPresent(old -> items.add(TransactWriteItem.builder().delete(Delete.builder()
                .tableName(table.name())
                .key(Item.keyOf(TableLayout.integration(old.integrationId()),
                        TableLayout.reverseMapping(old.kind(), old.ledgerId())))
                .conditionExpression("attribute_not_exists(pk) OR billcom_id = :b")
                .expressionAttributeValues(Map.of(":b", Item.s(old.billcomId())))
                .build()).build()));
        List<Integer> failed = table.transact(items);
        if (failed.contains(1) && !failed.contains(0)) {
            throw alreadyMapped(mapping);
        }
        if (!failed.isEmpty()) {
            throw ServiceException.conflict();
        }
    }

    @Override
    public void unmap(Mapping mapping) {
        List<Integer> failed = table.transact(List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                        .key(Item.keyOf(TableLayout.integration(mapping.integrationId()),
                                TableLayout.mapping(mapping.kind(), mapping.billcomId())))
                        .conditionExpression("attribute_not_exists(pk) OR ledger_id = :l")
                        .expressionAttributeValues(Map.of(":l", Item.s(mapping.ledgerId())))
                        .build()).build(),
                TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                        .key(Item.keyOf(TableLayout.integration(mapping.integrationId()),
                                TableLayout.reverseMapping(mapping.kind(), mapping.ledgerId())))
                        .conditionExpression("attribute_not_exists(pk) OR billcom_id = :b")
                        .expressionAttributeValues(Map.of(":b", Item.s(mapping.billcomId())))
                        .build()).build()));
        if (!failed.isEmpty()) {
            throw ServiceException.conflict();
        }
    }

    @Override
    public void createAndMap(Mapping mapping, LedgerEntry entry, String billcomId) {
        List<LedgerItems.Kinds> kinds = LedgerItems.creationKinds(entry, billcomId);
        List<TransactWriteItem> items = new ArrayList<>(LedgerItems.creation(entry, billcomId, table.name()));
        items.add(LedgerItems.putIfAbsent(table.name(), forward(mapping)));
        items.add(LedgerItems.putIfAbsent(table.name(), reverse(mapping)));
        List<Integer> failed = table.transact(items);
        if (failed.isEmpty()) {
            return;
        }
        int first = failed.get(0);
        if (first < kinds.size() && kinds.get(first) == LedgerItems.Kinds.NUMBER) {
            throw ledger.numberTaken(entry.companyId(), ((LedgerAccount) entry).number().orElseThrow());
        }
        if (first < kinds.size() && kinds.get(first) == LedgerItems.Kinds.BILLCOM) {
            throw new ServiceException(ErrorCode.CONFLICT, "A ledger record was created from this Bill.com row "
                    + "meanwhile. Read the mappings again and retry.");
        }
        throw ServiceException.conflict();
    }

    private Map<String, AttributeValue> forward(Mapping m) {
        return Item.key(TableLayout.integration(m.integrationId()), TableLayout.mapping(m.kind(), m.billcomId()))
                .s(TableLayout.ENTITY, "mapping").s("integration_id", m.integrationId()).s("kind", m.kind().name())
                .s("billcom_id", m.billcomId()).s("ledger_id", m.ledgerId()).time("mapped_at", m.mappedAt())
                .build();
    }

    private Map<String, AttributeValue> reverse(Mapping m) {
        return Item.key(TableLayout.integration(m.integrationId()), TableLayout.reverseMapping(m.kind(), m.ledgerId()))
                .s(TableLayout.ENTITY, "reverse_mapping").s("integration_id", m.integrationId())
                .s("kind", m.kind().name()).s("billcom_id", m.billcomId()).s("ledger_id", m.ledgerId())
                .time("mapped_at", m.mappedAt())
                .build();
    }

    private ServiceException alreadyMapped(Mapping mapping) {
        String other = byLedgerId(mapping.integrationId(), mapping.kind(), mapping.ledgerId())
                .map(Mapping::billcomId).orElse("");
        return new ServiceException(ErrorCode.ALREADY_MAPPED, "Ledger record " + mapping.ledgerId()
                + " is already mapped to another Bill.com row; unmap that row first.",
                Map.of("ledger_id", mapping.ledgerId(), "external_id", other));
    }

    private static Mapping mapping(Map<String, AttributeValue> item) {
        Read r = new Read(item);
        return new Mapping(r.s("integration_id"), BillcomKind.valueOf(r.s("kind")), r.s("billcom_id"),
                r.s("ledger_id"), r.time("mapped_at"));
    }
}
