package com.billsync.sync;

/**
 * A step's counters within a run, accumulated over every invocation that worked on it.
 *
 * @param documentCalls Bill.com calls that listed bill documents (also counted in {@code billcomCalls})
 * @param ledgerWrites  ledger and mirror records written (unchanged records cost none)
 */
public record StepCounts(long pages, long read, long created, long updated, long unchanged, long skipped,
                         long failed, long billcomCalls, long documentCalls, long ledgerWrites) {

    public static final StepCounts ZERO = new StepCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public boolean hasErrors() {
        return skipped > 0 || failed > 0;
    }
}
