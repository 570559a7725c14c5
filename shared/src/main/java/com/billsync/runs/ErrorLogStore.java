package com.billsync.runs;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;

/** The Integration Errors log. Entries expire after the configured number of days. */
public interface ErrorLogStore {

    /** Adds the entry, or replaces the entry with the same id. */
    void append(ErrorEntry entry);

    /** Newest first. */
    Page<ErrorEntry> list(String integrationId, ErrorFilter filter, PageRequest page);
}
