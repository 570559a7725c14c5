package com.billsync.coa;

import com.billsync.integration.Integration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan the next run would compute, as the API shows it.
 *
 * @param approval       the stored approval, if any (it releases the guard only if it names this plan)
 * @param pendingCreates creates of an earlier run not confirmed yet; the next run settles them first
 */
public record CoaPreview(Integration integration, CoaPlan plan, CoaGuard.Verdict guard, Optional<CoaApproval> approval,
                         int pendingCreates, Instant computedAt) {

    public CoaPreview {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(computedAt, "computedAt");
    }

    /** Whether the stored approval names this exact plan. */
    public boolean approved() {
        return approval.filter(a -> a.fingerprint().equals(plan.fingerprint())).isPresent();
    }
}
