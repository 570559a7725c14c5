package com.billsync.simulator.query;

import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Answers one v3 list request: {@code {"nextPage":…,"prevPage":…,"results":[…]}}, with {@code nextPage} absent on
 * the last page and {@code prevPage} absent on the first.
 */
public final class Listing {
    public static final int DEFAULT_MAX = 20;
    public static final int MAX_MAX = 100;

    private Listing() {
    }

    /**
     * @param list names the list, so a token is only accepted by the list that issued it
     * @param params the query parameters {@code max}, {@code page}, {@code filters}, {@code sort}
     * @param view turns a stored object into what the endpoint shows (e.g. hides fields)
     */
    public static ObjectNode v3(String list, Map<String, ObjectNode> records, FieldSpec spec,
                                Map<String, String> params, UnaryOperator<ObjectNode> view) {
        int max = max(params.get("max"));
        String page = params.get("page");
        String filtersRaw;
        SortSpec sort;
        Pager.Cursor cursor = null;
        if (page != null && !page.isBlank()) {
            PageToken token = PageToken.decode(page, list, spec);
            filtersRaw = token.filters();
            sort = FilterParser.sort(token.sortField() + ":" + (token.ascending() ? "asc" : "desc"), spec);
            cursor = token.cursor();
        } else {
            filtersRaw = params.get("filters");
            sort = FilterParser.sort(params.get("sort"), spec);
        }
        List<Filter> filters = FilterParser.filters(filtersRaw, spec);
        Pager.Page result = Pager.page(candidates(records, filters), all(filters), sort, cursor, max);

        ObjectNode out = Json.object();
        if (result.next() != null) {
            out.put("nextPage", new PageToken(list, filtersRaw, sort.name(), sort.ascending(), result.next()).encode());
        }
        if (result.prev() != null) {
            out.put("prevPage", new PageToken(list, filtersRaw, sort.name(), sort.ascending(), result.prev()).encode());
        }
        ArrayNode results = out.putArray("results");
        result.rows().forEach(row -> results.add(view.apply(row.node())));
        return out;
    }

    /** {@code max}: 1 to 100, default 20; anything else is a 400. */
    static int max(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_MAX;
        }
        try {
            int max = Integer.parseInt(raw.trim());
            if (max >= 1 && max <= MAX_MAX) {
                return max;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw BdcError.INVALID_PARAMETER.exception("max", raw);
    }

    public static Predicate<JsonNode> all(List<Filter> filters) {
        Predicate<JsonNode> all = node -> true;
        for (Filter f : filters) {
            all = all.and(f);
        }
        return all;
    }

    /** An {@code id eq/in} filter narrows the scan to direct lookups. */
    public static Iterable<Map.Entry<String, ObjectNode>> candidates(Map<String, ObjectNode> records,
                                                                     List<Filter> filters) {
        for (Filter f : filters) {
            if (f.isIdLookup()) {
                List<Map.Entry<String, ObjectNode>> hits = new ArrayList<>();
                for (String id : new java.util.LinkedHashSet<>(f.rawValues())) {
                    ObjectNode node = records.get(id);
                    if (node != null) {
                        hits.add(Map.entry(id, node));
                    }
                }
                return hits;
            }
        }
        return records.entrySet();
    }
}
