package com.billsync.sync;

/** A step's counters while it runs; starts from the checkpoint's, so they add up over invocations. */
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

    public void page(int records) {
        pages++;
        read += records;
    }

    public void created(int n) {
        created += n;
    }

    public void updated(int n) {
        updated += n;
    }

    public void unchanged(int n) {
        unchanged += n;
    }

    public void skipped(int n) {
        skipped += n;
    }

    public void failed(int n) {
        failed += n;
    }

    public void writes(int n) {
        ledgerWrites += n;
    }

    StepCounts snapshot(long billcomCalls, long documentCalls) {
        return new StepCounts(pages, read, created, updated, unchanged, skipped, failed, billcomCalls, documentCalls,
                ledgerWrites);
    }
}
