package com.billsync.store.dynamodb;

import com.billsync.integration.CoaAlignmentMode;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationError;
import com.billsync.integration.IntegrationStatus;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Integrations as items. */
final class IntegrationItems {

    private IntegrationItems() {
    }

    static Map<String, AttributeValue> item(Integration i) {
        Item item = Item.key(TableLayout.integration(i.id()), TableLayout.META)
                .s(TableLayout.ENTITY, "integration")
                .s(TableLayout.GSI1_PK, TableLayout.tenant(i.tenantId()))
                .s(TableLayout.GSI1_SK, TableLayout.integrationIndexKey(i.companyId(), i.id()))
                .s("integration_id", i.id()).s("tenant_id", i.tenantId()).s("company_id", i.companyId())
                .s("secret_name", i.secretName()).s("session_secret_name", i.sessionSecretName())
                .s("seed_run_id", i.seedRunId()).s("active_run_id", i.activeRunId())
                .time("last_sync_at", i.lastSyncAt()).time(TableLayout.NEXT_SYNC_AT, i.nextSyncAt())
                .time("created_at", i.createdAt());
        Map<String, AttributeValue> out = new java.util.HashMap<>(item.build());
        apiOwned(i).forEach((k, v) -> v.ifPresentOrElse(value -> out.put(k, value), () -> out.remove(k)));
        return Map.copyOf(out);
    }

    /** The attributes the API changes (and versions); absent values are removed on update. */
    static Map<String, Optional<AttributeValue>> apiOwned(Integration i) {
        Map<String, Optional<AttributeValue>> a = new java.util.LinkedHashMap<>();
        a.put("status", Optional.of(Item.s(i.status().name())));
        a.put("display_name", i.displayName().map(Item::s));
        a.put("organization_id", Optional.of(Item.s(i.organizationId())));
        a.put("cutoff_date", i.cutoffDate().map(d -> Item.s(d.toString())));
        a.put("auto_sync", Optional.of(AttributeValue.fromBool(i.autoSync())));
        a.put("coa_alignment", Optional.of(Item.s(i.coaAlignment().name())));
        a.put("last_error_code", i.lastError().map(e -> Item.s(e.code())));
        a.put("last_error_message", i.lastError().map(e -> Item.s(e.message())));
        a.put("last_error_at", i.lastError().map(e -> Item.s(e.at().toString())));
        a.put("connected_at", i.connectedAt().map(t -> Item.s(t.toString())));
        a.put("updated_at", Optional.of(Item.s(i.updatedAt().toString())));
        a.put(TableLayout.VERSION, Optional.of(Item.n(i.version())));
        return a;
    }

    static Integration integration(Map<String, AttributeValue> item) {
        Read r = new Read(item);
        Optional<IntegrationError> lastError = r.opt("last_error_code").map(code -> new IntegrationError(code,
                r.opt("last_error_message").orElse(""), r.optTime("last_error_at").orElse(r.time("updated_at"))));
        return new Integration(r.s("integration_id"), r.s("tenant_id"), r.s("company_id"),
                IntegrationStatus.valueOf(r.s("status")), r.opt("display_name"), r.s("organization_id"),
                r.optDate("cutoff_date"), r.bool("auto_sync"), CoaAlignmentMode.valueOf(r.s("coa_alignment")),
                r.s("secret_name"), r.s("session_secret_name"), lastError, r.opt("seed_run_id"),
                r.opt("active_run_id"), r.optTime("last_sync_at"), r.optTime(TableLayout.NEXT_SYNC_AT),
                r.has(TableLayout.DUE_SHARD), r.optTime("connected_at"), r.time("created_at"),
                r.time("updated_at"), r.n(TableLayout.VERSION));
    }
}
