package com.billsync.store.dynamodb;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.billsync.ledger.Company;
import com.billsync.ledger.LedgerAccount;
import com.billsync.ledger.LedgerEntry;
import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.LedgerRecord;
import com.billsync.ledger.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** {@link LedgerStore} on the table. */
public final class DynamoLedgerStore implements LedgerStore {

    private final DynamoTable table;

    public DynamoLedgerStore(DynamoDbClient client, String tableName) {
        this.table = new DynamoTable(client, tableName);
    }

    @Override
    public void createCompany(Company company) {
        try {
            table.client().putItem(b -> b.tableName(table.name()).item(LedgerItems.company(company))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            throw ServiceException.conflict();
        }
    }

    @Override
    public Optional<Company> company(String companyId) {
        return table.get(TableLayout.company(companyId), TableLayout.META).map(LedgerItems::company);
    }

    @Override
    public Page<Company> companies(String tenantId, PageRequest page) {
        return table.page(DynamoTable.Query.gsi1(TableLayout.tenant(tenantId), TableLayout.companyIndexPrefix()),
                page).map(LedgerItems::company);
    }

    @Override
    public void createAccount(LedgerAccount account) {
        create(account, null);
    }

    @Override
    public Optional<LedgerAccount> account(String companyId, String accountId) {
        return table.get(TableLayout.company(companyId), TableLayout.ledger(LedgerKind.ACCOUNT, accountId))
                .map(LedgerItems::account);
    }

    @Override
    public Page<LedgerAccount> accounts(String companyId, PageRequest page) {
        return table.page(DynamoTable.Query.table(TableLayout.company(companyId),
                TableLayout.ledgerPrefix(LedgerKind.ACCOUNT), true), page).map(LedgerItems::account);
    }

    @Override
    public List<LedgerAccount> allAccounts(String companyId) {
        return table.all(TableLayout.company(companyId), TableLayout.ledgerPrefix(LedgerKind.ACCOUNT)).stream()
                .map(LedgerItems::account).toList();
    }

    @Override
    public void updateAccount(LedgerAccount previous, LedgerAccount updated) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(LedgerItems.account(updated))
                .conditionExpression("#v = :v")
                .expressionAttributeNames(Map.of("#v", TableLayout.VERSION))
                .expressionAttributeValues(Map.of(":v", Item.n(previous.version())))
                .build()).build());
        boolean numberChanged = !previous.number().equals(updated.number());
        if (numberChanged) {
            previous.number().ifPresent(old -> items.add(TransactWriteItem.builder().delete(Delete.builder()
                    .tableName(table.name()).key(Item.keyOf(TableLayout.company(previous.companyId()),
                            TableLayout.accountNumber(old))).build()).build()));
            updated.number().ifPresent(number -> items.add(LedgerItems.putIfAbsent(table.name(),
                    LedgerItems.accountNumberGuard(updated.companyId(), number, updated.id()))));
        }
        List<Integer> failed = table.transact(items);
        if (failed.contains(0)) {
            throw ServiceException.conflict();
        }
        if (!failed.isEmpty()) {
            throw numberTaken(updated.companyId(), updated.number().orElseThrow());
        }
    }

    @Override
    public String createRecord(LedgerRecord record) {
        return create(record, record.billcomId().orElse(null));
    }

    @Override
    public Optional<LedgerRecord> record(String companyId, LedgerKind kind, String id) {
        if (kind == LedgerKind.ACCOUNT) {
            return Optional.empty();
        }
        return table.get(TableLayout.company(companyId), TableLayout.ledger(kind, id)).map(LedgerItems::record);
    }

    @Override
    public Page<LedgerRecord> records(String companyId, LedgerKind kind, PageRequest page) {
        return table.page(DynamoTable.Query.table(TableLayout.company(companyId), TableLayout.ledgerPrefix(kind),
                true), page).map(LedgerItems::record);
    }

    @Override
    public Optional<String> idForBillcomId(String companyId, LedgerKind kind, String billcomId) {
        return table.get(TableLayout.company(companyId), TableLayout.billcomLookup(kind, billcomId))
                .map(item -> new Read(item).s("ledger_id"));
    }

    private String create(LedgerEntry entry, String billcomId) {
        List<LedgerItems.Kinds> kinds = LedgerItems.creationKinds(entry, billcomId);
        List<Integer> failed = table.transact(LedgerItems.creation(entry, billcomId, table.name()));
        if (failed.isEmpty()) {
            return entry.id();
        }
        LedgerItems.Kinds first = kinds.get(failed.get(0));
        return switch (first) {
            case BILLCOM -> idForBillcomId(entry.companyId(), entry.kind(), billcomId)
                    .orElseThrow(ServiceException::conflict);
            case NUMBER -> throw numberTaken(entry.companyId(), ((LedgerAccount) entry).number().orElseThrow());
            case ENTRY -> throw ServiceException.conflict();
        };
    }

    ServiceException numberTaken(String companyId, String number) {
        Optional<String> holder = table.get(TableLayout.company(companyId), TableLayout.accountNumber(number))
                .map(item -> item.get("account_id")).map(AttributeValue::s);
        return new ServiceException(ErrorCode.ACCOUNT_NUMBER_TAKEN, "Another account of the company has number "
                + number + ".", holder.<Map<String, Object>>map(id -> Map.of("number", number, "account_id", id))
                .orElse(Map.of("number", number)));
    }
}
