package com.billsync.store.dynamodb;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationStatus;
import com.billsync.runs.RunStatus;
import com.billsync.runs.RunStore;
import com.billsync.runs.RunTrigger;
import com.billsync.runs.StepProgress;
import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * {@link RunStore} on the table. The integration item's {@code active_run_id} is the one-active-run lock: set in
 * the same transaction that records the run, cleared when the run finishes.
 */
public final class DynamoRunStore implements RunStore {

    private final DynamoTable table;

    public DynamoRunStore(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public void launch(SyncRun run, Instant nextSyncAt) {
        UpdateExpr u = new UpdateExpr()
                .set("active_run_id", run.runId())
                .set("last_sync_at", run.createdAt().toString())
                .set(TableLayout.NEXT_SYNC_AT, nextSyncAt.toString());
        String condition = "attribute_exists(" + u.name(TableLayout.PK) + ") AND " + u.name("status")
                + " = :connected AND attribute_not_exists(" + u.name("active_run_id") + ")";
        u.value(":connected", Item.s(IntegrationStatus.CONNECTED.name()));
        if (run.plan() == SyncPlan.SEED && run.trigger() == RunTrigger.CONNECT) {
            u.set("seed_run_id", run.runId());
            condition += " AND attribute_not_exists(" + u.name("seed_run_id") + ")";
        }
        Update lock = Update.builder().tableName(table.name())
                .key(Item.keyOf(TableLayout.integration(run.integrationId()), TableLayout.META))
                .updateExpression(u.expression()).conditionExpression(condition)
                .expressionAttributeNames(u.names()).expressionAttributeValues(u.values()).build();
        List<Integer> failed = table.transact(List.of(
                LedgerItems.putIfAbsent(table.name(), RunItems.item(run)),
                TransactWriteItem.builder().update(lock).build()));
        if (failed.isEmpty()) {
            return;
        }
        Optional<Integration> integration = table.get(TableLayout.integration(run.integrationId()),
                TableLayout.META).map(IntegrationItems::integration);
        if (integration.isEmpty() || integration.get().status() != IntegrationStatus.CONNECTED) {
            throw new ServiceException(ErrorCode.NOT_CONNECTED, "The integration is not connected.",
                    Map.of("status", integration.map(i -> i.status().wire()).orElse("missing")));
        }
        if (integration.get().activeRunId().isPresent()) {
            throw new ServiceException(ErrorCode.SYNC_IN_PROGRESS, "A sync is already running for the integration.",
                    Map.of("run_id", integration.get().activeRunId().get()));
        }
        throw ServiceException.conflict();
    }

    @Override
    public void markEnqueued(String integrationId, String runId, Instant at) {
        UpdateExpr u = new UpdateExpr().setIfNotExists("enqueued_at", Item.s(at.toString()));
        table.client().updateItem(b -> b.tableName(table.name())
                .key(Item.keyOf(TableLayout.integration(integrationId), TableLayout.run(runId)))
                .updateExpression(u.expression())
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(u.names()).expressionAttributeValues(u.values()));
    }

    @Override
    public Optional<SyncRun> get(String integrationId, String runId) {
        return table.get(TableLayout.integration(integrationId), TableLayout.run(runId)).map(RunItems::run);
    }

    @Override
    public Page<SyncRun> list(String integrationId, PageRequest page) {
        return table.page(DynamoTable.Query.table(TableLayout.integration(integrationId), TableLayout.runPrefix(),
                false), page).map(RunItems::run);
    }

    @Override
    public Optional<SyncRun> latest(String integrationId) {
        return list(integrationId, PageRequest.first(1)).items().stream().findFirst();
    }

    @Override
    public void recordStep(String integrationId, String runId, StepProgress progress) {
        UpdateExpr u = new UpdateExpr();
        String steps = u.name("steps");
        String step = u.name(progress.step().wire());
        u.value(":progress", AttributeValue.fromM(RunItems.step(progress)));
        StringBuilder expression = new StringBuilder("SET " + steps + "." + step + " = :progress");
        if (progress.status() == StepStatus.RUNNING) {
            String status = u.name("status");
            String started = u.name("started_at");
            u.value(":running", Item.s(RunStatus.RUNNING.name()));
            u.value(":now", Item.s(progress.startedAt().orElse(Instant.EPOCH).toString()));
            expression.append(", ").append(status).append(" = :running, ").append(started)
                    .append(" = if_not_exists(").append(started).append(", :now)");
        }
        table.client().updateItem(b -> b.tableName(table.name())
                .key(Item.keyOf(TableLayout.integration(integrationId), TableLayout.run(runId)))
                .updateExpression(expression.toString())
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(u.names()).expressionAttributeValues(u.values()));
    }

    @Override
    public void finish(String integrationId, String runId, RunStatus status, Instant at) {
        UpdateExpr run = new UpdateExpr().set("status", status.name()).set("finished_at", at.toString());
        table.client().updateItem(b -> b.tableName(table.name())
                .key(Item.keyOf(TableLayout.integration(integrationId), TableLayout.run(runId)))
                .updateExpression(run.expression()).conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(run.names()).expressionAttributeValues(run.values()));
        UpdateExpr release = new UpdateExpr().remove("active_run_id");
        String condition = release.name("active_run_id") + " = :run";
        release.value(":run", Item.s(runId));
        try {
            table.client().updateItem(b -> b.tableName(table.name())
                    .key(Item.keyOf(TableLayout.integration(integrationId), TableLayout.META))
                    .updateExpression(release.expression()).conditionExpression(condition)
                    .expressionAttributeNames(release.names()).expressionAttributeValues(release.values()));
        } catch (ConditionalCheckFailedException notActive) {
            // Another run holds the slot, or none: nothing to release.
        }
    }
}
