package com.billsync.sync;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.CallCounts;
import com.billsync.integration.Integration;
import com.billsync.runs.ErrorEntry;
import com.billsync.runs.ErrorStatus;
import com.billsync.runs.StepProgress;
import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a step sees while it runs one invocation: the integration, the run, its Bill.com client, the stores,
 * its checkpoint and counters. {@link #pageDone} is the one way a step moves forward: it saves the position and
 * the counters together (after the page's records are durable) and yields when the deadline is near.
 */
public final class StepContext {

    private final Integration integration;
    private final String runId;
    private final SyncStep step;
    private final BillcomClient billcom;
    private final SyncStores stores;
    private final Clock clock;
    private final Deadline deadline;
    private final Duration margin;
    private final Counter counter;
    private final long callsBefore;
    private final long documentCallsBefore;
    private final Map<String, String> seen;
    private final Map<String, Instant> cursors;
    private StepCheckpoint checkpoint;

    StepContext(Integration integration, String runId, SyncStep step, BillcomClient billcom, SyncStores stores,
                Clock clock, Deadline deadline, Duration margin, StepCheckpoint checkpoint,
                Map<String, Instant> cursors) {
        this.integration = integration;
        this.runId = runId;
        this.step = step;
        this.billcom = billcom;
        this.stores = stores;
        this.clock = clock;
        this.deadline = deadline;
        this.margin = margin;
        this.checkpoint = checkpoint;
        this.counter = new Counter(checkpoint.counts());
        this.callsBefore = checkpoint.counts().billcomCalls();
        this.documentCallsBefore = checkpoint.counts().documentCalls();
        this.seen = new HashMap<>(checkpoint.seen());
        this.cursors = Map.copyOf(cursors);
    }

    public Integration integration() {
        return integration;
    }

    public String integrationId() {
        return integration.id();
    }

    public String companyId() {
        return integration.companyId();
    }

    public Optional<LocalDate> cutoff() {
        return integration.cutoffDate();
    }

    public String runId() {
        return runId;
    }

    public SyncStep step() {
        return step;
    }

    public BillcomClient billcom() {
        return billcom;
    }

    public SyncStores stores() {
        return stores;
    }

    public Instant now() {
        return clock.instant();
    }

    public Counter counts() {
        return counter;
    }

    /** Where the step resumes: its listing and page. */
    public synchronized StepCheckpoint.Position position() {
        return checkpoint.position();
    }

    /** The listing's cursor as the step started: the greatest {@code updatedTime} a previous run read. */
    public Optional<Instant> cursor(String listing) {
        return Optional.ofNullable(cursors.get(listing));
    }

    /** The greatest {@code updatedTime} read so far per listing (the step's next cursors). */
    public synchronized Map<String, String> seen() {
        return Map.copyOf(seen);
    }

    /** Notes a record's {@code updatedTime} under its listing's name. */
    public synchronized void saw(String listing, Instant updatedTime) {
        if (updatedTime != null) {
            seen.merge(listing, updatedTime.toString(),
                    (a, b) -> Instant.parse(a).isAfter(Instant.parse(b)) ? a : b);
        }
    }

    /**
     * Records that everything before {@code next} is durably stored: saves the checkpoint with the counters,
     * shows the progress on the run, then yields (throws {@link StepYield}) if the deadline is near.
     */
    public void pageDone(StepCheckpoint.Position next) {
        synchronized (this) {
            checkpoint = new StepCheckpoint(checkpoint.integrationId(), runId, step, StepStatus.RUNNING, next, seen,
                    totals(), checkpoint.startedAt(), Optional.empty());
            stores.checkpoints().save(checkpoint);
            stores.runs().recordStep(integration.id(), runId, progress(StepStatus.RUNNING, Optional.empty()));
        }
        if (deadline.remaining().compareTo(margin) < 0) {
            throw new StepYield();
        }
    }

    /** Logs a record that was not imported (it stays in Bill.com; a later run retries it). */
    public void logSkip(String entityType, String externalId, String code, String message) {
        log(ErrorStatus.SKIPPED, entityType, externalId, code, message);
    }

    /** Logs a record that could not be read or written. */
    public void logFailure(String entityType, String externalId, String code, String message) {
        log(ErrorStatus.FAILED, entityType, externalId, code, message);
    }

    private void log(ErrorStatus status, String entityType, String externalId, String code, String message) {
        stores.errors().append(ErrorEntry.inRun(integration.id(), runId, status, code, message, step,
                Optional.of(entityType), Optional.ofNullable(externalId), clock.instant()));
    }

    synchronized StepCheckpoint checkpoint() {
        return checkpoint;
    }

    /** The counters so far, Bill.com calls included. */
    StepCounts totals() {
        CallCounts calls = billcom.calls();
        long documents = calls.byEndpoint().entrySet().stream()
                .filter(e -> e.getKey().contains("/documents/")).mapToLong(Map.Entry::getValue).sum();
        return counter.snapshot(callsBefore + calls.total(), documentCallsBefore + documents);
    }

    StepProgress progress(StepStatus status, Optional<Instant> endedAt) {
        StepCounts c = totals();
        return new StepProgress(step, status, c.pages(), c.read(), c.created(), c.updated(), c.unchanged(),
                c.skipped(), c.failed(), c.billcomCalls(), Optional.of(checkpoint.startedAt()), endedAt);
    }
}
