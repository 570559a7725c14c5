package com.billsync.local.runtime.cli;

import com.billsync.json.Json;
import com.billsync.ledger.AccountType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps what the seed pulled, the way a bookkeeper would at setup, through the mapping routes: Bill.com accounts to
 * ledger accounts of the same number and type, funding accounts to the ledger bank or card account mapped to the
 * chart row Bill.com posts them to, vendors to ledger vendors of the same name; every other row gets its ledger
 * record created from it.
 */
final class AutoMapper {

    /** The kinds the seed pulls, in the order a person would map them (parents of accounts first). */
    static final List<String> KINDS = List.of("accounts", "funding-accounts", "vendors", "items", "departments",
            "jobs", "locations", "accounting-classes", "employees");

    /** What mapping one kind did. */
    record Outcome(String kind, int matched, int created, int alreadyMapped) {
        int total() {
            return matched + created + alreadyMapped;
        }
    }

    private final ApiClient api;
    private final String companyId;
    private final String integrationPath;

    AutoMapper(ApiClient api, String companyId, String integrationId) {
        this.api = api;
        this.companyId = companyId;
        this.integrationPath = "/api/integrations/bill_com/" + integrationId + "/";
    }

    List<Outcome> mapAll() {
        List<Outcome> outcomes = new ArrayList<>();
        for (String kind : KINDS) {
            outcomes.add(switch (kind) {
                case "accounts" -> accounts();
                case "funding-accounts" -> fundingAccounts();
                case "vendors" -> byName(kind, ledgerRecordsByName("vendors"));
                default -> byName(kind, Map.of());
            });
        }
        return outcomes;
    }

    /** By number and type; rows are created parents first, so a created child finds its parent mapped. */
    private Outcome accounts() {
        Map<String, String> ledgerByNumberAndType = new HashMap<>();
        for (JsonNode account : api.all("/api/companies/" + companyId + "/accounts/")) {
            if (account.hasNonNull("number") && account.path("active").asBoolean(true)) {
                ledgerByNumberAndType.put(account.get("number").asText() + "|" + account.path("type").asText(),
                        account.get("id").asText());
            }
        }
        List<JsonNode> rows = rows("accounts");
        Set<String> done = new HashSet<>();
        int matched = 0;
        int created = 0;
        int already = 0;
        for (JsonNode row : rows) {
            if (isMapped(row)) {
                done.add(row.get("external_id").asText());
                already++;
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (JsonNode row : rows) {
                String id = row.get("external_id").asText();
                String parent = row.path("details").path("parent_id").asText(null);
                if (done.contains(id) || (parent != null && !done.contains(parent) && contains(rows, parent))) {
                    continue;
                }
                JsonNode details = row.path("details");
                String key = details.path("number").asText("") + "|"
                        + AccountType.fromBillcom(details.path("type").asText(null)).wire();
                String ledgerId = ledgerByNumberAndType.remove(key);
                if (ledgerId != null && !row.path("archived").asBoolean()) {
                    map("accounts", id, ledgerId);
                    matched++;
                } else {
                    create("accounts", id);
                    created++;
                }
                done.add(id);
                progress = true;
            }
        }
        return new Outcome("accounts", matched, created, already);
    }

    /**
     * To the ledger account already mapped to the chart row Bill.com posts the bank account to, else by name to a
     * ledger bank or card account, else created.
     */
    private Outcome fundingAccounts() {
        Map<String, String> ledgerByChartRow = new HashMap<>();
        for (JsonNode row : rows("accounts")) {
            if (isMapped(row)) {
                ledgerByChartRow.put(row.get("external_id").asText(), row.path("mapping").path("ledger_id").asText());
            }
        }
        Map<String, String> byName = ledgerFundingAccounts();
        Set<String> used = new HashSet<>();
        int matched = 0;
        int created = 0;
        int already = 0;
        for (JsonNode row : rows("funding-accounts")) {
            String id = row.get("external_id").asText();
            if (isMapped(row)) {
                already++;
                continue;
            }
            String ledgerId = ledgerByChartRow.get(row.path("details").path("chart_of_account_id").asText(""));
            if (ledgerId == null || used.contains(ledgerId) || !byName.containsValue(ledgerId)) {
                ledgerId = byName.get(normalize(row.path("name").asText("")));
            }
            if (ledgerId != null && used.add(ledgerId)) {
                map("funding-accounts", id, ledgerId);
                matched++;
            } else {
                create("funding-accounts", id);
                created++;
            }
        }
        return new Outcome("funding-accounts", matched, created, already);
    }

    private Outcome byName(String kind, Map<String, String> ledgerByName) {
        Map<String, String> available = new HashMap<>(ledgerByName);
        int matched = 0;
        int created = 0;
        int already = 0;
        for (JsonNode row : rows(kind)) {
            String id = row.get("external_id").asText();
            if (isMapped(row)) {
                already++;
                continue;
            }
            String ledgerId = available.remove(normalize(row.path("name").asText("")));
            if (ledgerId != null) {
                map(kind, id, ledgerId);
                matched++;
            } else {
                create(kind, id);
                created++;
            }
        }
        return new Outcome(kind, matched, created, already);
    }

    private Map<String, String> ledgerFundingAccounts() {
        Map<String, String> byName = new LinkedHashMap<>();
        for (JsonNode account : api.all("/api/companies/" + companyId + "/accounts/")) {
            String type = account.path("type").asText();
            if ((type.equals("bank") || type.equals("credit_card")) && account.path("active").asBoolean(true)) {
                byName.putIfAbsent(normalize(account.path("name").asText("")), account.get("id").asText());
            }
        }
        return byName;
    }

    private Map<String, String> ledgerRecordsByName(String collection) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (JsonNode record : api.all("/api/companies/" + companyId + "/" + collection + "/")) {
            byName.putIfAbsent(normalize(record.path("name").asText("")), record.get("id").asText());
        }
        return byName;
    }

    private List<JsonNode> rows(String kind) {
        return api.all(integrationPath + "mappings/" + kind + "/");
    }

    private void map(String kind, String externalId, String ledgerId) {
        ObjectNode body = Json.mapper().createObjectNode().put("ledger_id", ledgerId);
        api.ok("PUT", integrationPath + "mappings/" + kind + "/" + externalId + "/", body);
    }

    private void create(String kind, String externalId) {
        ObjectNode body = Json.mapper().createObjectNode().put("create", true);
        api.ok("PUT", integrationPath + "mappings/" + kind + "/" + externalId + "/", body);
    }

    private static boolean isMapped(JsonNode row) {
        return row.hasNonNull("mapping");
    }

    private static boolean contains(List<JsonNode> rows, String externalId) {
        return rows.stream().anyMatch(r -> r.get("external_id").asText().equals(externalId));
    }

    private static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static Optional<Outcome> find(List<Outcome> outcomes, String kind) {
        return outcomes.stream().filter(o -> o.kind().equals(kind)).findFirst();
    }
}
