package com.billsync.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.billsync.integration.CoaAlignmentMode;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoIntegrationStoreTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    private static TestTable table;
    private static DynamoIntegrationStore store;

    @BeforeAll
    static void createTable() {
        table = TestTable.create();
        store = new DynamoIntegrationStore(table.client(), table.name());
    }

    static Integration integration(String company) {
        String id = "int_" + UUID.randomUUID();
        return new Integration(id, "tenant-a", company, IntegrationStatus.PENDING, Optional.empty(), "00801ABC",
                Optional.empty(), true, CoaAlignmentMode.PREVIEW, "billsync/integrations/" + id + "/credentials",
                "billsync/integrations/" + id + "/session", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), NOW, NOW, 1);
    }

    @Test
    void aCompanyHoldsOneIntegrationAtATime() {
        String company = "cmp_" + UUID.randomUUID();
        Integration first = integration(company);
        store.create(first);

        assertThatThrownBy(() -> store.create(integration(company)))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_EXISTS);
                    assertThat(e.details()).containsEntry("integration_id", first.id());
                });
        assertThat(store.currentForCompany(company)).map(Integration::id).contains(first.id());
    }

    @Test
    void anUpdateBasedOnAStaleVersionLosesWithConflict() {
        Integration stored = integration("cmp_" + UUID.randomUUID());
        store.create(stored);
        Integration mine = stored.toBuilder().displayName(Optional.of("mine")).build(NOW);
        Integration theirs = stored.toBuilder().displayName(Optional.of("theirs")).build(NOW);

        store.update(stored, theirs);

        assertThatThrownBy(() -> store.update(stored, mine))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(store.get(stored.id()).orElseThrow().displayName()).contains("theirs");
    }

    @Test
    void disconnectingReleasesTheCompanyForANewIntegration() {
        String company = "cmp_" + UUID.randomUUID();
        Integration stored = integration(company);
        store.create(stored);

        store.disconnect(stored, stored.toBuilder().status(IntegrationStatus.DISCONNECTED).build(NOW));

        assertThat(store.currentForCompany(company)).isEmpty();
        store.create(integration(company));
        assertThat(store.list("tenant-a", Optional.of(company), PageRequest.firstDefault()).items()).hasSize(2);
    }

    @Test
    void schedulingPutsTheIntegrationIntoTheDueIndexAndOutAgain() {
        Integration stored = integration("cmp_" + UUID.randomUUID());
        store.create(stored);
        Instant due = Instant.parse("2026-01-11T10:00:00Z");

        store.schedule(stored.id(), true, due);
        assertThat(dueIds()).contains(stored.id());
        assertThat(store.get(stored.id()).orElseThrow().nextSyncAt()).contains(due);

        store.schedule(stored.id(), false, due);
        assertThat(dueIds()).doesNotContain(stored.id());
    }

    private static java.util.List<String> dueIds() {
        return TableLayout.dueShards().stream().flatMap(shard -> table.client().query(b -> b.tableName(table.name())
                        .indexName(TableLayout.DUE_INDEX)
                        .keyConditionExpression("due_shard = :s AND next_sync_at <= :now")
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(shard),
                                ":now", AttributeValue.fromS("2026-01-12T00:00:00Z"))))
                .items().stream())
                .map(item -> item.get(TableLayout.PK).s().substring("INTEG#".length()))
                .toList();
    }
}
