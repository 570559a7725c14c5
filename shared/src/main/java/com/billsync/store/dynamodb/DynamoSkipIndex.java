package com.billsync.store.dynamodb;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.mapping.BillcomKind;
import com.billsync.sync.SkipIndex;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link SkipIndex} on the table: one {@code SKIP#<kind>#<id>} item per skipped record. */
public final class DynamoSkipIndex implements SkipIndex {

    private final DynamoTable table;

    public DynamoSkipIndex(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public Set<String> marked(String integrationId, BillcomKind kind, Collection<String> billcomIds) {
        List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(billcomIds).stream()
                .map(id -> key(integrationId, kind, id)).toList();
        Set<String> marked = new HashSet<>();
        BatchOps.get(table, keys).forEach(item -> marked.add(new Read(item).s("billcom_id")));
        return marked;
    }

    @Override
    public void mark(String integrationId, BillcomKind kind, List<Mark> marks) {
        BatchOps.write(table, marks.stream().map(m -> BatchOps.put(
                Item.key(TableLayout.integration(integrationId), TableLayout.skip(kind, m.billcomId()))
                        .s(TableLayout.ENTITY, "skip").s("billcom_id", m.billcomId()).s("run_id", m.runId())
                        .s("codes", String.join(",", m.codes())).build())).toList());
    }

    @Override
    public void clear(String integrationId, BillcomKind kind, Collection<String> billcomIds) {
        BatchOps.write(table, new LinkedHashSet<>(billcomIds).stream()
                .map(id -> BatchOps.delete(key(integrationId, kind, id))).toList());
    }

    @Override
    public Page<Mark> list(String integrationId, BillcomKind kind, PageRequest page) {
        return table.page(DynamoTable.Query.table(TableLayout.integration(integrationId), TableLayout.skipPrefix(kind),
                true), page).map(item -> {
                    Read r = new Read(item);
                    String codes = r.opt("codes").orElse("");
                    return new Mark(r.s("billcom_id"), r.s("run_id"),
                            codes.isEmpty() ? List.of() : Arrays.asList(codes.split(",")));
                });
    }

    private static Map<String, AttributeValue> key(String integrationId, BillcomKind kind, String billcomId) {
        return Item.keyOf(TableLayout.integration(integrationId), TableLayout.skip(kind, billcomId));
    }
}
