package com.billsync.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationStatus;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorStore;
import com.billsync.runs.ErrorEntry;
import com.billsync.runs.ErrorFilter;
import com.billsync.runs.ErrorStatus;
import com.billsync.runs.RunStatus;
import com.billsync.runs.RunTrigger;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncRun;
import com.billsync.runs.SyncStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoRunAndLogStoresTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    private static TestTable table;
    private static DynamoIntegrationStore integrations;
    private static DynamoRunStore runs;
    private static DynamoErrorLogStore errors;
    private static DynamoMirrorStore mirror;

    @BeforeAll
    static void createTable() {
        table = TestTable.create();
        integrations = new DynamoIntegrationStore(table.client(), table.name());
        runs = new DynamoRunStore(table.client(), table.name());
        errors = new DynamoErrorLogStore(table.client(), table.name(), Duration.ofDays(90));
        mirror = new DynamoMirrorStore(table.client(), table.name(), Clock.systemUTC());
    }

    private static Integration connected() {
        Integration pending = DynamoIntegrationStoreTest.integration("cmp_" + UUID.randomUUID());
        integrations.create(pending);
        Integration connected = pending.toBuilder().status(IntegrationStatus.CONNECTED).build(NOW);
        integrations.update(pending, connected);
        return connected;
    }

    private static SyncRun run(Integration i, String runId, SyncPlan plan, RunTrigger trigger) {
        return SyncRun.queued(i.id(), runId, plan, trigger, NOW);
    }

    @Test
    void anIntegrationHasOneActiveRunUntilItFinishes() {
        Integration i = connected();
        runs.launch(run(i, "SY01A", SyncPlan.SEED, RunTrigger.CONNECT), NOW.plusSeconds(86_400));

        assertThatThrownBy(() -> runs.launch(run(i, "SY01B", SyncPlan.FULL, RunTrigger.MANUAL), NOW))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SYNC_IN_PROGRESS);
                    assertThat(e.details()).containsEntry("run_id", "SY01A");
                });
        assertThat(runs.get(i.id(), "SY01B")).isEmpty();

        runs.finish(i.id(), "SY01A", RunStatus.COMPLETED, NOW);
        runs.launch(run(i, "SY01B", SyncPlan.FULL, RunTrigger.MANUAL), NOW);

        assertThat(runs.list(i.id(), PageRequest.firstDefault()).items()).extracting(SyncRun::runId)
                .containsExactly("SY01B", "SY01A");
        Integration stored = integrations.get(i.id()).orElseThrow();
        assertThat(stored.seedRunId()).contains("SY01A");
        assertThat(stored.activeRunId()).contains("SY01B");
        assertThat(stored.version()).isEqualTo(i.version());
    }

    @Test
    void aRunCannotStartForAnIntegrationThatIsNotConnected() {
        Integration pending = DynamoIntegrationStoreTest.integration("cmp_" + UUID.randomUUID());
        integrations.create(pending);

        assertThatThrownBy(() -> runs.launch(run(pending, "SY01C", SyncPlan.SEED, RunTrigger.CONNECT), NOW))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONNECTED));
    }

    @Test
    void theConnectSeedIsRecordedOnce() {
        Integration i = connected();
        runs.launch(run(i, "SY01D", SyncPlan.SEED, RunTrigger.CONNECT), NOW);
        runs.finish(i.id(), "SY01D", RunStatus.COMPLETED, NOW);

        assertThatThrownBy(() -> runs.launch(run(i, "SY01E", SyncPlan.SEED, RunTrigger.CONNECT), NOW))
                .isInstanceOf(ServiceException.class);
        runs.launch(run(i, "SY01F", SyncPlan.SEED, RunTrigger.MANUAL), NOW);
        assertThat(integrations.get(i.id()).orElseThrow().seedRunId()).contains("SY01D");
    }

    @Test
    void loggingTheSameProblemTwiceInARunKeepsOneEntryWithAnExpiry() {
        String integration = "int_" + UUID.randomUUID();
        ErrorEntry entry = ErrorEntry.inRun(integration, "SY01G", ErrorStatus.FAILED, "VENDOR_NOT_MAPPED", "m",
                SyncStep.BILLS, Optional.of("bill"), Optional.of("00n1"), NOW);

        errors.append(entry);
        errors.append(entry);

        assertThat(errors.list(integration, ErrorFilter.none(), PageRequest.firstDefault()).items()).hasSize(1);
        Map<String, AttributeValue> item = table.client().getItem(b -> b.tableName(table.name())
                .key(Map.of("pk", AttributeValue.fromS(TableLayout.integration(integration)),
                        "sk", AttributeValue.fromS(TableLayout.error(entry.id()))))).item();
        assertThat(Long.parseLong(item.get(TableLayout.EXPIRES_AT).n()))
                .isEqualTo(NOW.plus(Duration.ofDays(90)).getEpochSecond());
    }

    @Test
    void aMirrorUpsertWithTheSameHashWritesNothing() {
        String integration = "int_" + UUID.randomUUID();

        assertThat(mirror.upsert(integration, BillcomKind.VENDORS, "009A", "h1", "{\"id\":\"009A\"}"))
                .isEqualTo(MirrorStore.Outcome.CREATED);
        assertThat(mirror.upsert(integration, BillcomKind.VENDORS, "009A", "h1", "{\"id\":\"009A\"}"))
                .isEqualTo(MirrorStore.Outcome.UNCHANGED);
        assertThat(mirror.upsert(integration, BillcomKind.VENDORS, "009A", "h2", "{\"id\":\"009A\",\"x\":1}"))
                .isEqualTo(MirrorStore.Outcome.UPDATED);
        assertThat(mirror.get(integration, BillcomKind.VENDORS, "009A").orElseThrow().hash()).isEqualTo("h2");
    }
}
