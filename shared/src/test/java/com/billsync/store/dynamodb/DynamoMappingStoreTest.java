package com.billsync.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.json.Json;
import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.LedgerRecord;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.Mapping;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamoMappingStoreTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    private static DynamoMappingStore store;
    private static DynamoLedgerStore ledger;

    @BeforeAll
    static void createTable() {
        TestTable table = TestTable.create();
        store = new DynamoMappingStore(table.client(), table.name());
        ledger = new DynamoLedgerStore(table.client(), table.name());
    }

    private static Mapping mapping(String integration, String billcomId, String ledgerId) {
        return new Mapping(integration, BillcomKind.VENDORS, billcomId, ledgerId, NOW);
    }

    @Test
    void aMappingIsReadableBothWays() {
        String integration = "int_" + UUID.randomUUID();
        store.map(mapping(integration, "009A", "ven_1"), Optional.empty());

        assertThat(store.byBillcomId(integration, BillcomKind.VENDORS, "009A")).map(Mapping::ledgerId)
                .contains("ven_1");
        assertThat(store.byLedgerId(integration, BillcomKind.VENDORS, "ven_1")).map(Mapping::billcomId)
                .contains("009A");
        assertThat(store.byBillcomIds(integration, BillcomKind.VENDORS, List.of("009A", "009Z"))).containsOnlyKeys(
                "009A");
    }

    @Test
    void aLedgerRecordMapsToOneRowOfAKind() {
        String integration = "int_" + UUID.randomUUID();
        store.map(mapping(integration, "009A", "ven_1"), Optional.empty());

        assertThatThrownBy(() -> store.map(mapping(integration, "009B", "ven_1"), Optional.empty()))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_MAPPED);
                    assertThat(e.details()).containsEntry("external_id", "009A");
                });
        assertThat(store.byBillcomId(integration, BillcomKind.VENDORS, "009B")).isEmpty();
    }

    @Test
    void remappingARowReleasesItsPreviousLedgerRecord() {
        String integration = "int_" + UUID.randomUUID();
        Mapping first = mapping(integration, "009A", "ven_1");
        store.map(first, Optional.empty());

        store.map(mapping(integration, "009A", "ven_2"), Optional.of(first));

        assertThat(store.byLedgerId(integration, BillcomKind.VENDORS, "ven_1")).isEmpty();
        store.map(mapping(integration, "009B", "ven_1"), Optional.empty());
        assertThat(store.all(integration, BillcomKind.VENDORS)).hasSize(2);
    }

    @Test
    void mappingFromAStaleReadIsAConflict() {
        String integration = "int_" + UUID.randomUUID();
        store.map(mapping(integration, "009A", "ven_1"), Optional.empty());

        assertThatThrownBy(() -> store.map(mapping(integration, "009A", "ven_2"), Optional.empty()))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void unmapRemovesBothDirections() {
        String integration = "int_" + UUID.randomUUID();
        Mapping m = mapping(integration, "009A", "ven_1");
        store.map(m, Optional.empty());

        store.unmap(m);

        assertThat(store.any(integration, BillcomKind.VENDORS)).isFalse();
        assertThat(store.byLedgerId(integration, BillcomKind.VENDORS, "ven_1")).isEmpty();
    }

    @Test
    void createAndMapWritesTheRecordItsBillcomLookupAndTheMapping() {
        String integration = "int_" + UUID.randomUUID();
        String company = "cmp_" + UUID.randomUUID();
        LedgerRecord vendor = new LedgerRecord(company, LedgerKind.VENDOR, "ven_" + UUID.randomUUID(), "Acme",
                Optional.of("009A"), false, Json.mapper().createObjectNode(), 1, NOW, NOW);

        store.createAndMap(mapping(integration, "009A", vendor.id()), vendor, "009A");

        assertThat(ledger.record(company, LedgerKind.VENDOR, vendor.id())).isPresent();
        assertThat(ledger.idForBillcomId(company, LedgerKind.VENDOR, "009A")).contains(vendor.id());
        assertThat(store.byLedgerId(integration, BillcomKind.VENDORS, vendor.id())).isPresent();
        assertThatThrownBy(() -> store.createAndMap(mapping(integration, "009A", "ven_other"), vendor, "009A"))
                .isInstanceOf(ServiceException.class);
    }
}
