package com.billsync.sync.steps;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.SkipIndex;
import com.billsync.sync.StepCheckpoint;
import com.billsync.sync.StepContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A step's phase after its listing: records skipped by earlier runs that Bill.com did not send again are
 * evaluated once more from the mirror (a mapping made since, a cutoff moved), without any Bill.com call. Records
 * this run already evaluated are left alone. Checkpointed like a listing, 100 marks a page.
 */
final class SkippedRetry {

    private SkippedRetry() {
    }

    /**
     * Runs the phase if the step's position has reached {@code phase} (and not passed it).
     *
     * @param evaluate evaluates a page of records read back from the mirror
     */
    static void run(StepContext ctx, int phase, BillcomKind kind,
                    Function<List<MirrorRow>, List<TransactionWriter.Candidate>> evaluate, TransactionWriter writer) {
        if (ctx.position().index() != phase) {
            return;
        }
        Optional<String> cursor = Optional.ofNullable(ctx.position().pageToken());
        do {
            Page<SkipIndex.Mark> marks = ctx.stores().skips().list(ctx.integrationId(), kind,
                    new PageRequest(PageRequest.MAX_LIMIT, cursor));
            List<String> ids = marks.items().stream().filter(m -> !m.runId().equals(ctx.runId()))
                    .map(SkipIndex.Mark::billcomId).toList();
            if (!ids.isEmpty()) {
                Map<String, MirrorRow> rows = ctx.stores().mirror().get(ctx.integrationId(), kind, ids);
                List<MirrorRow> found = new ArrayList<>();
                List<String> gone = new ArrayList<>();
                for (String id : ids) {
                    MirrorRow row = rows.get(id);
                    if (row == null) {
                        gone.add(id);
                    } else {
                        found.add(row);
                    }
                }
                writer.apply(ctx, evaluate.apply(found));
                if (!gone.isEmpty()) {
                    ctx.stores().skips().clear(ctx.integrationId(), kind, gone);
                }
            }
            cursor = marks.nextCursor();
            ctx.pageDone(cursor.map(c -> new StepCheckpoint.Position(phase, c, null))
                    .orElseGet(() -> new StepCheckpoint.Position(phase + 1, null, null)));
        } while (cursor.isPresent());
    }
}
