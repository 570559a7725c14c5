package com.billsync.integration;

import com.billsync.runs.RunLauncher;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps an integration in the planner's "due" index exactly while it is connected, setup-complete and has
 * auto-sync on. Called after every change that can flip one of those (status, settings, mappings).
 */
public final class SyncScheduler {

    private final IntegrationStore store;
    private final SetupChecker checker;
    private final Clock clock;

    public SyncScheduler(IntegrationStore store, SetupChecker checker, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void refresh(String integrationId) {
        store.get(integrationId).ifPresent(this::refresh);
    }

    public void refresh(Integration integration) {
        boolean due = integration.status() == IntegrationStatus.CONNECTED && integration.autoSync()
                && checker.check(integration).completed();
        if (due == integration.scheduled()) {
            return;
        }
        Instant now = clock.instant();
        Instant candidate = integration.lastSyncAt().map(t -> t.plus(RunLauncher.SYNC_INTERVAL))
                .filter(t -> t.isAfter(now)).orElse(now);
        store.schedule(integration.id(), due, candidate);
    }
}
