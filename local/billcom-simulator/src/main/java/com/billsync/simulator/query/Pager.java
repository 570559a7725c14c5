package com.billsync.simulator.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Keyset paging: a page is the {@code max} matching objects strictly after (or, going back, strictly before) an
 * anchor position in (sort key, id) order. Edits between pages therefore never make a record skip a page: a
 * record is only missed if it moves from after the anchor to before it, which an id-ordered scan never does.
 * One scan per page keeps a bounded heap, so a page costs O(n log max), not a full sort.
 */
public final class Pager {
    /** Where an object sits in the order: its sort key (may be null) and its storage key (its id). */
    public record Position(Comparable<?> sortKey, String key) {
    }

    /** A page continuation: after (forward) or before (backward) the anchor; a null anchor means an end. */
    public record Cursor(Position anchor, boolean backward) {
    }

    public record Row(Position position, ObjectNode node) {
    }

    public record Page(List<Row> rows, Cursor next, Cursor prev) {
    }

    private Pager() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comparator<Position> order(boolean ascending) {
        Comparator<Comparable> keys = Comparator.nullsFirst(Comparator.<Comparable>naturalOrder());
        Comparator<Comparable> directed = ascending ? keys : keys.reversed();
        return Comparator.comparing((Position p) -> (Comparable) p.sortKey(), directed).thenComparing(Position::key);
    }

    public static Page page(Iterable<Map.Entry<String, ObjectNode>> entries, Predicate<JsonNode> filter,
                            SortSpec sort, Cursor from, int max) {
        Comparator<Position> positions = order(sort.ascending());
        Comparator<Row> rows = Comparator.comparing(Row::position, positions);
        boolean backward = from != null && from.backward();
        Position anchor = from == null ? null : from.anchor();
        // Going forward keep the smallest max+1 rows (a max-heap evicts the largest); backward the largest.
        PriorityQueue<Row> heap = new PriorityQueue<>(backward ? rows : rows.reversed());
        Row first = null;
        Row last = null;
        for (Map.Entry<String, ObjectNode> entry : entries) {
            ObjectNode node = entry.getValue();
            if (!filter.test(node)) {
                continue;
            }
            Position position = new Position(sort.keyOf(node), entry.getKey());
            if (first == null || positions.compare(position, first.position()) < 0) {
                first = new Row(position, node);
            }
            if (last == null || positions.compare(position, last.position()) > 0) {
                last = new Row(position, node);
            }
            if (anchor != null) {
                int c = positions.compare(position, anchor);
                if (backward ? c >= 0 : c <= 0) {
                    continue;
                }
            }
            if (heap.size() > max) {
                // The heap holds max+1 rows already: only a row that beats its worst gets in.
                int c = positions.compare(position, heap.peek().position());
                if (backward ? c <= 0 : c >= 0) {
                    continue;
                }
            }
            heap.add(new Row(position, node));
            if (heap.size() > max + 1) {
                heap.poll();
            }
        }
        List<Row> page = new ArrayList<>(heap);
        page.sort(rows);
        boolean more = page.size() > max;
        if (more) {
            page.remove(backward ? 0 : page.size() - 1);
        }
        if (page.isEmpty()) {
            // Everything on this side of the anchor vanished: offer the whole other side from its end.
            Cursor back = anchor != null && first != null ? new Cursor(null, !backward) : null;
            return backward ? new Page(page, back, null) : new Page(page, null, back);
        }
        Row top = page.get(0);
        Row bottom = page.get(page.size() - 1);
        boolean hasBefore = backward ? more : rows.compare(first, top) < 0;
        boolean hasAfter = backward ? rows.compare(last, bottom) > 0 : more;
        return new Page(page,
                hasAfter ? new Cursor(bottom.position(), false) : null,
                hasBefore ? new Cursor(top.position(), true) : null);
    }
}
