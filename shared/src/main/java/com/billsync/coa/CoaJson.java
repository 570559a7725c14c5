package com.billsync.coa;

import com.billsync.integration.CoaAlignmentMode;
import com.billsync.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one JSON form of plans, mutations and run records (snake_case): the API shows it and the store keeps it,
 * so what a finance team reads in a run is exactly what was recorded.
 */
public final class CoaJson {

    private CoaJson() {
    }

    public static ObjectNode row(CoaRow row) {
        ObjectNode n = object();
        n.put("name", row.name());
        n.put("number", row.number().orElse(null));
        n.put("type", row.type());
        n.put("parent_id", row.parentId().orElse(null));
        n.put("parent_ledger_account_id", row.parentLedgerId().orElse(null));
        n.put("archived", row.archived());
        return n;
    }

    static CoaRow rowOf(JsonNode n) {
        return new CoaRow(n.path("name").asText(), text(n, "number"), n.path("type").asText(), text(n, "parent_id"),
                text(n, "parent_ledger_account_id"), n.path("archived").asBoolean());
    }

    public static ObjectNode mutation(CoaMutation m) {
        ObjectNode n = object();
        n.put("action", m.action().wire());
        n.put("ledger_account_id", m.ledgerAccountId());
        n.put("billcom_id", m.billcomId().orElse(null));
        if (m.before().isPresent()) {
            n.set("before", row(m.before().get()));
        } else {
            n.putNull("before");
        }
        n.set("after", row(m.after()));
        ArrayNode changes = n.putArray("changes");
        m.changes().forEach(changes::add);
        n.put("depth", m.depth());
        return n;
    }

    public static CoaMutation mutationOf(JsonNode n) {
        List<String> changes = new ArrayList<>();
        n.path("changes").forEach(c -> changes.add(c.asText()));
        JsonNode before = n.path("before");
        return new CoaMutation(CoaAction.fromWire(n.path("action").asText()), n.path("ledger_account_id").asText(),
                text(n, "billcom_id"), before.isObject() ? Optional.of(rowOf(before)) : Optional.empty(),
                rowOf(n.path("after")), changes, n.path("depth").asInt());
    }

    public static ObjectNode entry(CoaEntry e) {
        ObjectNode n = mutation(e.mutation());
        n.put("status", e.applied() ? "applied" : "planned");
        n.put("reconciled", e.reconciled());
        n.put("at", e.at().toString());
        return n;
    }

    public static CoaEntry entryOf(JsonNode n) {
        return new CoaEntry(mutationOf(n), "applied".equals(n.path("status").asText()), n.path("reconciled")
                .asBoolean(), Instant.parse(n.path("at").asText()));
    }

    public static ObjectNode conflict(CoaConflict c) {
        ObjectNode n = object();
        n.put("code", c.code().wire());
        n.put("ledger_account_id", c.ledgerAccountId().orElse(null));
        n.put("billcom_id", c.billcomId().orElse(null));
        n.put("message", c.message());
        return n;
    }

    static CoaConflict conflictOf(JsonNode n) {
        return new CoaConflict(CoaConflict.Code.valueOf(n.path("code").asText().toUpperCase(Locale.ROOT)),
                text(n, "ledger_account_id"), text(n, "billcom_id"), n.path("message").asText());
    }

    public static ObjectNode untouched(CoaPlan.Untouched u) {
        ObjectNode n = object();
        n.put("billcom_id", u.billcomId());
        n.setAll(row(u.row()));
        return n;
    }

    static CoaPlan.Untouched untouchedOf(JsonNode n) {
        return new CoaPlan.Untouched(n.path("billcom_id").asText(), rowOf(n));
    }

    public static ObjectNode counts(Map<CoaAction, Integer> counts) {
        ObjectNode n = object();
        for (CoaAction action : CoaAction.values()) {
            n.put(action.wire(), counts.getOrDefault(action, 0));
        }
        return n;
    }

    public static ObjectNode guard(CoaGuard.Verdict v) {
        ObjectNode n = object();
        n.put("tripped", v.tripped());
        n.put("archives", v.archives());
        n.put("active_billcom_accounts", v.activeRows());
        n.put("archive_share", v.archiveShare());
        n.put("max_archive_share", v.maxArchiveShare());
        n.put("changes", v.changes());
        n.put("max_changes", v.maxChanges());
        return n;
    }

    static CoaGuard.Verdict guardOf(JsonNode n) {
        return new CoaGuard.Verdict(n.path("archives").asInt(), n.path("active_billcom_accounts").asInt(),
                n.path("archive_share").asDouble(), n.path("max_archive_share").asDouble(),
                n.path("changes").asInt(), n.path("max_changes").asInt());
    }

    /** A run's record (without its mutations). */
    public static ObjectNode record(CoaRunRecord r) {
        ObjectNode n = object();
        n.put("run_id", r.runId());
        n.put("mode", r.mode().wire());
        n.put("outcome", r.outcome().wire());
        n.put("fingerprint", r.fingerprint());
        n.put("at", r.at().toString());
        n.set("planned", counts(r.planned()));
        n.set("guard", guard(r.guard()));
        n.put("approval_used", r.approvalUsed().orElse(null));
        ArrayNode conflicts = n.putArray("conflicts");
        r.conflicts().forEach(c -> conflicts.add(conflict(c)));
        n.put("untouched_count", r.untouchedCount());
        ArrayNode untouched = n.putArray("untouched");
        r.untouched().forEach(u -> untouched.add(untouched(u)));
        return n;
    }

    public static CoaRunRecord recordOf(JsonNode n) {
        Map<CoaAction, Integer> planned = new EnumMap<>(CoaAction.class);
        for (CoaAction action : CoaAction.values()) {
            planned.put(action, n.path("planned").path(action.wire()).asInt());
        }
        List<CoaConflict> conflicts = new ArrayList<>();
        n.path("conflicts").forEach(c -> conflicts.add(conflictOf(c)));
        List<CoaPlan.Untouched> untouched = new ArrayList<>();
        n.path("untouched").forEach(u -> untouched.add(untouchedOf(u)));
        return new CoaRunRecord(n.path("run_id").asText(),
                CoaAlignmentMode.valueOf(n.path("mode").asText().toUpperCase(Locale.ROOT)),
                CoaRunRecord.Outcome.valueOf(n.path("outcome").asText().toUpperCase(Locale.ROOT)),
                n.path("fingerprint").asText(), planned, conflicts, n.path("untouched_count").asInt(), untouched,
                guardOf(n.path("guard")), text(n, "approval_used"), Instant.parse(n.path("at").asText()));
    }

    /** Parses what {@link #record}, {@link #mutation} or {@link #entry} wrote. */
    public static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored alignment JSON is unreadable", e);
        }
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }
}
