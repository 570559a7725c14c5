package com.billsync.coa;

import com.billsync.integration.CoaAlignmentMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What alignment did in a run (the run's audit trail holds it beside the steps' counters).
 *
 * @param planned          mutations per action of the plan the run computed
 * @param untouchedCount   Bill.com rows with no ledger counterpart; {@code untouched} lists at most
 *                         {@link #UNTOUCHED_KEPT} of them (the coa-alignment route lists all)
 * @param approvalUsed     the fingerprint of the approval that released the guard, if one did
 */
public record CoaRunRecord(String runId, CoaAlignmentMode mode, Outcome outcome, String fingerprint,
                           Map<CoaAction, Integer> planned, List<CoaConflict> conflicts, int untouchedCount,
                           List<CoaPlan.Untouched> untouched, CoaGuard.Verdict guard,
                           Optional<String> approvalUsed, Instant at) {

    public static final int UNTOUCHED_KEPT = 200;

    /** How the run's alignment ended (so far). */
    public enum Outcome {
        /** {@code preview}: the plan is recorded, Bill.com was not changed. */
        PREVIEWED,
        /** {@code apply}: the guard refused the plan; nothing was changed. */
        REFUSED,
        /** {@code apply}: the plan is being applied (an attempt that died leaves this). */
        APPLYING,
        /** {@code apply}: every mutation was applied. */
        APPLIED,
        /** {@code apply}: Bill.com rejected a write; the mutations before it were applied. */
        STOPPED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CoaRunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fingerprint, "fingerprint");
        planned = Map.copyOf(planned);
        conflicts = List.copyOf(conflicts);
        untouched = List.copyOf(untouched);
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(approvalUsed, "approvalUsed");
        Objects.requireNonNull(at, "at");
    }

    static CoaRunRecord of(String runId, CoaAlignmentMode mode, Outcome outcome, CoaPlan plan,
                           CoaGuard.Verdict guard, Optional<String> approvalUsed, Instant at) {
        return new CoaRunRecord(runId, mode, outcome, plan.fingerprint(), plan.counts(), plan.conflicts(),
                plan.untouched().size(), plan.untouched().stream().limit(UNTOUCHED_KEPT).toList(), guard,
                approvalUsed, at);
    }

    public CoaRunRecord withOutcome(Outcome value, Instant now) {
        return new CoaRunRecord(runId, mode, value, fingerprint, planned, conflicts, untouchedCount, untouched,
                guard, approvalUsed, now);
    }
}
