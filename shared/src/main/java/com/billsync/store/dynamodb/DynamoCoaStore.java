package com.billsync.store.dynamodb;

import com.billsync.coa.CoaApproval;
import com.billsync.coa.CoaEntry;
import com.billsync.coa.CoaIntent;
import com.billsync.coa.CoaJson;
import com.billsync.coa.CoaMutation;
import com.billsync.coa.CoaRunRecord;
import com.billsync.coa.CoaRunReport;
import com.billsync.coa.CoaStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link CoaStore} on the table, in the integration's partition: {@code COAINTENT#}, {@code COAAPPROVAL} and
 * {@code COARUN#<runId>#…} items; records and mutations are kept as {@link CoaJson} text. Reads are strongly
 * consistent: an attempt after a crash must see the intents the dead one wrote.
 */
public final class DynamoCoaStore implements CoaStore {

    private final DynamoTable table;

    public DynamoCoaStore(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public List<CoaIntent> intents(String integrationId) {
        return table.all(TableLayout.integration(integrationId), TableLayout.coaIntentPrefix()).stream()
                .map(item -> {
                    Read r = new Read(item);
                    return new CoaIntent(r.s("ledger_account_id"), r.opt("number"), r.s("type"), r.s("name"),
                            r.opt("parent_id"), r.s("run_id"), r.time("recorded_at"));
                }).toList();
    }

    @Override
    public void recordIntents(String integrationId, List<CoaIntent> intents) {
        BatchOps.write(table, intents.stream().map(i -> BatchOps.put(Item.key(TableLayout.integration(integrationId),
                        TableLayout.coaIntent(i.ledgerAccountId()))
                .s(TableLayout.ENTITY, "coa_intent").s("ledger_account_id", i.ledgerAccountId())
                .s("number", i.number()).s("type", i.type()).s("name", i.name()).s("parent_id", i.parentId())
                .s("run_id", i.runId()).time("recorded_at", i.recordedAt()).build())).toList());
    }

    @Override
    public void clearIntents(String integrationId, Collection<String> ledgerAccountIds) {
        BatchOps.write(table, new LinkedHashSet<>(ledgerAccountIds).stream().map(id -> BatchOps.delete(
                Item.keyOf(TableLayout.integration(integrationId), TableLayout.coaIntent(id)))).toList());
    }

    @Override
    public Optional<CoaApproval> approval(String integrationId) {
        return table.get(TableLayout.integration(integrationId), TableLayout.coaApproval()).map(item -> {
            Read r = new Read(item);
            return new CoaApproval(r.s("fingerprint"), r.time("approved_at"));
        });
    }

    @Override
    public void approve(String integrationId, CoaApproval approval) {
        Map<String, AttributeValue> item = Item.key(TableLayout.integration(integrationId), TableLayout.coaApproval())
                .s(TableLayout.ENTITY, "coa_approval").s("fingerprint", approval.fingerprint())
                .time("approved_at", approval.approvedAt()).build();
        table.client().putItem(b -> b.tableName(table.name()).item(item));
    }

    @Override
    public void consumeApproval(String integrationId, String fingerprint) {
        try {
            table.client().deleteItem(b -> b.tableName(table.name())
                    .key(Item.keyOf(TableLayout.integration(integrationId), TableLayout.coaApproval()))
                    .conditionExpression("fingerprint = :f")
                    .expressionAttributeValues(Map.of(":f", Item.s(fingerprint))));
        } catch (ConditionalCheckFailedException otherOrGone) {
            // Already consumed, or replaced by an approval of another plan, which stays.
        }
    }

    @Override
    public void recordPlan(String integrationId, CoaRunRecord record, List<CoaMutation> planned) {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            writes.add(BatchOps.put(Item.key(TableLayout.integration(integrationId),
                            TableLayout.coaRunPlanned(record.runId(), i))
                    .s(TableLayout.ENTITY, "coa_planned").s("json", CoaJson.mutation(planned.get(i)).toString())
                    .build()));
        }
        BatchOps.write(table, writes);
        putSummary(integrationId, record, planned.size());
    }

    @Override
    public void updateRecord(String integrationId, CoaRunRecord record) {
        long planned = table.get(TableLayout.integration(integrationId), TableLayout.coaRunSummary(record.runId()))
                .map(item -> new Read(item).n("planned_count")).orElse(0L);
        putSummary(integrationId, record, (int) planned);
    }

    @Override
    public void recordApplied(String integrationId, String runId, int firstSequence, List<CoaEntry> applied) {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < applied.size(); i++) {
            CoaEntry entry = applied.get(i);
            writes.add(BatchOps.put(Item.key(TableLayout.integration(integrationId),
                            TableLayout.coaRunApplied(runId, entry.at(), firstSequence + i,
                                    entry.mutation().action().wire(), entry.mutation().ledgerAccountId()))
                    .s(TableLayout.ENTITY, "coa_applied").s("json", CoaJson.entry(entry).toString()).build()));
        }
        BatchOps.write(table, writes);
    }

    @Override
    public Optional<CoaRunReport> run(String integrationId, String runId) {
        List<Map<String, AttributeValue>> items = table.all(TableLayout.integration(integrationId),
                TableLayout.coaRunPrefix(runId));
        Optional<Map<String, AttributeValue>> summary = items.stream()
                .filter(i -> TableLayout.coaRunSummary(runId).equals(i.get(TableLayout.SK).s())).findFirst();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Read s = new Read(summary.get());
        long plannedCount = s.n("planned_count");
        List<CoaMutation> planned = new ArrayList<>();
        List<CoaEntry> applied = new ArrayList<>();
        String planPrefix = TableLayout.coaRunPlanPrefix(runId);
        String appliedPrefix = TableLayout.coaRunAppliedPrefix(runId);
        for (Map<String, AttributeValue> item : items) {
            String sk = item.get(TableLayout.SK).s();
            if (sk.startsWith(planPrefix) && planned.size() < plannedCount) {
                planned.add(CoaJson.mutationOf(CoaJson.parse(new Read(item).s("json"))));
            } else if (sk.startsWith(appliedPrefix)) {
                applied.add(CoaJson.entryOf(CoaJson.parse(new Read(item).s("json"))));
            }
        }
        return Optional.of(new CoaRunReport(CoaJson.recordOf(CoaJson.parse(s.s("json"))), planned, applied));
    }

    private void putSummary(String integrationId, CoaRunRecord record, int plannedCount) {
        Map<String, AttributeValue> item = Item.key(TableLayout.integration(integrationId),
                        TableLayout.coaRunSummary(record.runId()))
                .s(TableLayout.ENTITY, "coa_run").s("json", CoaJson.record(record).toString())
                .n("planned_count", plannedCount).build();
        table.client().putItem(b -> b.tableName(table.name()).item(item));
    }
}
