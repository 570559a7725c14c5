package com.billsync.coa;

import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.ledger.LedgerAccount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the alignment plan from the GL (the source of truth), the mirrored Bill.com chart and the mappings.
 * Pure and deterministic: the same inputs give the same plan and fingerprint.
 *
 * <ul>
 *   <li>An active ledger account with a mapped row: the row takes the account's name, number, type and parent
 *       (a row of an accepted type, e.g. FIXED_ASSET for an asset, keeps its type) and is restored if archived.
 *       A ledger account without a number leaves the row's number alone.</li>
 *   <li>An active unmapped account: matched to the chart-of-accounts row of the Bill.com bank account it is
 *       mapped to as a funding account, if that row is unmapped; else to the one unmapped row with its number
 *       and an accepted type (active rows preferred over archived ones; number-less accounts: same name, no
 *       number); then mapped and brought in line. Otherwise created. Same number but another type, or several equally good rows: a
 *       conflict.</li>
 *   <li>An account mapped as a funding account whose bank account has no free chart row is left alone: the bank
 *       account already stands for it in Bill.com.</li>
 *   <li>An inactive account with a mapped active row: the row is archived (its other fields are left alone).</li>
 *   <li>Parents: an account's row goes under its ledger parent's row; a parent without a row is created first
 *       (creates and moves run level by level). A cycle, a parent that is not an account, or a parent that will
 *       have no row (inactive and unmapped, or itself in conflict) is a conflict for the account.</li>
 *   <li>Bill.com rows with no ledger counterpart are listed and never touched.</li>
 * </ul>
 */
public final class CoaPlanner {

    private static final Comparator<LedgerAccount> ORDER = Comparator
            .comparing((LedgerAccount a) -> a.number().map(String::trim).orElse("\uffff"))
            .thenComparing(a -> a.name().trim().toLowerCase(Locale.ROOT))
            .thenComparing(LedgerAccount::id);

    private final Map<String, LedgerAccount> accounts = new LinkedHashMap<>();
    private final Map<String, ChartOfAccount> rows = new LinkedHashMap<>();
    private final Map<String, String> rowToLedger;
    private final Map<String, String> ledgerToRow = new HashMap<>();
    private final Set<String> pendingCreates;
    private final Map<String, Optional<String>> fundingRows;
    /** Active funding (bank) accounts with no chart row of their own to align: left as they are. */
    private final Set<String> fundingOnly = new HashSet<>();
    private final Map<String, CoaConflict> excluded = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    /** Per active account that will have a row: the existing row's id, or empty for a create. */
    private final Map<String, Optional<String>> target = new HashMap<>();
    /** Unmapped rows matched this plan → the ledger account they match. */
    private final Map<String, String> matched = new HashMap<>();

    private CoaPlanner(CoaInputs in) {
        in.ledger().stream().sorted(ORDER).forEach(a -> accounts.put(a.id(), a));
        in.billcom().stream().sorted(Comparator.comparing(ChartOfAccount::id)).forEach(r -> rows.put(r.id(), r));
        rowToLedger = in.mappings();
        rowToLedger.forEach((row, ledger) -> {
            if (accounts.containsKey(ledger)) {
                ledgerToRow.put(ledger, row);
            }
        });
        pendingCreates = in.pendingCreates();
        fundingRows = in.fundingRows();
    }

    public static CoaPlan plan(CoaInputs inputs) {
        return new CoaPlanner(inputs).plan();
    }

    private CoaPlan plan() {
        List<LedgerAccount> active = accounts.values().stream().filter(LedgerAccount::active).toList();
        markCycles();
        markBrokenChains(active);
        for (LedgerAccount account : active) {
            if (!excluded.containsKey(account.id())) {
                chooseRow(account);
            }
        }
        List<LedgerAccount> byDepth = new ArrayList<>(active);
        byDepth.removeIf(a -> excluded.containsKey(a.id()) || fundingOnly.contains(a.id()));
        byDepth.sort(Comparator.comparingInt((LedgerAccount a) -> depthOf(a.id())).thenComparing(ORDER));
        byDepth.forEach(this::place);

        List<CoaMutation> mutations = new ArrayList<>();
        for (LedgerAccount account : byDepth) {
            if (!excluded.containsKey(account.id())) {
                mutations.addAll(align(account));
            }
        }
        for (LedgerAccount account : accounts.values()) {
            if (!account.active()) {
                archive(account).ifPresent(mutations::add);
            }
        }
        // Stable sort: within a group, accounts keep their depth-then-number order.
        mutations.sort(Comparator.comparingInt(CoaPlanner::phase).thenComparingInt(CoaPlanner::wave)
                .thenComparingInt(m -> m.action() == CoaAction.CREATE ? 1 : 0));
        List<CoaConflict> conflicts = active.stream().map(a -> excluded.get(a.id())).filter(Objects::nonNull)
                .toList();
        return CoaPlan.of(mutations, conflicts, untouched(),
                (int) rows.values().stream().filter(r -> !r.archived()).count());
    }

    /** Maps first, restores next, then creates and updates wave by wave, archives last. */
    private static int phase(CoaMutation m) {
        return switch (m.action()) {
            case MAP -> 0;
            case RESTORE -> 1;
            case CREATE, UPDATE -> 2;
            case ARCHIVE -> 3;
        };
    }

    /**
     * The level a create or update runs at: a row can only be created or moved under a parent that exists, so
     * those go in the order of the ledger's depth (updates before creates within a level, so a number freed by
     * an update is free for a create); updates that keep the parent all go in the first wave. Moving level by
     * level also never makes a row, even for a moment, its own ancestor in Bill.com.
     */
    static int wave(CoaMutation m) {
        return switch (m.action()) {
            case CREATE -> m.depth();
            case UPDATE -> m.moves() ? m.depth() : 0;
            default -> 0;
        };
    }

    // ---- structure ---------------------------------------------------------------------------------------

    /** Active accounts on a cycle of parents. */
    private void markCycles() {
        Map<String, Integer> color = new HashMap<>();
        for (String start : accounts.keySet()) {
            List<String> path = new ArrayList<>();
            String cursor = start;
            while (cursor != null && accounts.containsKey(cursor) && color.getOrDefault(cursor, 0) == 0) {
                color.put(cursor, 1);
                path.add(cursor);
                cursor = accounts.get(cursor).parentId().orElse(null);
            }
            if (cursor != null && color.getOrDefault(cursor, 0) == 1) {
                List<String> cycle = path.subList(path.indexOf(cursor), path.size());
                for (String member : cycle) {
                    if (accounts.get(member).active()) {
                        excluded.put(member, new CoaConflict(CoaConflict.Code.CYCLE, Optional.of(member),
                                Optional.ofNullable(ledgerToRow.get(member)), "Ledger account " + label(member)
                                + " is its own ancestor (" + String.join(" -> ", cycle) + "). Fix the parents in "
                                + "the ledger."));
                    }
                }
            }
            path.forEach(p -> color.put(p, 2));
        }
    }

    /** Active accounts whose chain of parents is broken outside a cycle (those are marked already). */
    private void markBrokenChains(List<LedgerAccount> active) {
        for (LedgerAccount account : active) {
            if (excluded.containsKey(account.id()) || depthOf(account.id()) >= 0) {
                continue;
            }
            String parent = account.parentId().orElseThrow();
            Optional<String> row = Optional.ofNullable(ledgerToRow.get(account.id()));
            if (!accounts.containsKey(parent)) {
                exclude(account, CoaConflict.Code.PARENT_MISSING, row, "The parent of ledger account "
                        + label(account.id()) + ", " + parent + ", is not an account of the company. Fix the parent "
                        + "in the ledger.");
            } else {
                exclude(account, CoaConflict.Code.PARENT_UNPLACEABLE, row, "The parent of ledger account "
                        + label(account.id()) + ", " + label(parent) + ", cannot be placed: its own chain of "
                        + "parents is broken (a cycle or a missing account).");
            }
        }
    }

    /** The account's depth in the ledger tree; -1 when its chain is broken (a cycle or a missing parent). */
    private int depthOf(String id) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = id;
        boolean broken = false;
        int base = -1;
        while (true) {
            Integer known = depth.get(cursor);
            if (known != null) {
                broken = known < 0;
                base = known;
                break;
            }
            if (!accounts.containsKey(cursor) || !seen.add(cursor)) {
                broken = true;
                break;
            }
            chain.add(cursor);
            Optional<String> parent = accounts.get(cursor).parentId();
            if (parent.isEmpty()) {
                break;
            }
            cursor = parent.get();
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            base = broken ? -1 : base + 1;
            depth.put(chain.get(i), base);
        }
        return depth.getOrDefault(id, -1);
    }

    // ---- rows --------------------------------------------------------------------------------------------

    /** The account's row: its mapped row, the one unmapped row it matches, or a new one. */
    private void chooseRow(LedgerAccount account) {
        String mappedRow = ledgerToRow.get(account.id());
        if (mappedRow != null) {
            if (rows.containsKey(mappedRow)) {
                target.put(account.id(), Optional.of(mappedRow));
            } else {
                exclude(account, CoaConflict.Code.MAPPED_ROW_MISSING, Optional.of(mappedRow), "Ledger account "
                        + label(account.id()) + " is mapped to Bill.com row " + mappedRow + ", which the last pull "
                        + "did not return. Unmap it or restore the row in Bill.com.");
            }
            return;
        }
        if (pendingCreates.contains(account.id())) {
            exclude(account, CoaConflict.Code.CREATE_PENDING, Optional.empty(), "Bill.com has not confirmed an "
                    + "earlier create of ledger account " + label(account.id()) + "; it is not created again until "
                    + "a run finds the row or the create is known to have failed.");
            return;
        }
        if (fundingRows.containsKey(account.id())) {
            // A Bill.com bank account already stands for it: its chart row, when free, is its counterpart; it is
            // never created again beside the bank account.
            Optional<String> linked = fundingRows.get(account.id()).filter(rows::containsKey)
                    .filter(r -> !rowToLedger.containsKey(r) && !matched.containsKey(r));
            if (linked.isPresent()) {
                matched.put(linked.get(), account.id());
                target.put(account.id(), linked);
            } else {
                fundingOnly.add(account.id());
            }
            return;
        }
        Optional<String> number = account.number().map(String::trim).filter(n -> !n.isEmpty());
        List<ChartOfAccount> candidates = unmappedRows().stream()
                .filter(r -> number.isPresent() ? number.equals(number(r))
                        : number(r).isEmpty() && name(r).equalsIgnoreCase(account.name().trim()))
                .toList();
        List<ChartOfAccount> sameType = candidates.stream().filter(r -> account.type().accepts(type(r))).toList();
        if (sameType.isEmpty()) {
            if (!candidates.isEmpty() && number.isPresent()) {
                ChartOfAccount other = candidates.get(0);
                exclude(account, CoaConflict.Code.NUMBER_TYPE_MISMATCH, Optional.of(other.id()), "Bill.com row "
                        + other.id() + " has number " + number.get() + " but type " + type(other) + ", and ledger "
                        + "account " + label(account.id()) + " is " + account.type().wire() + ". Change the type on "
                        + "one side, or map the row by hand.");
                return;
            }
            target.put(account.id(), Optional.empty());
            return;
        }
        List<ChartOfAccount> activeRows = sameType.stream().filter(r -> !r.archived()).toList();
        List<ChartOfAccount> best = activeRows.isEmpty() ? sameType : activeRows;
        if (best.size() > 1) {
            exclude(account, CoaConflict.Code.AMBIGUOUS_MATCH, Optional.of(best.get(0).id()), "Bill.com rows "
                    + String.join(", ", best.stream().map(ChartOfAccount::id).toList()) + " all fit ledger account "
                    + label(account.id()) + ". Map one of them by hand.");
            return;
        }
        matched.put(best.get(0).id(), account.id());
        target.put(account.id(), Optional.of(best.get(0).id()));
    }

    private List<ChartOfAccount> unmappedRows() {
        return rows.values().stream().filter(r -> !rowToLedger.containsKey(r.id()) && !matched.containsKey(r.id()))
                .toList();
    }

    /** Parents first (by depth): the account is placed when its parent has, or gets, a row. */
    private void place(LedgerAccount account) {
        if (excluded.containsKey(account.id()) || account.parentId().isEmpty()) {
            return;
        }
        String parent = account.parentId().get();
        LedgerAccount parentAccount = accounts.get(parent);
        boolean inConflict = excluded.containsKey(parent);
        boolean hasRow = target.containsKey(parent)
                || (!parentAccount.active() && ledgerToRow.containsKey(parent)
                && rows.containsKey(ledgerToRow.get(parent)));
        if (inConflict || !hasRow) {
            exclude(account, CoaConflict.Code.PARENT_UNPLACEABLE, Optional.ofNullable(ledgerToRow.get(account.id())),
                    "The parent of ledger account " + label(account.id()) + ", " + label(parent) + ", has no Bill.com "
                    + "row and will not get one (" + (inConflict ? "it is in conflict itself"
                    : fundingOnly.contains(parent) ? "it is a Bill.com bank account without a chart row of its own"
                    : "it is inactive and unmapped") + ").");
        }
    }

    private void exclude(LedgerAccount account, CoaConflict.Code code, Optional<String> billcomId, String message) {
        excluded.put(account.id(), new CoaConflict(code, Optional.of(account.id()), billcomId, message));
    }

    // ---- mutations ---------------------------------------------------------------------------------------

    private List<CoaMutation> align(LedgerAccount account) {
        int level = depthOf(account.id());
        Optional<String> rowId = target.get(account.id());
        Optional<String> parentLedger = account.parentId();
        Optional<String> parentRow = parentLedger.flatMap(p -> target.getOrDefault(p,
                Optional.ofNullable(ledgerToRow.get(p))));
        Optional<String> number = account.number().map(String::trim).filter(n -> !n.isEmpty());
        if (rowId.isEmpty()) {
            CoaRow after = new CoaRow(account.name().trim(), number, account.type().billcomType(), parentRow,
                    parentLedger, false);
            return List.of(new CoaMutation(CoaAction.CREATE, account.id(), Optional.empty(), Optional.empty(), after,
                    List.of("name", "number", "type", "parent"), level));
        }
        ChartOfAccount row = rows.get(rowId.get());
        CoaRow current = rowState(row);
        List<CoaMutation> out = new ArrayList<>();
        if (matched.containsKey(row.id())) {
            out.add(new CoaMutation(CoaAction.MAP, account.id(), rowId, Optional.of(current), current, List.of(),
                    level));
        }
        if (current.archived()) {
            CoaRow restored = current.withArchived(false);
            out.add(new CoaMutation(CoaAction.RESTORE, account.id(), rowId, Optional.of(current), restored,
                    List.of("archived"), level));
            current = restored;
        }
        String type = account.type().accepts(current.type()) ? current.type() : account.type().billcomType();
        CoaRow desired = new CoaRow(account.name().trim(), number.or(current::number), type, parentRow, parentLedger,
                false);
        List<String> changes = new ArrayList<>();
        if (!desired.name().equals(current.name().trim())) {
            changes.add("name");
        }
        if (!desired.number().equals(current.number())) {
            changes.add("number");
        }
        if (!desired.type().equals(current.type())) {
            changes.add("type");
        }
        boolean parentPending = parentLedger.isPresent() && parentRow.isEmpty();
        if (parentPending || !parentRow.equals(current.parentId())) {
            changes.add("parent");
        }
        if (!changes.isEmpty()) {
            out.add(new CoaMutation(CoaAction.UPDATE, account.id(), rowId, Optional.of(current), desired, changes,
                    level));
        }
        return out;
    }

    private Optional<CoaMutation> archive(LedgerAccount account) {
        String rowId = ledgerToRow.get(account.id());
        ChartOfAccount row = rowId == null ? null : rows.get(rowId);
        if (row == null || row.archived()) {
            return Optional.empty();
        }
        CoaRow current = rowState(row);
        return Optional.of(new CoaMutation(CoaAction.ARCHIVE, account.id(), Optional.of(rowId), Optional.of(current),
                current.withArchived(true), List.of("archived"), Math.max(0, depthOf(account.id()))));
    }

    private List<CoaPlan.Untouched> untouched() {
        return rows.values().stream()
                .filter(r -> !matched.containsKey(r.id())
                        && !(rowToLedger.containsKey(r.id()) && accounts.containsKey(rowToLedger.get(r.id()))))
                .map(r -> new CoaPlan.Untouched(r.id(), rowState(r)))
                .toList();
    }

    /** A row as Bill.com holds it, its parent named by the ledger account the parent row belongs to. */
    private CoaRow rowState(ChartOfAccount row) {
        Optional<String> parentLedger = Optional.ofNullable(row.parentId())
                .map(p -> rowToLedger.containsKey(p) ? rowToLedger.get(p) : matched.get(p))
                .filter(accounts::containsKey);
        return CoaRow.of(row, parentLedger);
    }

    private String label(String ledgerId) {
        LedgerAccount a = accounts.get(ledgerId);
        if (a == null) {
            return ledgerId;
        }
        return "'" + a.number().map(n -> n.trim() + " ").orElse("") + a.name().trim() + "' (" + a.id() + ")";
    }

    private static Optional<String> number(ChartOfAccount row) {
        return Optional.ofNullable(row.account() == null ? null : row.account().number()).map(String::trim)
                .filter(n -> !n.isEmpty());
    }

    private static String type(ChartOfAccount row) {
        return row.account() == null || row.account().type() == null ? "" : row.account().type();
    }

    private static String name(ChartOfAccount row) {
        return row.name() == null ? "" : row.name().trim();
    }
}
