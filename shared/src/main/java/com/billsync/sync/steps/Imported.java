package com.billsync.sync.steps;

import com.billsync.ledger.LedgerKind;
import com.billsync.sync.LedgerIds;
import com.billsync.sync.StepContext;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of some Bill.com records are in the ledger, archived ones included (to link applications to the
 * ledger's copies: an archived bill is still the bill a payment paid).
 */
final class Imported {

    private Imported() {
    }

    static Set<String> of(StepContext ctx, LedgerKind kind, Collection<String> billcomIds) {
        if (billcomIds.isEmpty()) {
            return Set.of();
        }
        return ctx.stores().ledger().get(ctx.companyId(), kind, billcomIds.stream()
                        .map(id -> LedgerIds.imported(kind, id)).collect(Collectors.toSet()))
                .values().stream().map(s -> s.record().billcomId().orElse("")).collect(Collectors.toSet());
    }
}
