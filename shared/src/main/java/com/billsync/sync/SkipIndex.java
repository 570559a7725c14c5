package com.billsync.sync;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.mapping.BillcomKind;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records a step skipped (not approved, unmapped, ...), so later runs evaluate them again from the mirror even
 * when Bill.com did not touch them.
 */
public interface SkipIndex {

    /** A skipped record and the run that last evaluated it. */
    record Mark(String billcomId, String runId, List<String> codes) {
        public Mark {
            Objects.requireNonNull(billcomId, "billcomId");
            Objects.requireNonNull(runId, "runId");
            codes = List.copyOf(codes);
        }
    }

    /** Which of {@code billcomIds} are marked. */
    Set<String> marked(String integrationId, BillcomKind kind, Collection<String> billcomIds);

    void mark(String integrationId, BillcomKind kind, List<Mark> marks);

    void clear(String integrationId, BillcomKind kind, Collection<String> billcomIds);

    /** The marks, in Bill.com id order. */
    Page<Mark> list(String integrationId, BillcomKind kind, PageRequest page);
}
