package com.billsync.runs;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Storage of runs and of the integration's one active-run slot. */
public interface RunStore {

    /**
     * In one transaction: records {@code run} and makes it the integration's active run, sets its last sync
     * time to the run's creation and its next planned sync to {@code nextSyncAt}; for the seed a connect starts
     * ({@code trigger == CONNECT}) also sets the integration's seed run id, once. Throws {@code
     * sync_in_progress} (details: {@code run_id}) when another run is active, {@code not_connected} when the
     * integration is not connected, and for a connect seed, {@code conflict} when one was already recorded.
     */
    void launch(SyncRun run, Instant nextSyncAt);

    /** Notes that every message of the run was accepted by the queue. */
    void markEnqueued(String integrationId, String runId, Instant at);

    Optional<SyncRun> get(String integrationId, String runId);

    /** Newest first. */
    Page<SyncRun> list(String integrationId, PageRequest page);

    Optional<SyncRun> latest(String integrationId);

    /** Stores one step's progress (the sync engine's bookkeeping). */
    void recordStep(String integrationId, String runId, StepProgress progress);

    /** Ends the run and frees the integration's active-run slot if it still holds this run. */
    void finish(String integrationId, String runId, RunStatus status, Instant at);
}
