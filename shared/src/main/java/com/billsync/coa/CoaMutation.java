package com.billsync.coa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a plan: a ledger account's Bill.com row is created, updated, archived, restored, or (matched by
 * number and type) mapped.
 *
 * @param billcomId the row; empty for a create until Bill.com answered
 * @param before    the row before this mutation; empty for a create
 * @param changes   the fields that differ ({@code name}, {@code number}, {@code type}, {@code parent},
 *                  {@code archived}); every field for a create, none for a map
 * @param depth     the account's depth in the ledger's tree (0: top level); parents are created and moved first
 */
public record CoaMutation(CoaAction action, String ledgerAccountId, Optional<String> billcomId,
                          Optional<CoaRow> before, CoaRow after, List<String> changes, int depth) {

    public CoaMutation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(ledgerAccountId, "ledgerAccountId");
        Objects.requireNonNull(billcomId, "billcomId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
    }

    /** The same mutation as applied: the row's id (a created row's new id) and its state after the write. */
    public CoaMutation applied(String id, CoaRow state) {
        return new CoaMutation(action, ledgerAccountId, Optional.of(id), before, state, changes, depth);
    }

    /** Whether the update moves the row to another parent (those go level by level). */
    public boolean moves() {
        return changes.contains("parent");
    }

    /** What identifies the mutation in a fingerprint; a create's (not yet known) id is left out. */
    String key() {
        return String.join("\u001e", action.wire(), ledgerAccountId,
                action == CoaAction.CREATE ? "" : billcomId.orElse(""),
                before.map(b -> b.key(false)).orElse(""),
                after.key(action == CoaAction.CREATE || action == CoaAction.UPDATE));
    }
}
