package com.billsync.api;

import com.billsync.domain.Page;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationView;
import com.billsync.integration.SetupStatus;
import com.billsync.json.Json;
import com.billsync.ledger.Company;
import com.billsync.ledger.LedgerAccount;
import com.billsync.ledger.LedgerRecord;
import com.billsync.mapping.MappingRow;
import com.billsync.runs.ErrorEntry;
import com.billsync.runs.StepProgress;
import com.billsync.runs.SyncRun;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every response body, built field by field: snake_case names, absent values as {@code null}, nothing secret
 * (an integration shows its secret's existence, never its name or content).
 */
final class Views {

    private Views() {
    }

    static ObjectNode company(Company c) {
        ObjectNode n = object();
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("base_currency", c.baseCurrency());
        time(n, "created_at", c.createdAt());
        time(n, "updated_at", c.updatedAt());
        n.put("version", c.version());
        return n;
    }

    static ObjectNode account(LedgerAccount a) {
        ObjectNode n = object();
        n.put("id", a.id());
        n.put("company_id", a.companyId());
        n.put("number", a.number().orElse(null));
        n.put("name", a.name());
        n.put("type", a.type().wire());
        n.put("parent_id", a.parentId().orElse(null));
        n.put("active", a.active());
        time(n, "created_at", a.createdAt());
        time(n, "updated_at", a.updatedAt());
        n.put("version", a.version());
        return n;
    }

    static ObjectNode record(LedgerRecord r) {
        ObjectNode n = object();
        n.put("id", r.id());
        n.put("company_id", r.companyId());
        n.put("name", r.name());
        n.put("billcom_id", r.billcomId().orElse(null));
        n.put("archived", r.archived());
        n.set("attributes", r.attributes().deepCopy());
        time(n, "created_at", r.createdAt());
        time(n, "updated_at", r.updatedAt());
        n.put("version", r.version());
        return n;
    }

    static ObjectNode integration(Integration i) {
        ObjectNode n = object();
        n.put("id", i.id());
        n.put("company_id", i.companyId());
        n.put("status", i.status().wire());
        n.put("display_name", i.displayName().orElse(null));
        n.put("organization_id", i.organizationId());
        n.put("cutoff_date", i.cutoffDate().map(Object::toString).orElse(null));
        n.put("auto_sync", i.autoSync());
        n.put("coa_alignment", i.coaAlignment().wire());
        if (i.lastError().isPresent()) {
            ObjectNode e = n.putObject("last_error");
            e.put("code", i.lastError().get().code());
            e.put("message", i.lastError().get().message());
            time(e, "at", i.lastError().get().at());
        } else {
            n.putNull("last_error");
        }
        n.put("seed_run_id", i.seedRunId().orElse(null));
        n.put("active_run_id", i.activeRunId().orElse(null));
        time(n, "last_sync_at", i.lastSyncAt());
        time(n, "next_sync_at", i.scheduled() ? i.nextSyncAt() : Optional.empty());
        time(n, "connected_at", i.connectedAt());
        time(n, "created_at", i.createdAt());
        time(n, "updated_at", i.updatedAt());
        n.put("version", i.version());
        return n;
    }

    static ObjectNode integrationDetail(IntegrationView view) {
        ObjectNode n = integration(view.integration());
        n.set("setup", setup(view.setup()));
        if (view.lastRun().isPresent()) {
            n.set("last_run", run(view.lastRun().get()));
        } else {
            n.putNull("last_run");
        }
        return n;
    }

    static ObjectNode setup(SetupStatus s) {
        ObjectNode n = object();
        n.put("completed", s.completed());
        ArrayNode checks = n.putArray("checks");
        s.checks().forEach(c -> {
            ObjectNode check = checks.addObject();
            check.put("name", c.name());
            check.put("ok", c.ok());
            check.put("detail", c.detail());
        });
        return n;
    }

    static ObjectNode run(SyncRun r) {
        ObjectNode n = object();
        n.put("run_id", r.runId());
        n.put("integration_id", r.integrationId());
        n.put("plan", r.plan().wire());
        n.put("trigger", r.trigger().wire());
        n.put("status", r.status().wire());
        ObjectNode progress = n.putObject("progress");
        progress.put("completed_steps", r.completedSteps());
        progress.put("step_count", r.steps().size());
        time(n, "created_at", r.createdAt());
        time(n, "enqueued_at", r.enqueuedAt());
        time(n, "started_at", r.startedAt());
        time(n, "finished_at", r.finishedAt());
        ArrayNode steps = n.putArray("steps");
        r.steps().forEach(s -> steps.add(step(s)));
        return n;
    }

    static ObjectNode step(StepProgress s) {
        ObjectNode n = object();
        n.put("step", s.step().wire());
        n.put("status", s.status().wire());
        n.put("pages", s.pages());
        n.put("records_read", s.recordsRead());
        n.put("created", s.created());
        n.put("updated", s.updated());
        n.put("unchanged", s.unchanged());
        n.put("skipped", s.skipped());
        n.put("failed", s.failed());
        n.put("api_calls", s.apiCalls());
        time(n, "started_at", s.startedAt());
        time(n, "ended_at", s.endedAt());
        return n;
    }

    static ObjectNode error(ErrorEntry e) {
        ObjectNode n = object();
        n.put("id", e.id());
        n.put("sync_attempt_id", e.runId().orElse(null));
        n.put("status", e.status().wire());
        n.put("error_code", e.errorCode());
        n.put("message", e.message());
        n.put("step", e.step().map(s -> s.wire()).orElse(null));
        n.put("entity_type", e.entityType().orElse(null));
        n.put("external_id", e.externalId().orElse(null));
        time(n, "timestamp", e.timestamp());
        return n;
    }

    static ObjectNode mappingRow(MappingRow row) {
        ObjectNode n = object();
        n.put("external_id", row.externalId());
        n.put("kind", row.kind().slug());
        n.put("name", row.name());
        n.put("archived", row.archived());
        n.set("details", row.details().deepCopy());
        if (row.ledgerId().isPresent()) {
            n.putObject("mapping").put("ledger_id", row.ledgerId().get());
        } else {
            n.putNull("mapping");
        }
        return n;
    }

    static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> view) {
        ObjectNode n = object();
        ArrayNode items = n.putArray("items");
        page.items().forEach(item -> items.add(view.apply(item)));
        n.put("next_cursor", page.nextCursor().orElse(null));
        return n;
    }

    static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }

    private static void time(ObjectNode n, String field, Instant value) {
        n.put(field, value == null ? null : value.toString());
    }

    private static void time(ObjectNode n, String field, Optional<Instant> value) {
        n.put(field, value.map(Instant::toString).orElse(null));
    }
}
