package com.billsync.billcom;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param records the records that mapped
 * @param malformed the records that did not
 * @param checkpoint where to resume to get the page after this one (after the last page its token is null)
 * @param last whether this is the listing's final page
 */
public record Page<T>(List<T> records, List<MalformedRecord> malformed, ListCheckpoint checkpoint, boolean last) {

    public Page {
        records = List.copyOf(records);
        malformed = List.copyOf(malformed);
    }

    /** Records read from Bill.com on this page, mapped or not. */
    public int size() {
        return records.size() + malformed.size();
    }
}
