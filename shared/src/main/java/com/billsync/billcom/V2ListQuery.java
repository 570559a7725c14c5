package com.billsync.billcom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a v2 {@code List/<Entity>.json} call asks for; pages by {@code start}/{@code max}.
 *
 * @param filters filters, ANDed
 * @param sortField the field to sort by, or null
 * @param ascending the sort direction
 * @param pageSize records per call, 1 to {@value #MAX_PAGE_SIZE}
 * @param updatedSince the incremental cursor ({@code updatedTime >=}), or null
 */
public record V2ListQuery(List<V2Filter> filters, String sortField, boolean ascending, int pageSize,
        Instant updatedSince) {

    /** v2's largest page (older documentation says 1000; 999 is safe under both). */
    public static final int MAX_PAGE_SIZE = 999;

    public V2ListQuery {
        filters = List.copyOf(filters);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE);
        }
    }

    public static V2ListQuery all() {
        return new V2ListQuery(List.of(), null, true, MAX_PAGE_SIZE, null);
    }

    /** Records updated at or after {@code since}, oldest change first. */
    public static V2ListQuery updatedSince(Instant since) {
        return new V2ListQuery(List.of(), "updatedTime", true, MAX_PAGE_SIZE, since);
    }

    public V2ListQuery and(V2Filter filter) {
        List<V2Filter> more = new ArrayList<>(filters);
        more.add(filter);
        return new V2ListQuery(more, sortField, ascending, pageSize, updatedSince);
    }

    public V2ListQuery withPageSize(int size) {
        return new V2ListQuery(filters, sortField, ascending, size, updatedSince);
    }

    public V2ListQuery sortedBy(String field, boolean asc) {
        return new V2ListQuery(filters, field, asc, pageSize, updatedSince);
    }

    V2ListQuery atCursor(String cursorValue) {
        if (cursorValue == null) {
            return this;
        }
        return new V2ListQuery(filters, sortField == null ? "updatedTime" : sortField, ascending, pageSize,
                Instant.parse(cursorValue));
    }

    public String cursorValue() {
        return updatedSince == null ? null : updatedSince.toString();
    }

    /** The {@code data} form field for the page starting at {@code start}. */
    ObjectNode toData(int start) {
        ObjectNode data = BillcomJson.MAPPER.createObjectNode();
        data.put("start", start);
        data.put("max", pageSize);
        ArrayNode f = data.putArray("filters");
        if (updatedSince != null) {
            addFilter(f, V2Filter.gte("updatedTime", updatedSince));
        }
        filters.forEach(filter -> addFilter(f, filter));
        if (sortField != null) {
            // Bill.com's own example sends the flag as a string.
            data.putArray("sort").addObject().put("field", sortField).put("asc", Boolean.toString(ascending));
        }
        data.put("nested", true);
        return data;
    }

    private static void addFilter(ArrayNode array, V2Filter filter) {
        array.addObject().put("field", filter.field()).put("op", filter.op()).put("value", filter.value());
    }
}
