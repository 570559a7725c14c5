package com.billsync.billcom;

import com.billsync.billcom.model.ChartOfAccount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chart-of-accounts writes under {@code /classifications/chart-of-accounts}. Creates are never repeated after
 * an uncertain failure (they could duplicate a row); patch, archive and restore are idempotent and retried.
 * Bulk responses are read whether they come wrapped ({@code {"chartOfAccounts":[…]}}) or bare.
 */
public final class ChartOfAccountsWriter {

    private static final String BASE = "/classifications/chart-of-accounts";

    private final Connection connection;
    private final Supplier<ReauthBudget> budgets;

    ChartOfAccountsWriter(Connection connection, Supplier<ReauthBudget> budgets) {
        this.connection = connection;
        this.budgets = budgets;
    }

    public ChartOfAccount create(NewChartOfAccount account) {
        JsonNode body = BillcomJson.MAPPER.valueToTree(account);
        return one(connection.v3(budgets.get(), "POST", BASE, null, BASE, body, Call.Safety.UNSAFE), "create");
    }

    public ChartOfAccount patch(ChartOfAccountPatch patch) {
        return one(connection.v3(budgets.get(), "PATCH", BASE + "/" + ListQuery.encode(patch.id()), null,
                BASE + "/{id}", patch.toJson(false), Call.Safety.IDEMPOTENT), "patch");
    }

    /** Archives a row; archiving an archived row changes nothing. */
    public ChartOfAccount archive(String id) {
        return one(connection.v3(budgets.get(), "POST", BASE + "/" + ListQuery.encode(id) + "/archive", null,
                BASE + "/{id}/archive", null, Call.Safety.IDEMPOTENT), "archive");
    }

    /** Restores an archived row; restoring an active row changes nothing. */
    public ChartOfAccount restore(String id) {
        return one(connection.v3(budgets.get(), "POST", BASE + "/" + ListQuery.encode(id) + "/restore", null,
                BASE + "/{id}/restore", null, Call.Safety.IDEMPOTENT), "restore");
    }

    public List<ChartOfAccount> bulkCreate(List<NewChartOfAccount> accounts) {
        JsonNode body = BillcomJson.MAPPER.valueToTree(accounts);
        return many(connection.v3(budgets.get(), "POST", BASE + "/bulk", null, BASE + "/bulk", body,
                Call.Safety.UNSAFE), "bulk create");
    }

    public List<ChartOfAccount> bulkPatch(List<ChartOfAccountPatch> patches) {
        ArrayNode body = BillcomJson.MAPPER.createArrayNode();
        patches.forEach(p -> body.add(p.toJson(true)));
        return many(connection.v3(budgets.get(), "PATCH", BASE + "/bulk", null, BASE + "/bulk", body,
                Call.Safety.IDEMPOTENT), "bulk patch");
    }

    public List<ChartOfAccount> bulkArchive(List<String> ids) {
        return many(connection.v3(budgets.get(), "POST", BASE + "/bulk/archive", idsQuery(ids),
                BASE + "/bulk/archive", null, Call.Safety.IDEMPOTENT), "bulk archive");
    }

    public List<ChartOfAccount> bulkRestore(List<String> ids) {
        return many(connection.v3(budgets.get(), "POST", BASE + "/bulk/restore", idsQuery(ids),
                BASE + "/bulk/restore", null, Call.Safety.IDEMPOTENT), "bulk restore");
    }

    private static String idsQuery(List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ids");
        }
        return "ids=" + ListQuery.encode(ids.stream().collect(Collectors.joining(",")));
    }

    private static ChartOfAccount one(JsonNode node, String what) {
        return BillcomJson.mapOrThrow(node, ChartOfAccount.class, "chart of accounts " + what);
    }

    private static List<ChartOfAccount> many(JsonNode node, String what) {
        JsonNode array = node;
        if (node.isObject()) {
            array = node.get("chartOfAccounts");
            for (Iterator<JsonNode> it = node.elements(); array == null && it.hasNext(); ) {
                JsonNode candidate = it.next();
                if (candidate.isArray()) {
                    array = candidate;
                }
            }
        }
        if (array == null || !array.isArray()) {
            throw new BillcomException.InvalidResponse("chart of accounts " + what + ": no list of accounts", null);
        }
        List<ChartOfAccount> result = new ArrayList<>(array.size());
        array.forEach(n -> result.add(one(n, what)));
        return result;
    }
}
