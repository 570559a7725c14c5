package com.billsync.store.dynamodb;

import com.billsync.json.Json;
import com.billsync.ledger.AccountType;
import com.billsync.ledger.Company;
import com.billsync.ledger.LedgerAccount;
import com.billsync.ledger.LedgerEntry;
import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.LedgerRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Companies and ledger records as items, and the transaction items that create a ledger entry. */
final class LedgerItems {

    private LedgerItems() {
    }

    static Map<String, AttributeValue> company(Company c) {
        return Item.key(TableLayout.company(c.id()), TableLayout.META)
                .s(TableLayout.ENTITY, "company")
                .s(TableLayout.GSI1_PK, TableLayout.tenant(c.tenantId()))
                .s(TableLayout.GSI1_SK, TableLayout.company(c.id()))
                .s("company_id", c.id()).s("tenant_id", c.tenantId()).s("name", c.name())
                .s("base_currency", c.baseCurrency()).n(TableLayout.VERSION, c.version())
                .time("created_at", c.createdAt()).time("updated_at", c.updatedAt())
                .build();
    }

    static Company company(Map<String, AttributeValue> item) {
        Read r = new Read(item);
        return new Company(r.s("company_id"), r.s("tenant_id"), r.s("name"), r.s("base_currency"),
                r.n(TableLayout.VERSION), r.time("created_at"), r.time("updated_at"));
    }

    static Map<String, AttributeValue> account(LedgerAccount a) {
        return Item.key(TableLayout.company(a.companyId()), TableLayout.ledger(LedgerKind.ACCOUNT, a.id()))
                .s(TableLayout.ENTITY, "account")
                .s("company_id", a.companyId()).s("id", a.id()).s("number", a.number()).s("name", a.name())
                .s("type", a.type().name()).s("parent_id", a.parentId()).bool("active", a.active())
                .n(TableLayout.VERSION, a.version())
                .time("created_at", a.createdAt()).time("updated_at", a.updatedAt())
                .build();
    }

    static LedgerAccount account(Map<String, AttributeValue> item) {
        Read r = new Read(item);
        return new LedgerAccount(r.s("company_id"), r.s("id"), r.opt("number"), r.s("name"),
                AccountType.valueOf(r.s("type")), r.opt("parent_id"), r.bool("active"), r.n(TableLayout.VERSION),
                r.time("created_at"), r.time("updated_at"));
    }

    static Map<String, AttributeValue> record(LedgerRecord rec) {
        return Item.key(TableLayout.company(rec.companyId()), TableLayout.ledger(rec.kind(), rec.id()))
                .s(TableLayout.ENTITY, rec.kind().slug())
                .s("company_id", rec.companyId()).s("kind", rec.kind().name()).s("id", rec.id())
                .s("name", rec.name()).s("billcom_id", rec.billcomId()).bool("archived", rec.archived())
                .s("attributes", rec.attributes().toString())
                .n(TableLayout.VERSION, rec.version())
                .time("created_at", rec.createdAt()).time("updated_at", rec.updatedAt())
                .build();
    }

    static LedgerRecord record(Map<String, AttributeValue> item) {
        Read r = new Read(item);
        return new LedgerRecord(r.s("company_id"), LedgerKind.valueOf(r.s("kind").toUpperCase(Locale.ROOT)),
                r.s("id"), r.s("name"), r.opt("billcom_id"), r.bool("archived"), attributes(r.s("attributes")),
                r.n(TableLayout.VERSION), r.time("created_at"), r.time("updated_at"));
    }

    static Map<String, AttributeValue> accountNumberGuard(String companyId, String number, String accountId) {
        return Item.key(TableLayout.company(companyId), TableLayout.accountNumber(number))
                .s(TableLayout.ENTITY, "account_number_guard").s("account_id", accountId).build();
    }

    static Map<String, AttributeValue> billcomLookup(String companyId, LedgerKind kind, String billcomId,
                                                     String ledgerId) {
        return Item.key(TableLayout.company(companyId), TableLayout.billcomLookup(kind, billcomId))
                .s(TableLayout.ENTITY, "billcom_lookup").s("ledger_id", ledgerId).build();
    }

    /**
     * The transaction items that create {@code entry}: the entry, its account-number guard (accounts with a
     * number) and its Bill.com lookup (when {@code billcomId} is given), each only if absent. Returns them in
     * that order; {@link Kinds} tells which failed.
     */
    static List<TransactWriteItem> creation(LedgerEntry entry, String billcomId, String table) {
        List<TransactWriteItem> items = new ArrayList<>();
        Map<String, AttributeValue> item = switch (entry) {
            case LedgerAccount a -> account(a);
            case LedgerRecord r -> record(r);
        };
        items.add(putIfAbsent(table, item));
        if (entry instanceof LedgerAccount a && a.number().isPresent()) {
            items.add(putIfAbsent(table, accountNumberGuard(a.companyId(), a.number().get(), a.id())));
        }
        if (billcomId != null) {
            items.add(putIfAbsent(table, billcomLookup(entry.companyId(), entry.kind(), billcomId, entry.id())));
        }
        return items;
    }

    /** What each creation item guards, by position. */
    enum Kinds { ENTRY, NUMBER, BILLCOM }

    static List<Kinds> creationKinds(LedgerEntry entry, String billcomId) {
        List<Kinds> kinds = new ArrayList<>(List.of(Kinds.ENTRY));
        if (entry instanceof LedgerAccount a && a.number().isPresent()) {
            kinds.add(Kinds.NUMBER);
        }
        if (billcomId != null) {
            kinds.add(Kinds.BILLCOM);
        }
        return kinds;
    }

    static TransactWriteItem putIfAbsent(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    private static ObjectNode attributes(String json) {
        try {
            JsonNode node = Json.mapper().readTree(json);
            return node instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
        } catch (JsonProcessingException e) {
            return Json.mapper().createObjectNode();
        }
    }
}
