package com.billsync.integration;

import com.billsync.runs.SyncRun;
import java.util.Objects;
import java.util.Optional;

/** An integration as the API shows it: with its setup checklist and its latest run. */
public record IntegrationView(Integration integration, SetupStatus setup, Optional<SyncRun> lastRun) {
    public IntegrationView {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(lastRun, "lastRun");
    }
}
