package com.billsync.sync.steps;

import com.billsync.ledger.LedgerKind;
import com.billsync.sync.LedgerIds;
import com.billsync.sync.StepContext;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Which of some Bill.com records are in the ledger (to link applications to the ledger's copies). */
final class Imported {

    private Imported() {
    }

    static Set<String> of(StepContext ctx, LedgerKind kind, Collection<String> billcomIds) {
        if (billcomIds.isEmpty()) {
            return Set.of();
        }
        return ctx.stores().ledger().get(ctx.companyId(), kind, billcomIds.stream()
                        .map(id -> LedgerIds.imported(kind, id)).collect(Collectors.toSet()))
                .values().stream().filter(s -> !s.record().archived())
                .map(s -> s.record().billcomId().orElse("")).collect(Collectors.toSet());
    }
}
