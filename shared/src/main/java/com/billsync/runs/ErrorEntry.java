package com.billsync.runs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the Integration Errors log.
 *
 * @param id        stable per (run, step, entity type, external id, code): logging the same problem again in
 *                  the same run (a re-delivered step) replaces the entry instead of adding one; begins with
 *                  the run id (or, outside a run, a time-ordered event id), so ids sort newest run last
 * @param runId     the run ({@code sync_attempt_id}); empty for problems outside a run, e.g. a failed connect
 * @param errorCode e.g. {@code VENDOR_NOT_MAPPED}
 */
public record ErrorEntry(
        String integrationId,
        String id,
        Optional<String> runId,
        ErrorStatus status,
        String errorCode,
        String message,
        Optional<SyncStep> step,
        Optional<String> entityType,
        Optional<String> externalId,
        Instant timestamp) {

    public ErrorEntry {
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** An entry about a record (or a whole step, when {@code externalId} is empty) within a run. */
    public static ErrorEntry inRun(String integrationId, String runId, ErrorStatus status, String errorCode,
                                   String message, SyncStep step, Optional<String> entityType,
                                   Optional<String> externalId, Instant timestamp) {
        String id = runId + "#" + String.format("%02d", SyncPlan.FULL.steps().indexOf(step)) + "#"
                + entityType.orElse("-") + "#" + externalId.orElse("-") + "#" + errorCode;
        return new ErrorEntry(integrationId, id, Optional.of(runId), status, errorCode, message, Optional.of(step),
                entityType, externalId, timestamp);
    }

    /** An entry outside any run; {@code eventId} must sort like run ids (see {@link com.billsync.domain.Ids}). */
    public static ErrorEntry outsideRun(String integrationId, String eventId, ErrorStatus status, String errorCode,
                                        String message, Instant timestamp) {
        return new ErrorEntry(integrationId, eventId + "#" + errorCode, Optional.empty(), status, errorCode,
                message, Optional.empty(), Optional.empty(), Optional.empty(), timestamp);
    }
}
