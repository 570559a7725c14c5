package com.billsync.coa;

import com.billsync.billcom.model.ChartOfAccount;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a Bill.com chart-of-accounts row that alignment owns, before or after a mutation.
 *
 * @param number         {@code account.number}
 * @param type           {@code account.type}, Bill.com's spelling
 * @param parentId       the Bill.com parent; empty for a top-level row, or while the parent is still to be created
 * @param parentLedgerId the ledger account the parent row belongs to, when known (always for a planned "after")
 */
public record CoaRow(String name, Optional<String> number, String type, Optional<String> parentId,
                     Optional<String> parentLedgerId, boolean archived) {

    public CoaRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(parentLedgerId, "parentLedgerId");
    }

    /** A row as Bill.com holds it; {@code parentLedgerId} is the ledger account its parent maps to, if any. */
    public static CoaRow of(ChartOfAccount row, Optional<String> parentLedgerId) {
        return new CoaRow(row.name() == null ? "" : row.name(),
                Optional.ofNullable(row.account() == null ? null : row.account().number()).filter(n -> !n.isBlank()),
                row.account() == null || row.account().type() == null ? "" : row.account().type(),
                Optional.ofNullable(row.parentId()).filter(p -> !p.isBlank()), parentLedgerId, row.archived());
    }

    public CoaRow withArchived(boolean value) {
        return new CoaRow(name, number, type, parentId, parentLedgerId, value);
    }

    /** The same row under a parent whose Bill.com id became known (it was created). */
    public CoaRow withParentId(Optional<String> value) {
        return new CoaRow(name, number, type, value, parentLedgerId, archived);
    }

    /**
     * What identifies the row's state in a fingerprint. A state Bill.com holds names its parent by Bill.com id; a
     * state the ledger asks for names it by ledger account, so it keeps its key while the parent is created.
     */
    String key(boolean wanted) {
        String parent = wanted
                ? parentLedgerId.map(l -> "l:" + l).or(() -> parentId.map(p -> "b:" + p)).orElse("")
                : parentId.map(p -> "b:" + p).orElse("");
        return String.join("\u001f", name, number.orElse(""), type, parent, Boolean.toString(archived));
    }
}
