package com.billsync.planner;

import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.domain.Ids;
import com.billsync.queue.SqsSyncQueue;
import com.billsync.runs.RunLauncher;
import com.billsync.store.dynamodb.DynamoDueIndex;
import com.billsync.store.dynamodb.DynamoRunStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** The planner function's composition root: config and AWS clients in, a {@link Planner} out. */
public final class PlannerApplication {

    /** Launches in flight at once: each is a few DynamoDB and SQS calls, mostly waiting on the network. */
    public static final int DEFAULT_PARALLELISM = 32;
    /** Stop starting launches when less than this remains of the invocation. */
    public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(20);

    private PlannerApplication() {
    }

    public static Planner fromEnvironment() {
        return wire(AppConfig.fromEnvironment(), AwsClients.fromEnvironment(), Clock.systemUTC());
    }

    public static Planner wire(AppConfig config, AwsClients aws, Clock clock) {
        Objects.requireNonNull(config, "config");
        RunLauncher launcher = new RunLauncher(new DynamoRunStore(aws.dynamoDb(), config.tableName()),
                new SqsSyncQueue(aws.sqs(), config.syncQueueUrl()), new Ids(clock, new SecureRandom()), clock);
        return new Planner(new DynamoDueIndex(aws.dynamoDb(), config.tableName()), launcher, clock,
                DEFAULT_PARALLELISM, DEFAULT_MARGIN);
    }
}
