package com.billsync.billcom;

import com.billsync.billcom.model.V2Bill;
import com.billsync.billcom.model.V2SentPay;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The legacy v2 calls billsync still needs: bills (approval status where v3 lacks it) and sent payments (the GL
 * account v3 payments lack). v2 has its own session, logged in through {@code Login.json} on first use.
 */
public final class BillcomV2 {

    private final Connection connection;
    private final Supplier<ReauthBudget> budgets;

    BillcomV2(Connection connection, Supplier<ReauthBudget> budgets) {
        this.connection = connection;
        this.budgets = budgets;
    }

    public PageIterator<V2Bill> listBills(V2ListQuery query) {
        return listBills(query, ListCheckpoint.start(query.cursorValue()));
    }

    public PageIterator<V2Bill> listBills(V2ListQuery query, ListCheckpoint from) {
        return list("/List/Bill.json", "v2 bills", V2Bill.class, query, from);
    }

    public V2Bill readBill(String id) {
        return read("/Crud/Read/Bill.json", id, V2Bill.class);
    }

    public PageIterator<V2SentPay> listSentPays(V2ListQuery query) {
        return listSentPays(query, ListCheckpoint.start(query.cursorValue()));
    }

    public PageIterator<V2SentPay> listSentPays(V2ListQuery query, ListCheckpoint from) {
        return list("/List/SentPay.json", "v2 sent pays", V2SentPay.class, query, from);
    }

    public V2SentPay readSentPay(String id) {
        return read("/Crud/Read/SentPay.json", id, V2SentPay.class);
    }

    private <T> T read(String path, String id, Class<T> type) {
        JsonNode data = connection.v2(budgets.get(), path, BillcomJson.MAPPER.createObjectNode().put("id", id),
                Call.Safety.SAFE);
        return BillcomJson.mapOrThrow(data, type, "POST /v2" + path);
    }

    /** The page token of a v2 listing is the next {@code start} offset; a short page is the last. */
    private <T> PageIterator<T> list(String path, String name, Class<T> type, V2ListQuery query, ListCheckpoint from) {
        V2ListQuery effective = query.atCursor(from.cursorValue());
        ReauthBudget budget = budgets.get();
        return new PageIterator<>(name, token -> {
            int start = token == null ? 0 : parseStart(token);
            JsonNode data = connection.v2(budget, path, effective.toData(start), Call.Safety.SAFE);
            if (!data.isArray()) {
                throw new BillcomException.InvalidResponse("POST /v2" + path + ": response_data is not a list", null);
            }
            List<JsonNode> results = new ArrayList<>(data.size());
            data.forEach(results::add);
            String next = results.size() < effective.pageSize() ? null : Integer.toString(start + results.size());
            return new PageIterator.RawPage(results, next);
        }, type, new ListCheckpoint(from.pageToken(), effective.cursorValue()));
    }

    private static int parseStart(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a v2 page token: " + token, e);
        }
    }
}
