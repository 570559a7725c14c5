package com.billsync.coa;

import com.billsync.integration.CoaAlignmentMode;
import com.billsync.runs.ErrorEntry;
import com.billsync.runs.ErrorStatus;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncRun;
import com.billsync.sync.StepContext;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chart-of-accounts alignment inside the accounts step, after the pull has refreshed the mirror. Full runs only
 * (the seed never changes Bill.com). {@code off}: nothing. {@code preview}: the plan is recorded on the run and
 * Bill.com is not called. {@code apply}: earlier creates are reconciled, the guard checks the plan (a tripped
 * guard needs an approval of the plan's fingerprint), the plan is recorded and applied, and the run's audit
 * trail receives every applied mutation. Running it again after a crash is safe: the plan is computed afresh
 * from what is in Bill.com and the mappings, so what was applied is not applied twice.
 */
public final class CoaAligner {

    /** Errors-log codes of alignment. */
    public static final String CONFLICT = "COA_CONFLICT";
    public static final String GUARD_TRIPPED = "COA_GUARD_TRIPPED";

    private static final Logger LOG = LoggerFactory.getLogger(CoaAligner.class);

    private final CoaSources sources;
    private final CoaGuard guard;
    private final CoaReconciler reconciler;

    public CoaAligner(CoaSources sources, CoaGuard guard) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.reconciler = new CoaReconciler(sources);
    }

    public void align(StepContext ctx) {
        CoaAlignmentMode mode = ctx.integration().coaAlignment();
        Optional<SyncPlan> runPlan = ctx.stores().runs().get(ctx.integrationId(), ctx.runId()).map(SyncRun::plan);
        if (mode == CoaAlignmentMode.OFF || runPlan.filter(p -> p == SyncPlan.FULL).isEmpty()) {
            return;
        }
        int reconciled = mode == CoaAlignmentMode.APPLY ? reconciler.reconcile(ctx).size() : 0;
        CoaPlan plan = CoaPlanner.plan(sources.load(ctx.integration()));
        CoaGuard.Verdict verdict = guard.evaluate(plan);
        reportConflicts(ctx, plan);
        if (mode == CoaAlignmentMode.PREVIEW) {
            sources.store().recordPlan(ctx.integrationId(), CoaRunRecord.of(ctx.runId(), mode,
                    CoaRunRecord.Outcome.PREVIEWED, plan, verdict, Optional.empty(), ctx.now()), plan.mutations());
            LOG.info("Alignment preview recorded: {} mutation(s), {} conflict(s), fingerprint {}",
                    plan.mutations().size(), plan.conflicts().size(), plan.fingerprint());
            return;
        }
        Optional<String> approval = Optional.empty();
        if (verdict.tripped()) {
            approval = releasedEarlierInRun(ctx, plan).or(() -> approved(ctx, plan));
            if (approval.isEmpty()) {
                refuse(ctx, plan, verdict);
                return;
            }
        }
        CoaRunRecord record = CoaRunRecord.of(ctx.runId(), mode, CoaRunRecord.Outcome.APPLYING, plan, verdict,
                approval, ctx.now());
        sources.store().recordPlan(ctx.integrationId(), record, plan.mutations());
        approval.ifPresent(fingerprint -> sources.store().consumeApproval(ctx.integrationId(), fingerprint));
        boolean complete = CoaApplier.apply(sources, ctx, plan, reconciled);
        sources.store().updateRecord(ctx.integrationId(), record.withOutcome(complete
                ? CoaRunRecord.Outcome.APPLIED : CoaRunRecord.Outcome.STOPPED, ctx.now()));
        LOG.info("Alignment {}: {} mutation(s) planned, fingerprint {}", complete ? "applied" : "stopped",
                plan.mutations().size(), plan.fingerprint());
    }

    /**
     * An attempt of this run that died part-way was released by an approval: what is left of its plan needs no
     * second approval, provided it is part of the plan that was approved (nothing new crept in).
     */
    private Optional<String> releasedEarlierInRun(StepContext ctx, CoaPlan plan) {
        Optional<CoaRunReport> earlier = sources.store().run(ctx.integrationId(), ctx.runId());
        if (earlier.isEmpty() || earlier.get().record().outcome() != CoaRunRecord.Outcome.APPLYING
                || earlier.get().record().approvalUsed().isEmpty()) {
            return Optional.empty();
        }
        Set<String> approvedKeys = earlier.get().planned().stream().map(CoaMutation::key)
                .collect(Collectors.toCollection(HashSet::new));
        boolean within = plan.mutations().stream().allMatch(m -> approvedKeys.contains(m.key()));
        return within ? earlier.get().record().approvalUsed() : Optional.empty();
    }

    private Optional<String> approved(StepContext ctx, CoaPlan plan) {
        return sources.store().approval(ctx.integrationId()).map(CoaApproval::fingerprint)
                .filter(plan.fingerprint()::equals);
    }

    private void refuse(StepContext ctx, CoaPlan plan, CoaGuard.Verdict verdict) {
        sources.store().recordPlan(ctx.integrationId(), CoaRunRecord.of(ctx.runId(), CoaAlignmentMode.APPLY,
                CoaRunRecord.Outcome.REFUSED, plan, verdict, Optional.empty(), ctx.now()), plan.mutations());
        String base = "/api/integrations/bill_com/" + ctx.integrationId() + "/coa-alignment/";
        String message = "Chart-of-accounts alignment refused: " + verdict.reason() + ". Nothing was changed in "
                + "Bill.com. Plan fingerprint " + plan.fingerprint() + ": review the plan at GET " + base
                + " and approve it with POST " + base + "approve/ {\"fingerprint\":\"" + plan.fingerprint()
                + "\"}; the next run applies exactly that plan. The limits are COA_MAX_ARCHIVE_SHARE and "
                + "COA_MAX_CHANGES.";
        ctx.stores().errors().append(ErrorEntry.inRun(ctx.integrationId(), ctx.runId(), ErrorStatus.FAILED,
                GUARD_TRIPPED, message, ctx.step(), Optional.empty(), Optional.empty(), ctx.now()));
        ctx.counts().failed(1);
        LOG.warn("Alignment refused by the guard: {} (fingerprint {})", verdict.reason(), plan.fingerprint());
    }

    /** Every conflict as a warning: reported, the account left out, nothing guessed. */
    private static void reportConflicts(StepContext ctx, CoaPlan plan) {
        List<CoaConflict> conflicts = plan.conflicts();
        for (CoaConflict c : conflicts) {
            ctx.stores().errors().append(ErrorEntry.inRun(ctx.integrationId(), ctx.runId(), ErrorStatus.WARNING,
                    CONFLICT, c.code().wire() + ": " + c.message(), ctx.step(), Optional.of("ledger_account"),
                    c.ledgerAccountId(), ctx.now()));
        }
    }
}
