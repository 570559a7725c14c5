package com.billsync.coa;

import com.billsync.billcom.BillcomException;
import com.billsync.billcom.ChartOfAccountPatch;
import com.billsync.billcom.ChartOfAccountsWriter;
import com.billsync.billcom.NewChartOfAccount;
import com.billsync.billcom.model.AccountInfo;
import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.domain.ServiceException;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.Mapping;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.MirrorJson;
import com.billsync.sync.StepContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan with as few Bill.com calls as the API allows: mappings (no call), one bulk restore, then per
 * wave one bulk patch and one bulk create (parents exist before their children are created or moved under them),
 * one bulk archive; each bulk call carries up to {@link #BULK_LIMIT} rows. Every applied mutation goes to the
 * run's audit trail, the mirror takes Bill.com's answer, created rows are mapped. Creates are recorded as intents
 * before the call and cleared once mapped. A write Bill.com rejects stops the plan there (logged
 * {@code COA_WRITE_REJECTED}); the next run plans the rest again.
 */
final class CoaApplier {

    /**
     * Rows per bulk call. Bill.com documents no limit for chart-of-accounts bulk calls (UNCONFIRMED); 100 is its
     * page size, and keeps a request well inside any plausible body limit.
     */
    static final int BULK_LIMIT = 100;

    static final String WRITE_REJECTED = "COA_WRITE_REJECTED";

    private static final Logger LOG = LoggerFactory.getLogger(CoaApplier.class);

    private final CoaSources sources;
    private final StepContext ctx;
    private final ChartOfAccountsWriter writer;
    private final Map<String, String> created = new HashMap<>();
    private final Set<String> failedAccounts = new HashSet<>();
    private int sequence;

    private CoaApplier(CoaSources sources, StepContext ctx, int firstSequence) {
        this.sources = sources;
        this.ctx = ctx;
        this.writer = ctx.billcom().chartOfAccounts();
        this.sequence = firstSequence;
    }

    /** Applies the plan; {@code true} when every mutation was applied. */
    static boolean apply(CoaSources sources, StepContext ctx, CoaPlan plan, int firstSequence) {
        return new CoaApplier(sources, ctx, firstSequence).apply(plan);
    }

    private boolean apply(CoaPlan plan) {
        List<CoaMutation> all = plan.mutations();
        map(of(all, CoaAction.MAP));
        try {
            inBulk(of(all, CoaAction.RESTORE), batch -> writer.bulkRestore(ids(batch)));
            int lastWave = all.stream().mapToInt(CoaPlanner::wave).max().orElse(0);
            for (int wave = 0; wave <= lastWave; wave++) {
                int w = wave;
                inBulk(all.stream().filter(m -> m.action() == CoaAction.UPDATE && CoaPlanner.wave(m) == w).toList(),
                        batch -> writer.bulkPatch(batch.stream().map(this::patch).toList()));
                create(all.stream().filter(m -> m.action() == CoaAction.CREATE && CoaPlanner.wave(m) == w).toList());
            }
            inBulk(of(all, CoaAction.ARCHIVE), batch -> writer.bulkArchive(ids(batch)));
        } catch (Stopped stopped) {
            return false;
        }
        return failedAccounts.isEmpty();
    }

    private static List<String> ids(List<CoaMutation> batch) {
        return batch.stream().map(m -> m.billcomId().orElseThrow()).toList();
    }

    private static List<CoaMutation> of(List<CoaMutation> all, CoaAction action) {
        return all.stream().filter(m -> m.action() == action).toList();
    }

    // ---- maps ----------------------------------------------------------------------------------------------

    private void map(List<CoaMutation> maps) {
        List<CoaEntry> done = new ArrayList<>();
        for (CoaMutation m : maps) {
            String rowId = m.billcomId().orElseThrow();
            if (mapRow(m.ledgerAccountId(), rowId)) {
                done.add(new CoaEntry(m, true, false, ctx.now()));
            }
        }
        audit(done);
    }

    /** Maps the row; a ledger account mapped meanwhile (through the API) is left out of the rest of the plan. */
    private boolean mapRow(String ledgerAccountId, String rowId) {
        try {
            sources.mappings().map(new Mapping(ctx.integrationId(), BillcomKind.ACCOUNTS, rowId, ledgerAccountId,
                    ctx.now()), Optional.empty());
            return true;
        } catch (ServiceException e) {
            failedAccounts.add(ledgerAccountId);
            ctx.logFailure("ledger_account", ledgerAccountId, "COA_MAPPING_CHANGED", "Ledger account "
                    + ledgerAccountId + " could not be mapped to Bill.com row " + rowId + " (" + e.code().wire()
                    + "): its mapping changed while the run aligned it. The next run plans it again.");
            ctx.counts().failed(1);
            return false;
        }
    }

    // ---- restores, patches, archives -----------------------------------------------------------------------

    /** Sends the mutations in bulk calls of up to {@link #BULK_LIMIT}; records what Bill.com answered. */
    private void inBulk(List<CoaMutation> mutations, Function<List<CoaMutation>, List<ChartOfAccount>> call) {
        List<CoaMutation> todo = new ArrayList<>();
        for (CoaMutation m : mutations) {
            if (m.moves() && m.after().parentLedgerId().isPresent() && parentOf(m.after()).isEmpty()) {
                // Its new parent's create was rejected or skipped: nothing to move it under.
                failedAccounts.add(m.ledgerAccountId());
            } else if (!failedAccounts.contains(m.ledgerAccountId())) {
                todo.add(m);
            }
        }
        for (int from = 0; from < todo.size(); from += BULK_LIMIT) {
            List<CoaMutation> batch = todo.subList(from, Math.min(todo.size(), from + BULK_LIMIT));
            List<ChartOfAccount> answered = send(batch, () -> call.apply(batch));
            Map<String, ChartOfAccount> byId = new HashMap<>();
            answered.forEach(r -> byId.put(r.id(), r));
            List<CoaEntry> done = new ArrayList<>();
            for (CoaMutation m : batch) {
                String id = m.billcomId().orElseThrow();
                ChartOfAccount row = byId.get(id);
                done.add(new CoaEntry(m.applied(id, row == null ? m.after() : state(row, m)), true, false,
                        ctx.now()));
            }
            mirror(answered);
            audit(done);
        }
    }

    private ChartOfAccountPatch patch(CoaMutation m) {
        CoaRow after = m.after();
        ChartOfAccountPatch patch = ChartOfAccountPatch.of(m.billcomId().orElseThrow());
        if (m.changes().contains("name")) {
            patch = patch.withName(after.name());
        }
        if (m.changes().contains("type") || m.changes().contains("number")) {
            patch = patch.withAccount(new AccountInfo(after.type(), after.number().orElse(null)));
        }
        if (m.moves()) {
            Optional<String> parent = parentOf(after);
            patch = parent.isPresent() ? patch.withParentId(parent.get()) : patch.withoutParent();
        }
        return patch;
    }

    // ---- creates -------------------------------------------------------------------------------------------

    private void create(List<CoaMutation> creates) {
        List<CoaMutation> todo = new ArrayList<>();
        for (CoaMutation m : creates) {
            if (m.after().parentLedgerId().isPresent() && parentOf(m.after()).isEmpty()) {
                // Its parent's create was rejected or skipped: nothing to put it under.
                failedAccounts.add(m.ledgerAccountId());
                continue;
            }
            todo.add(m);
        }
        for (int from = 0; from < todo.size(); from += BULK_LIMIT) {
            createBatch(todo.subList(from, Math.min(todo.size(), from + BULK_LIMIT)));
        }
    }

    private void createBatch(List<CoaMutation> batch) {
        List<NewChartOfAccount> rows = new ArrayList<>();
        List<CoaIntent> intents = new ArrayList<>();
        for (CoaMutation m : batch) {
            CoaRow after = m.after();
            Optional<String> parent = parentOf(after);
            rows.add(new NewChartOfAccount(after.name(), null, parent.orElse(null),
                    new AccountInfo(after.type(), after.number().orElse(null))));
            intents.add(new CoaIntent(m.ledgerAccountId(), after.number(), after.type(), after.name(), parent,
                    ctx.runId(), ctx.now()));
        }
        // Durable before the call: if this worker dies before the rows are mapped, the next attempt finds them.
        sources.store().recordIntents(ctx.integrationId(), intents);
        List<ChartOfAccount> answered;
        try {
            answered = send(batch, () -> writer.bulkCreate(rows));
        } catch (Stopped stopped) {
            // Bill.com answered and refused the request: nothing was created.
            sources.store().clearIntents(ctx.integrationId(), batch.stream().map(CoaMutation::ledgerAccountId)
                    .toList());
            throw stopped;
        }
        List<CoaEntry> done = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            CoaMutation m = batch.get(i);
            Optional<ChartOfAccount> row = answerFor(m, i < answered.size() ? answered.get(i) : null, answered, used);
            if (row.isEmpty()) {
                // Left to the reconciler: the intent stays until the row is found or the settle time passes.
                LOG.warn("Bill.com's answer to a bulk create has no row for ledger account {}", m.ledgerAccountId());
                continue;
            }
            used.add(row.get().id());
            created.put(m.ledgerAccountId(), row.get().id());
            if (mapRow(m.ledgerAccountId(), row.get().id())) {
                done.add(new CoaEntry(m.applied(row.get().id(), state(row.get(), m)), true, false, ctx.now()));
            }
            settled.add(m.ledgerAccountId());
        }
        mirror(answered);
        audit(done);
        sources.store().clearIntents(ctx.integrationId(), settled);
    }

    /** Bill.com answers a bulk create in request order; checked, and searched by number, type and name if not. */
    private static Optional<ChartOfAccount> answerFor(CoaMutation m, ChartOfAccount sameIndex,
                                                      List<ChartOfAccount> answered, Set<String> used) {
        if (sameIndex != null && !used.contains(sameIndex.id()) && fits(m.after(), sameIndex)) {
            return Optional.of(sameIndex);
        }
        return answered.stream().filter(r -> !used.contains(r.id()) && fits(m.after(), r)).findFirst();
    }

    private static boolean fits(CoaRow wanted, ChartOfAccount row) {
        CoaRow got = CoaRow.of(row, Optional.empty());
        return got.name().trim().equals(wanted.name()) && got.number().equals(wanted.number())
                && got.type().equals(wanted.type());
    }

    // ---- shared --------------------------------------------------------------------------------------------

    /** The parent's Bill.com id: planned, or created earlier in this apply. */
    private Optional<String> parentOf(CoaRow after) {
        return after.parentId().or(() -> after.parentLedgerId().map(created::get));
    }

    private static CoaRow state(ChartOfAccount row, CoaMutation m) {
        return CoaRow.of(row, m.after().parentLedgerId());
    }

    private List<ChartOfAccount> send(List<CoaMutation> batch, Supplier<List<ChartOfAccount>> call) {
        try {
            return call.get();
        } catch (BillcomException.Rejected | BillcomException.NotFound e) {
            CoaMutation first = batch.get(0);
            ctx.logFailure("ledger_account", first.ledgerAccountId(), WRITE_REJECTED, "Bill.com rejected a "
                    + first.action().wire() + " of " + batch.size() + " chart-of-accounts row(s), starting with ledger "
                    + "account " + first.ledgerAccountId() + " (" + e.code() + ": " + e.billcomMessage() + "). "
                    + "Alignment stopped there; fix the account and the next run plans the rest again.");
            ctx.counts().failed(batch.size());
            LOG.warn("Bill.com rejected a {} of {} row(s): {}", first.action().wire(), batch.size(), e.code());
            throw new Stopped();
        }
    }

    private void mirror(List<ChartOfAccount> rows) {
        if (!rows.isEmpty()) {
            ctx.stores().mirror().put(rows.stream().map(r -> new MirrorRow(ctx.integrationId(), BillcomKind.ACCOUNTS,
                    r.id(), MirrorJson.hash(r), MirrorJson.tree(r).toString(), ctx.now())).toList());
        }
    }

    private void audit(List<CoaEntry> entries) {
        if (!entries.isEmpty()) {
            sources.store().recordApplied(ctx.integrationId(), ctx.runId(), sequence, entries);
            sequence += entries.size();
        }
    }

    /** Bill.com refused a write: the rest of the plan waits for the next run. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
