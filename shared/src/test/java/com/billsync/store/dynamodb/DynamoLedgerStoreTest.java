package com.billsync.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.json.Json;
import com.billsync.ledger.AccountType;
import com.billsync.ledger.LedgerAccount;
import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.LedgerRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamoLedgerStoreTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    private static DynamoLedgerStore store;

    @BeforeAll
    static void createTable() {
        TestTable table = TestTable.create();
        store = new DynamoLedgerStore(table.client(), table.name());
    }

    private static LedgerAccount account(String company, String number) {
        return new LedgerAccount(company, "acct_" + UUID.randomUUID(), Optional.ofNullable(number), "Bank",
                AccountType.BANK, Optional.empty(), true, 1, NOW, NOW);
    }

    private static LedgerRecord vendor(String company, String billcomId) {
        return new LedgerRecord(company, LedgerKind.VENDOR, "ven_" + UUID.randomUUID(), "Acme",
                Optional.ofNullable(billcomId), false, Json.mapper().createObjectNode().put("email", "a@example.com"),
                1, NOW, NOW);
    }

    @Test
    void aSecondAccountWithTheNumberIsRefusedNamingTheHolder() {
        String company = "cmp_" + UUID.randomUUID();
        LedgerAccount first = account(company, "1000");
        store.createAccount(first);

        assertThatThrownBy(() -> store.createAccount(account(company, "1000")))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ACCOUNT_NUMBER_TAKEN);
                    assertThat(e.details()).containsEntry("account_id", first.id());
                });
        assertThat(store.allAccounts(company)).hasSize(1);
    }

    @Test
    void accountsWithoutNumbersDoNotClash() {
        String company = "cmp_" + UUID.randomUUID();
        store.createAccount(account(company, null));
        store.createAccount(account(company, null));

        assertThat(store.allAccounts(company)).hasSize(2);
    }

    @Test
    void anUpdateFromAStaleReadIsAConflict() {
        String company = "cmp_" + UUID.randomUUID();
        LedgerAccount stored = account(company, "1000");
        store.createAccount(stored);
        LedgerAccount renamed = new LedgerAccount(company, stored.id(), stored.number(), "Renamed", stored.type(),
                stored.parentId(), true, 2, NOW, NOW);
        store.updateAccount(stored, renamed);

        assertThatThrownBy(() -> store.updateAccount(stored, renamed))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(store.account(company, stored.id()).orElseThrow().name()).isEqualTo("Renamed");
    }

    @Test
    void reImportingTheSameBillcomRecordReturnsTheExistingRecord() {
        String company = "cmp_" + UUID.randomUUID();
        LedgerRecord first = vendor(company, "00901ABC");
        LedgerRecord again = vendor(company, "00901ABC");

        assertThat(store.createRecord(first)).isEqualTo(first.id());
        assertThat(store.createRecord(again)).isEqualTo(first.id());

        assertThat(store.record(company, LedgerKind.VENDOR, again.id())).isEmpty();
        assertThat(store.idForBillcomId(company, LedgerKind.VENDOR, "00901ABC")).contains(first.id());
        assertThat(store.record(company, LedgerKind.VENDOR, first.id()).orElseThrow().attributes().path("email")
                .asText()).isEqualTo("a@example.com");
    }
}
