/**
 * The planner: every few minutes, finds the integrations whose next sync time has come through the sparse
 * "due" index (never a table scan), claims each with a conditional write so two planners never start the same
 * run, and launches a full run through {@link com.billsync.runs.RunLauncher}, the one enqueue path.
 */
package com.billsync.planner;
