package com.billsync.api;

import com.billsync.coa.CoaAlignmentService;
import com.billsync.integration.IntegrationService;
import com.billsync.ledger.LedgerService;
import com.billsync.mapping.MappingService;
import com.billsync.runs.SyncRunService;
import java.util.Objects;

/** The services the routes call. */
public record ApiServices(LedgerService ledger, IntegrationService integrations, MappingService mappings,
                          SyncRunService runs, CoaAlignmentService coa) {
    public ApiServices {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(integrations, "integrations");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(coa, "coa");
    }
}
