package com.billsync.store.dynamodb;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.runs.ErrorEntry;
import com.billsync.runs.ErrorFilter;
import com.billsync.runs.ErrorLogStore;
import com.billsync.runs.ErrorStatus;
import com.billsync.runs.SyncStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link ErrorLogStore} on the table. Entries sort by their id (run id first, which sorts by time), read
 * descending for newest first; {@code ?run_id=} narrows the key range, the other filters are filter
 * expressions. Each entry expires {@code ttl} after its timestamp.
 */
public final class DynamoErrorLogStore implements ErrorLogStore {

    private final DynamoTable table;
    private final Duration ttl;

    public DynamoErrorLogStore(DynamoDbClient client, String tableName, Duration ttl) {
        this.table = new DynamoTable(client, tableName);
        this.ttl = ttl;
    }

    @Override
    public void append(ErrorEntry e) {
        Map<String, AttributeValue> item = Item.key(TableLayout.integration(e.integrationId()),
                        TableLayout.error(e.id()))
                .s(TableLayout.ENTITY, "error").s("integration_id", e.integrationId()).s("id", e.id())
                .s("run_id", e.runId()).s("status", e.status().name()).s("error_code", e.errorCode())
                .s("message", e.message()).s("step", e.step().map(SyncStep::wire))
                .s("entity_type", e.entityType()).s("external_id", e.externalId()).time("timestamp", e.timestamp())
                .n(TableLayout.EXPIRES_AT, e.timestamp().plus(ttl).getEpochSecond())
                .build();
        table.client().putItem(b -> b.tableName(table.name()).item(item));
    }

    @Override
    public Page<ErrorEntry> list(String integrationId, ErrorFilter filter, PageRequest page) {
        String prefix = filter.runId().map(r -> TableLayout.errorPrefix() + r + "#").orElse(TableLayout.errorPrefix());
        List<String> conditions = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        filter.step().ifPresent(s -> add(conditions, names, values, "step", s.wire()));
        filter.entityType().ifPresent(t -> add(conditions, names, values, "entity_type", t));
        filter.errorCode().ifPresent(c -> add(conditions, names, values, "error_code", c));
        DynamoTable.Query query = DynamoTable.Query.table(TableLayout.integration(integrationId), prefix, false);
        Page<Map<String, AttributeValue>> items = conditions.isEmpty() ? table.page(query, page)
                : table.filteredPage(query, page, String.join(" AND ", conditions), names, values);
        return items.map(DynamoErrorLogStore::entry);
    }

    private static void add(List<String> conditions, Map<String, String> names, Map<String, AttributeValue> values,
                            String attribute, String value) {
        names.put("#f_" + attribute, attribute);
        values.put(":f_" + attribute, Item.s(value));
        conditions.add("#f_" + attribute + " = :f_" + attribute);
    }

    private static ErrorEntry entry(Map<String, AttributeValue> item) {
        Read r = new Read(item);
        return new ErrorEntry(r.s("integration_id"), r.s("id"), r.opt("run_id"), ErrorStatus.valueOf(r.s("status")),
                r.s("error_code"), r.s("message"), r.opt("step").flatMap(SyncStep::fromWire), r.opt("entity_type"),
                r.opt("external_id"), r.time("timestamp"));
    }
}
