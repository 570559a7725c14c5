package com.billsync.billcom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a v3 listing asks for: filters, sort order and, for incremental pulls, the {@code updatedTime} lower
 * bound (the step's cursor). Immutable; build with {@link #all()} or {@link #updatedSince(Instant)} and
 * {@link #and(Filter)}.
 *
 * @param filters extra filters, ANDed
 * @param sort {@code field:asc|desc}, or {@code null} for Bill.com's default order
 * @param updatedSince the incremental cursor: only records with {@code updatedTime >= updatedSince}
 */
public record ListQuery(List<Filter> filters, String sort, Instant updatedSince) {

    /** Bill.com's largest page. */
    public static final int PAGE_SIZE = 100;

    public ListQuery {
        filters = List.copyOf(filters);
    }

    /** Every record (archived ones too; Bill.com lists them unless filtered). */
    public static ListQuery all() {
        return new ListQuery(List.of(), null, null);
    }

    /**
     * Records updated at or after {@code since}, oldest change first ({@code updatedTime:gte:"…"} sorted
     * {@code updatedTime:asc}), so a cursor can advance page by page.
     */
    public static ListQuery updatedSince(Instant since) {
        return new ListQuery(List.of(), "updatedTime:asc", since);
    }

    public ListQuery and(Filter filter) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(filter);
        return new ListQuery(more, sort, updatedSince);
    }

    public ListQuery sortedBy(String field, boolean ascending) {
        return new ListQuery(filters, field + (ascending ? ":asc" : ":desc"), updatedSince);
    }

    /** The same query resumed at a checkpoint's cursor (the page token belongs to that cursor's query). */
    ListQuery atCursor(String cursorValue) {
        if (cursorValue == null) {
            return this;
        }
        Instant since = Instant.parse(cursorValue);
        return new ListQuery(filters, sort == null ? "updatedTime:asc" : sort, since);
    }

    /** The cursor a checkpoint of this query carries: the {@code updatedSince} bound, ISO-8601, or null. */
    public String cursorValue() {
        return updatedSince == null ? null : updatedSince.toString();
    }

    /** Every filter sent, the cursor's first. */
    public List<Filter> effectiveFilters() {
        List<Filter> all = new ArrayList<>();
        if (updatedSince != null) {
            all.add(Filter.gte("updatedTime", updatedSince));
        }
        all.addAll(filters);
        return all;
    }

    /** The URL query string for one page. */
    String toQueryString(int max, String pageToken) {
        StringBuilder q = new StringBuilder("max=").append(max);
        if (sort != null) {
            q.append("&sort=").append(encode(sort));
        }
        List<Filter> all = effectiveFilters();
        if (!all.isEmpty()) {
            q.append("&filters=").append(encode(all.stream().map(Filter::render).collect(Collectors.joining(","))));
        }
        if (pageToken != null) {
            q.append("&page=").append(encode(pageToken));
        }
        return q.toString();
    }

    static String encode(String value) {
        // URLEncoder writes form encoding; %20 rather than '+' keeps a space a space for any query parser.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
