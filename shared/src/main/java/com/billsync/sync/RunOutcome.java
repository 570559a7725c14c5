package com.billsync.sync;

import com.billsync.runs.RunStatus;
import com.billsync.runs.StepProgress;
import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncRun;

/** A run's final status from its steps'. */
final class RunOutcome {

    private RunOutcome() {
    }

    static RunStatus of(SyncRun run) {
        boolean errors = false;
        for (StepProgress step : run.steps()) {
            switch (step.status()) {
                // A step that never ended (its message was lost to the dead-letter queue) fails the run too.
                case FAILED, SKIPPED, PENDING, RUNNING -> {
                    return RunStatus.FAILED;
                }
                case COMPLETED_WITH_ERRORS -> errors = true;
                case COMPLETED -> errors |= step.skipped() > 0 || step.failed() > 0;
            }
        }
        return errors ? RunStatus.COMPLETED_WITH_ERRORS : RunStatus.COMPLETED;
    }
}
