package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.domain.PageRequest;
import com.billsync.integration.Integration;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.QueuePair;
import com.billsync.planner.DueIndex;
import com.billsync.planner.Planner;
import com.billsync.planner.PlannerApplication;
import com.billsync.runs.RunTrigger;
import com.billsync.runs.SyncRun;
import com.billsync.simulator.OrgSize;
import com.billsync.store.dynamodb.DynamoDueIndex;
import com.billsync.store.dynamodb.DynamoIntegrationStore;
import com.billsync.store.dynamodb.DynamoRunStore;
import com.billsync.store.dynamodb.TableDefinition;
import com.billsync.sync.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The planner finds due integrations through the due index, claims each once and launches its full run. */
class PlannerTest {

    private final LocalAws aws = LocalAws.shared();

    @Test
    void integrationDueADayAfterItsLastSyncGetsAScheduledFullRun() {
        try (SyncFixture fx = new SyncFixture(61, OrgSize.DEMO)) {
            MappedIntegration it = new MappedIntegration(fx);
            Planner now = PlannerApplication.wire(fx.config, fx.clients, Clock.systemUTC());
            assertThat(now.plan(Deadline.none()).launched()).as("not due yet").isZero();

            Planner tomorrow = PlannerApplication.wire(fx.config, fx.clients,
                    Clock.offset(Clock.systemUTC(), Duration.ofHours(25)));
            Planner.Result result = tomorrow.plan(Deadline.none());
            assertThat(result.launched()).isEqualTo(1);
            fx.drain();
            SyncRun run = fx.stores.runs().latest(it.integrationId).orElseThrow();
            assertThat(run.trigger()).isEqualTo(RunTrigger.SCHEDULE);
            it.assertMatchesTruth(run.runId());
            Integration after = fx.stores.integrations().get(it.integrationId).orElseThrow();
            assertThat(after.nextSyncAt().orElseThrow()).isAfter(Instant.now().plus(Duration.ofHours(48)));
        }
    }

    @Test
    void twoPlannersAtOnceStartEachDueRunOnce() throws Exception {
        Env env = env();
        List<String> ids = DueIntegrations.create(env.integrations, "twice", 60, Instant.now().minusSeconds(60));
        Planner a = PlannerApplication.wire(env.config, env.clients, Clock.systemUTC());
        Planner b = PlannerApplication.wire(env.config, env.clients, Clock.systemUTC());
        CompletableFuture<Planner.Result> first = CompletableFuture.supplyAsync(() -> a.plan(Deadline.none()));
        CompletableFuture<Planner.Result> second = CompletableFuture.supplyAsync(() -> b.plan(Deadline.none()));
        assertThat(first.get().launched() + second.get().launched()).isEqualTo(ids.size());
        for (String id : ids) {
            assertThat(env.runs.list(id, PageRequest.first(10)).items()).as(id).hasSize(1);
        }
        assertThat(env.messages()).isEqualTo(9L * ids.size());
        assertThat(PlannerApplication.wire(env.config, env.clients, Clock.systemUTC()).plan(Deadline.none()).due())
                .as("nothing due any more").isZero();
    }

    @Test
    void aDueIntegrationIsClaimedByOnePlannerOnly() {
        Env env = env();
        DueIntegrations.create(env.integrations, "claim", 1, Instant.now().minusSeconds(60));
        DynamoDueIndex index = new DynamoDueIndex(aws.dynamoDb(), env.config.tableName());
        DueIndex.Due due = index.shards().stream()
                .flatMap(shard -> index.due(shard, Instant.now(), 10, Optional.empty()).due().stream())
                .findFirst().orElseThrow();
        Instant lease = Instant.now().plus(Planner.LEASE);
        assertThat(index.claim(due, lease)).isTrue();
        assertThat(index.claim(due, lease)).as("the same sighting, claimed again").isFalse();
    }

    @Test
    void integrationWithARunStillActiveIsLeftForLater() {
        Env env = env();
        String id = DueIntegrations.create(env.integrations, "busy", 1, Instant.now().minusSeconds(60)).get(0);
        Planner planner = PlannerApplication.wire(env.config, env.clients, Clock.systemUTC());
        assertThat(planner.plan(Deadline.none()).launched()).isEqualTo(1);
        // Still running a day later: the planner claims it, cannot start a second run, and leaves it a lease.
        Planner later = PlannerApplication.wire(env.config, env.clients,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(25)));
        Planner.Result result = later.plan(Deadline.none());
        assertThat(result.notStarted()).isEqualTo(1);
        assertThat(env.runs.list(id, PageRequest.first(10)).items()).hasSize(1);
        assertThat(later.plan(Deadline.none()).due()).as("leased, not due again at once").isZero();
    }

    private record Env(AppConfig config, AwsClients clients, DynamoIntegrationStore integrations,
                       DynamoRunStore runs, QueuePair queue, LocalAws aws) {
        long messages() {
            Map<QueueAttributeName, String> a = aws.sqs().getQueueAttributes(b -> b.queueUrl(queue.queueUrl())
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes();
            return Long.parseLong(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        }
    }

    private Env env() {
        String table = "billsync-planner-" + UUID.randomUUID();
        TableDefinition.create(aws.dynamoDb(), table);
        QueuePair queue = aws.createQueuePair("plan-" + UUID.randomUUID().toString().substring(0, 8), 10,
                Duration.ofSeconds(30));
        AppConfig config = AppConfig.from(Map.of(AppConfig.TABLE_NAME, table, AppConfig.SYNC_QUEUE_URL,
                queue.queueUrl(), AppConfig.BILLCOM_V3_URL, "http://127.0.0.1:9/v3", AppConfig.BILLCOM_V2_URL,
                "http://127.0.0.1:9/v2"));
        AwsClients clients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
        return new Env(config, clients, new DynamoIntegrationStore(aws.dynamoDb(), table),
                new DynamoRunStore(aws.dynamoDb(), table), queue, aws);
    }
}
