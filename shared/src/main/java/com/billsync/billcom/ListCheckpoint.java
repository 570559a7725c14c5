package com.billsync.billcom;

/**
 * Where a listing resumes: the page token of the next page to fetch ({@code null}: the first page) and the
 * cursor value the listing's query was built from ({@code null}: not an incremental listing). Persist it after
 * a page's records are durably written; resuming with it fetches the page after that one.
 */
public record ListCheckpoint(String pageToken, String cursorValue) {

    /** The first page of a full listing. */
    public static ListCheckpoint start() {
        return new ListCheckpoint(null, null);
    }

    /** The first page of an incremental listing from {@code cursorValue}. */
    public static ListCheckpoint start(String cursorValue) {
        return new ListCheckpoint(null, cursorValue);
    }
}
