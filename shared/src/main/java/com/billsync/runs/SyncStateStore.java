package com.billsync.runs;

import java.time.Instant;
import java.util.Optional;

/**
 * Per integration and step: the incremental cursor (forgotten by {@code reset-sync-state}) and when the step
 * last completed a pull (kept across resets: setup completeness asks whether accounts and vendors were pulled).
 */
public interface SyncStateStore {

    Optional<String> cursor(String integrationId, SyncStep step);

    void saveCursor(String integrationId, SyncStep step, String cursor, Instant at);

    /** Forgets every cursor of the integration; returns how many there were. */
    int resetCursors(String integrationId);

    void recordPulled(String integrationId, SyncStep step, String runId, Instant at);

    Optional<Instant> pulledAt(String integrationId, SyncStep step);
}
