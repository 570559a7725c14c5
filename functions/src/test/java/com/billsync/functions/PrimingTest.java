package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.billsync.billcom.BillcomConfig;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.planner.PlannerApplication;
import com.billsync.worker.WorkerApplication;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SnapStart priming hooks run a warm-up before the snapshot; it must not call AWS or Bill.com nor write
 * anything, because whatever it did would be done once and then restored many times.
 */
class PrimingTest {

    private final ApiFixture fixture = ApiFixture.create();

    @Test
    void apiPrimingWritesNothingAndSendsNothing() {
        fixture.handler.priming().primeNow();

        assertNothingWritten();
    }

    @Test
    void workerAndPlannerPrimingTouchNoServiceAtAll() {
        // Bill.com on a port nobody listens on: any call the warm-up made would fail and be logged, not hidden.
        BillcomConfig nowhere = BillcomConfig.of(URI.create("http://127.0.0.1:9/v3"), URI.create("http://127.0.0.1:9/v2"));
        AppConfig config = AppConfig.from(Map.of(AppConfig.TABLE_NAME, fixture.tableName,
                AppConfig.SYNC_QUEUE_URL, fixture.queue.queueUrl(),
                AppConfig.BILLCOM_V3_URL, nowhere.v3BaseUrl().toString(),
                AppConfig.BILLCOM_V2_URL, nowhere.v2BaseUrl().toString()));
        AwsClients clients = new AwsClients(fixture.aws.dynamoDb(), fixture.aws.sqs(), fixture.aws.secretsManager());
        WorkerHandler worker = new WorkerHandler(WorkerApplication.wire(config, clients, nowhere, Clock.systemUTC(),
                Duration.ofSeconds(5), Duration.ofSeconds(1)));
        PlannerHandler planner = new PlannerHandler(PlannerApplication.wire(config, clients, Clock.systemUTC()));

        assertThatCode(() -> {
            worker.priming().primeNow();
            planner.priming().primeNow();
        }).doesNotThrowAnyException();
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(fixture.aws.dynamoDb().scan(b -> b.tableName(fixture.tableName)).count()).isZero();
        assertThat(fixture.drainQueue()).isEmpty();
    }
}
