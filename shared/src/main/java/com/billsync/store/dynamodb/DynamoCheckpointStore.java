package com.billsync.store.dynamodb;

import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncStep;
import com.billsync.sync.CheckpointStore;
import com.billsync.sync.StepCheckpoint;
import com.billsync.sync.StepCounts;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link CheckpointStore} on the table: {@code CKPT#<runId>#<step>} in the integration's partition, read
 * strongly consistent (a redelivery must see the last page's checkpoint), expiring {@link #TTL} after the step
 * started.
 */
public final class DynamoCheckpointStore implements CheckpointStore {

    static final Duration TTL = Duration.ofDays(35);

    private final DynamoTable table;

    public DynamoCheckpointStore(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public Optional<StepCheckpoint> load(String integrationId, String runId, SyncStep step) {
        return table.get(TableLayout.integration(integrationId), TableLayout.checkpoint(runId, step))
                .map(item -> checkpoint(integrationId, runId, step, item));
    }

    @Override
    public void save(StepCheckpoint c) {
        Map<String, AttributeValue> seen = new HashMap<>();
        c.seen().forEach((k, v) -> seen.put(k, Item.s(v)));
        StepCounts n = c.counts();
        Map<String, AttributeValue> counts = new Item().n("pages", n.pages()).n("read", n.read())
                .n("created", n.created()).n("updated", n.updated()).n("unchanged", n.unchanged())
                .n("skipped", n.skipped()).n("failed", n.failed()).n("billcom_calls", n.billcomCalls())
                .n("document_calls", n.documentCalls()).n("ledger_writes", n.ledgerWrites()).build();
        Map<String, AttributeValue> item = Item.key(TableLayout.integration(c.integrationId()),
                        TableLayout.checkpoint(c.runId(), c.step()))
                .s(TableLayout.ENTITY, "checkpoint").s("status", c.status().name())
                .n("position", c.position().index()).s("page_token", c.position().pageToken())
                .s("cursor_value", c.position().cursorValue()).m("seen", seen).m("counts", counts)
                .time("started_at", c.startedAt()).time("ended_at", c.endedAt())
                .n(TableLayout.EXPIRES_AT, c.startedAt().plus(TTL).getEpochSecond())
                .build();
        table.client().putItem(b -> b.tableName(table.name()).item(item));
    }

    private static StepCheckpoint checkpoint(String integrationId, String runId, SyncStep step,
                                             Map<String, AttributeValue> item) {
        Read r = new Read(item);
        Map<String, String> seen = new HashMap<>();
        r.m("seen").forEach((k, v) -> seen.put(k, v.s()));
        Read n = new Read(r.m("counts"));
        StepCounts counts = new StepCounts(n.n("pages"), n.n("read"), n.n("created"), n.n("updated"),
                n.n("unchanged"), n.n("skipped"), n.n("failed"), n.n("billcom_calls"), n.n("document_calls"),
                n.n("ledger_writes"));
        return new StepCheckpoint(integrationId, runId, step, StepStatus.valueOf(r.s("status")),
                new StepCheckpoint.Position((int) r.n("position"), r.opt("page_token").orElse(null),
                        r.opt("cursor_value").orElse(null)),
                seen, counts, r.time("started_at"), r.optTime("ended_at"));
    }
}
