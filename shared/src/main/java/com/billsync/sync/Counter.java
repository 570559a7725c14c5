package com.billsync.sync;

/**
 * A step's counters while it runs; starts from the checkpoint's, so they add up over invocations. Thread-safe: the
 * page chains of a sliced listing count into it together.
 */
public final class Counter {

    private long pages;
    private long read;
    private long created;
    private long updated;
    private long unchanged;
    private long skipped;
    private long failed;
    private long ledgerWrites;

    Counter(StepCounts from) {
        pages = from.pages();
        read = from.read();
        created = from.created();
        updated = from.updated();
        unchanged = from.unchanged();
        skipped = from.skipped();
        failed = from.failed();
        ledgerWrites = from.ledgerWrites();
    }

    public synchronized void page(int records) {
        pages++;
        read += records;
    }

    public synchronized void created(int n) {
        created += n;
    }

    public synchronized void updated(int n) {
        updated += n;
    }

    public synchronized void unchanged(int n) {
        unchanged += n;
    }

    public synchronized void skipped(int n) {
        skipped += n;
    }

    public synchronized void failed(int n) {
        failed += n;
    }

    public synchronized void writes(int n) {
        ledgerWrites += n;
    }

    synchronized StepCounts snapshot(long billcomCalls, long documentCalls) {
        return new StepCounts(pages, read, created, updated, unchanged, skipped, failed, billcomCalls, documentCalls,
                ledgerWrites);
    }
}
