package com.billsync.sync.steps;

import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.BillcomRecord;
import com.billsync.mapping.MirrorRow;
import com.billsync.sync.StepContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns problems into the errors log's messages, naming Bill.com rows as the user knows them: one batch read of
 * the mirror per kind for the page's unmapped references.
 */
final class Names {

    private final Map<String, String> names = new HashMap<>();

    private Names() {
    }

    static Names of(StepContext ctx, List<Verdict.Problem> problems) {
        Map<BillcomKind, Set<String>> wanted = new EnumMap<>(BillcomKind.class);
        problems.forEach(p -> p.refs().forEach(r -> wanted.computeIfAbsent(r.kind(), k -> new HashSet<>())
                .add(r.billcomId())));
        Names out = new Names();
        wanted.forEach((kind, ids) -> {
            Map<String, MirrorRow> rows = ctx.stores().mirror().get(ctx.integrationId(), kind, ids);
            rows.forEach((id, row) -> BillcomRecord.of(row).name().ifPresent(n -> out.names.put(key(kind, id), n)));
        });
        return out;
    }

    /** {@code "'Office Supplies' (0ca…)"}, or just the id when the row is not in the mirror. */
    String describe(Ref ref) {
        String name = names.get(key(ref.kind(), ref.billcomId()));
        return name == null ? ref.billcomId() : "'" + name + "' (" + ref.billcomId() + ")";
    }

    /** The message of a problem about {@code subject} (e.g. {@code "Bill 00n… (invoice INV-1)"}). */
    String message(String subject, Verdict.Problem problem) {
        if (problem.refs().isEmpty()) {
            return problem.message();
        }
        Ref first = problem.refs().get(0);
        String target = first.kind() == BillcomKind.FUNDING_ACCOUNTS ? "ledger bank or credit card account"
                : "ledger " + (first.kind() == BillcomKind.ACCOUNTS ? "account" : first.noun());
        List<String> each = new ArrayList<>();
        for (Ref ref : problem.refs()) {
            each.add(ref.noun() + " " + describe(ref) + " on " + ref.where());
        }
        String refs = each.stream().distinct().collect(Collectors.joining(", "));
        boolean one = problem.refs().stream().map(Ref::billcomId).distinct().count() == 1;
        return subject + " uses " + refs + ", which " + (one ? "is" : "are") + " not mapped to a " + target
                + ". Map " + (one ? "it" : "them") + " under mappings/" + screensOf(problem.refs())
                + ", then sync again.";
    }

    private static String screensOf(List<Ref> refs) {
        return refs.stream().map(Ref::screen).distinct().collect(Collectors.joining(" and mappings/"));
    }

    private static String key(BillcomKind kind, String id) {
        return kind.name() + "#" + id;
    }
}
