/**
 * Sync runs as the API and the planner start them: steps and plans, the run record and its per-step
 * progress, the SQS message of one step, {@link com.billsync.runs.RunLauncher} (record a run, enqueue its
 * steps), the errors log and the per-step sync state (cursors, pulled markers). The sync engine that executes
 * the steps builds on these.
 */
package com.billsync.runs;
