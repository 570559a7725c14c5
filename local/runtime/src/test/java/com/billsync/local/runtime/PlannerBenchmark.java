package com.billsync.local.runtime;

import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.LocalAwsOptions;
import com.billsync.local.aws.QueuePair;
import com.billsync.planner.Planner;
import com.billsync.planner.PlannerApplication;
import com.billsync.store.dynamodb.DynamoIntegrationStore;
import com.billsync.store.dynamodb.TableDefinition;
import com.billsync.sync.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * How long one planner pass takes for N due integrations (default 10,000) on the local stand-ins: the
 * integrations are written as connected and due, then one {@link Planner} pass (the production wiring, within
 * the planner function's 120 s timeout as its deadline) claims and launches them all. Prints the figure; not a
 * test. Run it with {@code benchmarks/planner.sh}.
 */
public final class PlannerBenchmark {

    private PlannerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (LocalAws aws = LocalAws.start(LocalAwsOptions.builder().build())) {
            String table = "billsync-bench";
            TableDefinition.create(aws.dynamoDb(), table);
            QueuePair queue = aws.createQueuePair("bench", 10, Duration.ofMinutes(15));
            AppConfig config = AppConfig.from(Map.of(AppConfig.TABLE_NAME, table, AppConfig.SYNC_QUEUE_URL,
                    queue.queueUrl(), AppConfig.BILLCOM_V3_URL, "http://127.0.0.1:9/v3",
                    AppConfig.BILLCOM_V2_URL, "http://127.0.0.1:9/v2"));
            AwsClients clients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
            DynamoIntegrationStore store = new DynamoIntegrationStore(aws.dynamoDb(), table);

            long t0 = System.nanoTime();
            DueIntegrations.create(store, "b", count, Instant.now().minusSeconds(60));
            System.out.printf("seeded %d due integrations in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);

            Planner planner = PlannerApplication.wire(config, clients, Clock.systemUTC());
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            Planner.Result result = planner.plan(() -> Duration.between(Instant.now(), deadline));
            String messages = aws.sqs().getQueueAttributes(b -> b.queueUrl(queue.queueUrl())
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                    .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
            System.out.printf("planner pass: %d due, %d launched, %d failed, stopped early: %s, %d ms "
                            + "(%.0f integrations/s); %s step messages in the queue%n",
                    result.due(), result.launched(), result.failed(), result.stoppedEarly(), result.took().toMillis(),
                    result.launched() * 1000.0 / Math.max(1, result.took().toMillis()), messages);
            Planner.Result again = planner.plan(Deadline.none());
            System.out.printf("second pass right after: %d due (%d ms)%n", again.due(), again.took().toMillis());
        }
        // DynamoDB Local's SQLite thread is not a daemon thread: end the JVM explicitly.
        System.exit(0);
    }
}
