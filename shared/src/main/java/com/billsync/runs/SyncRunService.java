package com.billsync.runs;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationStatus;
import com.billsync.integration.Integrations;
import com.billsync.integration.SetupChecker;
import com.billsync.integration.SetupStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The API's view of syncing: trigger a full run, read runs and the errors log, reset the sync state. */
public final class SyncRunService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunService.class);

    private final Integrations integrations;
    private final SetupChecker checker;
    private final RunLauncher launcher;
    private final RunStore runs;
    private final ErrorLogStore errorLog;
    private final SyncStateStore syncState;

    public SyncRunService(Integrations integrations, SetupChecker checker, RunLauncher launcher, RunStore runs,
                          ErrorLogStore errorLog, SyncStateStore syncState) {
        this.integrations = Objects.requireNonNull(integrations, "integrations");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.errorLog = Objects.requireNonNull(errorLog, "errorLog");
        this.syncState = Objects.requireNonNull(syncState, "syncState");
    }

    /**
     * Starts a run of {@code plan} (the API's default is the full plan). Refuses with {@code not_connected},
     * {@code setup_not_completed} (full runs only; every unmet check in the details) or {@code sync_in_progress}
     * (the active run's id), in that order. A seed run re-pulls master data and needs no completed setup.
     */
    public SyncRun trigger(String tenantId, String integrationId, SyncPlan plan) {
        Integration integration = integrations.forTenant(tenantId, integrationId);
        if (integration.status() != IntegrationStatus.CONNECTED) {
            throw new ServiceException(ErrorCode.NOT_CONNECTED, "The integration is " + integration.status().wire()
                    + ", not connected. Fix its credentials (PATCH) or validate it first.",
                    Map.of("status", integration.status().wire()));
        }
        SetupStatus setup = checker.check(integration);
        if (plan == SyncPlan.FULL && !setup.completed()) {
            List<Map<String, Object>> unmet = setup.unmet().stream().map(c -> {
                Map<String, Object> check = new LinkedHashMap<>();
                check.put("name", c.name());
                check.put("ok", false);
                check.put("detail", c.detail());
                return check;
            }).toList();
            throw new ServiceException(ErrorCode.SETUP_NOT_COMPLETED,
                    "Setup is not complete: " + unmet.size() + " condition(s) unmet. See setup-status.",
                    Map.of("unmet_checks", unmet));
        }
        if (integration.activeRunId().isPresent()) {
            String active = integration.activeRunId().get();
            runs.get(integrationId, active).ifPresent(launcher::ensureEnqueued);
            throw new ServiceException(ErrorCode.SYNC_IN_PROGRESS, "A sync is already running for the integration.",
                    Map.of("run_id", active));
        }
        SyncRun run = launcher.launch(integrationId, plan, RunTrigger.MANUAL);
        LOG.info("Triggered {} run {} for integration {}", plan.wire(), run.runId(), integrationId);
        return run;
    }

    public Page<SyncRun> runs(String tenantId, String integrationId, PageRequest page) {
        integrations.forTenant(tenantId, integrationId);
        return runs.list(integrationId, page);
    }

    public SyncRun run(String tenantId, String integrationId, String runId) {
        integrations.forTenant(tenantId, integrationId);
        return runs.get(integrationId, runId).orElseThrow(() -> ServiceException.notFound("Sync run", runId));
    }

    public Page<ErrorEntry> errors(String tenantId, String integrationId, ErrorFilter filter, PageRequest page) {
        integrations.forTenant(tenantId, integrationId);
        return errorLog.list(integrationId, filter, page);
    }

    /** Forgets every cursor so the next run re-pulls everything; ledger data is untouched. */
    public int resetSyncState(String tenantId, String integrationId) {
        Integration integration = integrations.activeForTenant(tenantId, integrationId);
        if (integration.activeRunId().isPresent()) {
            throw new ServiceException(ErrorCode.SYNC_IN_PROGRESS,
                    "The sync state cannot be reset while a sync runs; retry when it finished.",
                    Map.of("run_id", integration.activeRunId().get()));
        }
        int forgotten = syncState.resetCursors(integrationId);
        LOG.info("Reset {} cursor(s) of integration {}", forgotten, integrationId);
        return forgotten;
    }
}
