package com.billsync.local.runtime.bench;

import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.QueuePair;
import com.billsync.local.runtime.DueIntegrations;
import com.billsync.planner.Planner;
import com.billsync.planner.PlannerApplication;
import com.billsync.runs.SyncMessage;
import com.billsync.runs.SyncPlan;
import com.billsync.store.dynamodb.DynamoIntegrationStore;
import com.billsync.store.dynamodb.TableDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * The planner's fan-out next to its floor. One pass of the production planner ({@link PlannerApplication#wire}:
 * 32 launches in flight, each a conditional claim, the run-record transaction, one {@code SendMessageBatch} of
 * the nine step messages and the {@code enqueued_at} update) over N due integrations; then, on the same queue
 * (purged), a bare loop of the same N {@code SendMessageBatch} calls with the same bodies, 32 in flight.
 */
final class PlannerFanOut {

    record Result(int integrations, long seedMillis, long plannerMillis, int launched, int failed,
                  boolean stoppedEarly, long bareMillis, long messages) {
        double ratio() {
            return (double) plannerMillis / Math.max(1, bareMillis);
        }
    }

    private PlannerFanOut() {
    }

    static Result run(LocalAws aws, int count) throws Exception {
        String table = "billsync-bench-planner";
        TableDefinition.create(aws.dynamoDb(), table);
        QueuePair queue = aws.createQueuePair("bench-planner", 10, Duration.ofMinutes(15));
        AppConfig config = AppConfig.from(Map.of(AppConfig.TABLE_NAME, table, AppConfig.SYNC_QUEUE_URL,
                queue.queueUrl(), AppConfig.BILLCOM_V3_URL, "http://127.0.0.1:9/v3",
                AppConfig.BILLCOM_V2_URL, "http://127.0.0.1:9/v2"));
        AwsClients clients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
        long t0 = System.nanoTime();
        List<String> ids = DueIntegrations.create(new DynamoIntegrationStore(aws.dynamoDb(), table), "b", count,
                Instant.now().minusSeconds(60));
        long seedMillis = (System.nanoTime() - t0) / 1_000_000;

        Planner planner = PlannerApplication.wire(config, clients, Clock.systemUTC());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        Planner.Result pass = planner.plan(() -> Duration.between(Instant.now(), deadline));
        long messages = Long.parseLong(aws.sqs().getQueueAttributes(b -> b.queueUrl(queue.queueUrl())
                .attributeNamesWithStrings("ApproximateNumberOfMessages")).attributesAsStrings()
                .get("ApproximateNumberOfMessages"));

        aws.sqs().purgeQueue(b -> b.queueUrl(queue.queueUrl()));
        long bareMillis = bareLoop(aws, queue.queueUrl(), ids);
        return new Result(count, seedMillis, pass.took().toMillis(), pass.launched(), pass.failed(),
                pass.stoppedEarly(), bareMillis, messages);
    }

    /** One SendMessageBatch of a full run's step messages per integration, as many in flight as the planner. */
    private static long bareLoop(LocalAws aws, String queueUrl, List<String> ids) throws Exception {
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(PlannerApplication.DEFAULT_PARALLELISM)) {
            List<Future<?>> sent = new ArrayList<>();
            for (String id : ids) {
                sent.add(pool.submit(() -> {
                    String runId = "SYbare" + id;
                    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                    List<com.billsync.runs.SyncStep> steps = SyncPlan.FULL.steps();
                    for (int i = 0; i < steps.size(); i++) {
                        SyncMessage m = new SyncMessage(id, runId, SyncPlan.FULL, steps.get(i), i, steps.size());
                        entries.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(m.toJson())
                                .messageGroupId(m.groupId()).messageDeduplicationId(m.deduplicationId()).build());
                    }
                    aws.sqs().sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
