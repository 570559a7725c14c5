package com.billsync.mapping;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.Ids;
import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.billsync.integration.Integration;
import com.billsync.integration.Integrations;
import com.billsync.integration.SyncScheduler;
import com.billsync.ledger.AccountType;
import com.billsync.ledger.LedgerAccount;
import com.billsync.ledger.LedgerEntry;
import com.billsync.ledger.LedgerKind;
import com.billsync.ledger.LedgerRecord;
import com.billsync.ledger.LedgerStore;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mapping mirrored Bill.com rows to ledger records: list with their mapping, map to an existing record,
 * create the ledger record from the row and map it, unmap.
 */
public final class MappingService {

    private static final Logger LOG = LoggerFactory.getLogger(MappingService.class);

    private final Integrations integrations;
    private final MirrorStore mirror;
    private final MappingStore mappings;
    private final LedgerStore ledger;
    private final SyncScheduler scheduler;
    private final Ids ids;
    private final Clock clock;

    public MappingService(Integrations integrations, MirrorStore mirror, MappingStore mappings, LedgerStore ledger,
                          SyncScheduler scheduler, Ids ids, Clock clock) {
        this.integrations = Objects.requireNonNull(integrations, "integrations");
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Page<MappingRow> list(String tenantId, String integrationId, BillcomKind kind, PageRequest page) {
        Integration integration = integrations.forTenant(tenantId, integrationId);
        Page<MirrorRow> rows = mirror.list(integration.id(), kind, page);
        Map<String, Mapping> mapped = mappings.byBillcomIds(integration.id(), kind,
                rows.items().stream().map(MirrorRow::billcomId).toList());
        return rows.map(row -> toRow(row, Optional.ofNullable(mapped.get(row.billcomId()))));
    }

    /** Maps the row to an existing ledger record of the company. Mapping it again to the same record is a no-op. */
    public MappingOutcome map(String tenantId, String integrationId, BillcomKind kind, String externalId,
                              String ledgerId) {
        Integration integration = integrations.activeForTenant(tenantId, integrationId);
        MirrorRow row = mirrored(integration, kind, externalId);
        requireMappable(integration, kind, ledgerId);
        Optional<Mapping> current = mappings.byBillcomId(integration.id(), kind, externalId);
        if (current.filter(m -> m.ledgerId().equals(ledgerId)).isPresent()) {
            return new MappingOutcome(toRow(row, current), false);
        }
        mappings.byLedgerId(integration.id(), kind, ledgerId).ifPresent(other -> {
            throw alreadyMapped(ledgerId, other.billcomId());
        });
        Mapping mapping = new Mapping(integration.id(), kind, externalId, ledgerId, clock.instant());
        mappings.map(mapping, current);
        LOG.info("Mapped {} {} to ledger {} (integration {})", kind.slug(), externalId, ledgerId, integration.id());
        scheduler.refresh(integration.id());
        return new MappingOutcome(toRow(row, Optional.of(mapping)), false);
    }

    /**
     * Creates the ledger record from the mirrored row and maps the row to it. If the row is already mapped,
     * nothing is created and the current mapping is returned; if a ledger record was created from this
     * Bill.com id before, the row is mapped to that record instead of creating a duplicate.
     */
    public MappingOutcome create(String tenantId, String integrationId, BillcomKind kind, String externalId) {
        return create(tenantId, integrationId, kind, externalId, new HashSet<>());
    }

    /**
     * For chart-of-accounts rows, the unmapped ancestors are created (or mapped to what was created from them
     * before) first, top down: a child created without its parent would sit at the top level of the ledger, and
     * chart-of-accounts alignment, which treats the ledger as the truth, would then move it in Bill.com too.
     * {@code visiting} stops at a cycle in Bill.com's parent links.
     */
    private MappingOutcome create(String tenantId, String integrationId, BillcomKind kind, String externalId,
                                  Set<String> visiting) {
        Integration integration = integrations.activeForTenant(tenantId, integrationId);
        MirrorRow row = mirrored(integration, kind, externalId);
        Optional<Mapping> current = mappings.byBillcomId(integration.id(), kind, externalId);
        if (current.isPresent()) {
            return new MappingOutcome(toRow(row, current), false);
        }
        Optional<String> existing = ledger.idForBillcomId(integration.companyId(), kind.ledgerKind(), externalId);
        if (existing.isPresent()) {
            return map(tenantId, integrationId, kind, externalId, existing.get());
        }
        BillcomRecord record = BillcomRecord.of(row);
        visiting.add(externalId);
        if (kind == BillcomKind.ACCOUNTS) {
            record.parentId()
                    .filter(parent -> !visiting.contains(parent))
                    .filter(parent -> mirror.get(integration.id(), kind, parent).isPresent())
                    .ifPresent(parent -> create(tenantId, integrationId, kind, parent, visiting));
        }
        LedgerEntry entry = draft(integration, kind, record, externalId);
        Mapping mapping = new Mapping(integration.id(), kind, externalId, entry.id(), clock.instant());
        mappings.createAndMap(mapping, entry, externalId);
        LOG.info("Created ledger {} {} from Bill.com {} and mapped it (integration {})", kind.ledgerKind().slug(),
                entry.id(), externalId, integration.id());
        scheduler.refresh(integration.id());
        return new MappingOutcome(toRow(row, Optional.of(mapping)), true);
    }

    /** Removes the row's mapping; unmapping an unmapped row is a no-op. */
    public void unmap(String tenantId, String integrationId, BillcomKind kind, String externalId) {
        Integration integration = integrations.activeForTenant(tenantId, integrationId);
        Optional<Mapping> current = mappings.byBillcomId(integration.id(), kind, externalId);
        if (current.isPresent()) {
            mappings.unmap(current.get());
            LOG.info("Unmapped {} {} (integration {})", kind.slug(), externalId, integration.id());
            scheduler.refresh(integration.id());
        }
    }

    private MirrorRow mirrored(Integration integration, BillcomKind kind, String externalId) {
        return mirror.get(integration.id(), kind, externalId).orElseThrow(() -> new ServiceException(
                ErrorCode.NOT_FOUND, "Bill.com " + kind.slug() + " row " + externalId
                        + " is not in the integration's mirror. Run a sync to pull it.",
                Map.of("external_id", externalId)));
    }

    private void requireMappable(Integration integration, BillcomKind kind, String ledgerId) {
        String companyId = integration.companyId();
        if (kind.ledgerKind() == LedgerKind.ACCOUNT) {
            LedgerAccount account = ledger.account(companyId, ledgerId).orElseThrow(() -> ServiceException.notFound(
                    "Ledger account", ledgerId));
            if (!account.active()) {
                throw ServiceException.validation("Ledger account " + ledgerId + " is inactive; reactivate it first.",
                        Map.of("fields", Map.of("ledger_id", "inactive account")));
            }
            if (kind == BillcomKind.FUNDING_ACCOUNTS && !account.type().isFunding()) {
                throw ServiceException.validation("A Bill.com funding account maps to a ledger bank or credit card "
                        + "account; " + ledgerId + " is " + account.type().wire() + ".",
                        Map.of("fields", Map.of("ledger_id", "not a bank or credit card account")));
            }
            return;
        }
        ledger.record(companyId, kind.ledgerKind(), ledgerId).orElseThrow(() -> ServiceException.notFound(
                "Ledger " + kind.ledgerKind().slug() + " record", ledgerId));
    }

    private LedgerEntry draft(Integration integration, BillcomKind kind, BillcomRecord record, String externalId) {
        String name = record.name().orElseThrow(() -> new ServiceException(ErrorCode.BILLCOM_RECORD_INCOMPLETE,
                "The Bill.com row has no name; create the ledger record yourself and map it.",
                Map.of("missing", "name")));
        Instant now = clock.instant();
        String id = ids.ledgerRecord(kind.ledgerKind().idPrefix());
        return switch (kind) {
            case ACCOUNTS -> {
                Optional<String> parent = record.parentId()
                        .flatMap(p -> mappings.byBillcomId(integration.id(), kind, p))
                        .map(Mapping::ledgerId);
                yield new LedgerAccount(integration.companyId(), id, record.accountNumber(), name,
                        AccountType.fromBillcom(record.accountType().orElse(null)), parent, !record.archived(), 1,
                        now, now);
            }
            case FUNDING_ACCOUNTS -> new LedgerAccount(integration.companyId(), id, Optional.empty(), name,
                    record.accountType().filter(t -> t.toUpperCase(Locale.ROOT).contains("CARD")).isPresent()
                            ? AccountType.CREDIT_CARD : AccountType.BANK,
                    Optional.empty(), !record.archived(), 1, now, now);
            default -> new LedgerRecord(integration.companyId(), kind.ledgerKind(), id, name,
                    Optional.of(externalId), record.archived(), record.attributes(), 1, now, now);
        };
    }

    private static MappingRow toRow(MirrorRow row, Optional<Mapping> mapping) {
        BillcomRecord record = BillcomRecord.of(row);
        return new MappingRow(row.kind(), row.billcomId(), record.name().orElse(""), record.archived(),
                record.details(), mapping.map(Mapping::ledgerId));
    }

    private static ServiceException alreadyMapped(String ledgerId, String otherExternalId) {
        return new ServiceException(ErrorCode.ALREADY_MAPPED, "Ledger record " + ledgerId
                + " is already mapped to another Bill.com row; unmap that row first.",
                Map.of("ledger_id", ledgerId, "external_id", otherExternalId));
    }
}
