package com.billsync.sync;

import com.billsync.runs.SyncStep;
import java.util.Optional;

/** Step checkpoints, one per (run, step); they expire some weeks after the run. */
public interface CheckpointStore {

    Optional<StepCheckpoint> load(String integrationId, String runId, SyncStep step);

    /** Replaces the step's checkpoint. */
    void save(StepCheckpoint checkpoint);
}
