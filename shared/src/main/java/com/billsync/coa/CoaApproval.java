package com.billsync.coa;

import java.time.Instant;
import java.util.Objects;

/** A one-shot release of the guard for the plan with this fingerprint; the run that applies it consumes it. */
public record CoaApproval(String fingerprint, Instant approvedAt) {

    public CoaApproval {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
