package com.billsync.coa;

import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.ListQuery;
import com.billsync.billcom.Page;
import com.billsync.billcom.PageIterator;
import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.domain.ServiceException;
import com.billsync.mapping.Mapping;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.Listing;
import com.billsync.sync.MirrorJson;
import com.billsync.sync.StepContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles creates an earlier attempt recorded but never mapped (the worker died, or Bill.com's answer was lost):
 * lists Bill.com's rows changed since the oldest intent and maps each intent to the unmapped row with its
 * number and type (number-less accounts: its name and type). An intent with no such row is dropped once
 * {@link #SETTLE} has passed (the create never reached Bill.com); until then the account is not created again.
 */
final class CoaReconciler {

    /** How long a create may take to show in Bill.com's list after its request was abandoned. */
    static final Duration SETTLE = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(CoaReconciler.class);

    private final CoaSources sources;

    CoaReconciler(CoaSources sources) {
        this.sources = sources;
    }

    /** Settles what it can; returns the applied (reconciled) creates for the audit trail. */
    List<CoaEntry> reconcile(StepContext ctx) {
        List<CoaIntent> intents = sources.store().intents(ctx.integrationId());
        if (intents.isEmpty()) {
            return List.of();
        }
        Instant oldest = intents.stream().map(CoaIntent::recordedAt).min(Comparator.naturalOrder()).orElseThrow();
        List<ChartOfAccount> rows = changedSince(ctx, oldest.minus(Listing.LOOKBACK));
        Map<String, Mapping> mapped = sources.mappings().byBillcomIds(ctx.integrationId(),
                com.billsync.mapping.BillcomKind.ACCOUNTS, rows.stream().map(ChartOfAccount::id).toList());
        Set<String> claimed = new HashSet<>(mapped.keySet());
        List<String> settled = new ArrayList<>();
        List<CoaEntry> found = new ArrayList<>();
        for (CoaIntent intent : intents.stream().sorted(Comparator.comparing(CoaIntent::recordedAt)).toList()) {
            if (sources.mappings().byLedgerId(ctx.integrationId(), com.billsync.mapping.BillcomKind.ACCOUNTS,
                    intent.ledgerAccountId()).isPresent()) {
                settled.add(intent.ledgerAccountId());
                continue;
            }
            Optional<ChartOfAccount> row = rows.stream()
                    .filter(r -> !claimed.contains(r.id()) && !r.archived() && fits(intent, r))
                    .max(Comparator.comparing(r -> r.createdTime() == null ? Instant.EPOCH : r.createdTime()));
            if (row.isPresent()) {
                claimed.add(row.get().id());
                if (map(ctx, intent, row.get())) {
                    found.add(new CoaEntry(created(intent, row.get()), true, true, ctx.now()));
                }
                settled.add(intent.ledgerAccountId());
            } else if (!ctx.now().isBefore(intent.recordedAt().plus(SETTLE))) {
                LOG.info("Create of ledger account {} never reached Bill.com; intent dropped",
                        intent.ledgerAccountId());
                settled.add(intent.ledgerAccountId());
            }
        }
        if (!found.isEmpty()) {
            sources.store().recordApplied(ctx.integrationId(), ctx.runId(), 0, found);
        }
        sources.store().clearIntents(ctx.integrationId(), settled);
        LOG.info("Reconciled {} create intent(s): {} found in Bill.com, {} still pending", intents.size(),
                found.size(), intents.size() - settled.size());
        return found;
    }

    private static boolean fits(CoaIntent intent, ChartOfAccount row) {
        Optional<String> number = Optional.ofNullable(row.account() == null ? null : row.account().number())
                .map(String::trim).filter(n -> !n.isEmpty());
        String type = row.account() == null ? null : row.account().type();
        if (!intent.type().equals(type)) {
            return false;
        }
        if (intent.number().isPresent()) {
            return intent.number().equals(number);
        }
        return number.isEmpty() && row.name() != null && row.name().trim().equalsIgnoreCase(intent.name());
    }

    private List<ChartOfAccount> changedSince(StepContext ctx, Instant since) {
        List<ChartOfAccount> rows = new ArrayList<>();
        PageIterator<ChartOfAccount> pages = ctx.billcom().list(BillcomKind.CHART_OF_ACCOUNTS,
                ListQuery.updatedSince(since));
        while (pages.hasNext()) {
            Page<ChartOfAccount> page = pages.next();
            rows.addAll(page.records());
        }
        ctx.stores().mirror().put(rows.stream().map(r -> new MirrorRow(ctx.integrationId(),
                com.billsync.mapping.BillcomKind.ACCOUNTS, r.id(), MirrorJson.hash(r), MirrorJson.tree(r).toString(),
                ctx.now())).toList());
        return rows;
    }

    private boolean map(StepContext ctx, CoaIntent intent, ChartOfAccount row) {
        try {
            sources.mappings().map(new Mapping(ctx.integrationId(), com.billsync.mapping.BillcomKind.ACCOUNTS,
                    row.id(), intent.ledgerAccountId(), ctx.now()), Optional.empty());
            LOG.info("Create of ledger account {} found in Bill.com as {}; mapped", intent.ledgerAccountId(),
                    row.id());
            return true;
        } catch (ServiceException e) {
            LOG.warn("Created row {} could not be mapped to ledger account {}: {}", row.id(),
                    intent.ledgerAccountId(), e.code().wire());
            return false;
        }
    }

    private static CoaMutation created(CoaIntent intent, ChartOfAccount row) {
        CoaRow after = CoaRow.of(row, Optional.empty());
        return new CoaMutation(CoaAction.CREATE, intent.ledgerAccountId(), Optional.of(row.id()), Optional.empty(),
                after, List.of("name", "number", "type", "parent"), 0);
    }
}
