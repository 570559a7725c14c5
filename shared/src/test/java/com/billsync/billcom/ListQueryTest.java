package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    private static final Instant SINCE = Instant.parse("2025-12-30T00:00:00Z");

    @Test
    void rendersQuotedTextAndBareBooleans() {
        assertThat(Filter.eq("vendorId", "00901").render()).isEqualTo("vendorId:eq:\"00901\"");
        assertThat(Filter.eq("archived", false).render()).isEqualTo("archived:eq:false");
        assertThat(Filter.in("billCurrency", List.of("USD", "CAD")).render()).isEqualTo("billCurrency:in:\"USD,CAD\"");
        assertThat(Filter.startsWith("name", "Hap").render()).isEqualTo("name:sw:\"Hap\"");
    }

    @Test
    void incrementalQueryFiltersOnUpdatedTimeGteAndSortsAscending() {
        String q = decode(ListQuery.updatedSince(SINCE).toQueryString(100, null));

        assertThat(q).isEqualTo("max=100&sort=updatedTime:asc&filters=updatedTime:gte:\"2025-12-30T00:00:00.000Z\"");
    }

    @Test
    void extraFiltersFollowTheCursorFilterAndPageTokenIsAppended() {
        String q = decode(ListQuery.updatedSince(SINCE).and(Filter.eq("archived", false)).toQueryString(100, "tok 1"));

        assertThat(q).endsWith("filters=updatedTime:gte:\"2025-12-30T00:00:00.000Z\",archived:eq:false&page=tok 1");
    }

    @Test
    void encodesSpacesAsPercentTwentyNotPlus() {
        String q = ListQuery.all().and(Filter.eq("name", "A B")).toQueryString(100, null);

        assertThat(q).contains("%20").doesNotContain("+");
    }

    @Test
    void fullListingSendsOnlyThePageSize() {
        assertThat(ListQuery.all().toQueryString(100, null)).isEqualTo("max=100");
    }

    @Test
    void cursorValueRoundTripsThroughACheckpoint() {
        ListQuery original = ListQuery.updatedSince(SINCE).and(Filter.eq("archived", false));

        ListQuery resumed = ListQuery.all().and(Filter.eq("archived", false)).atCursor(original.cursorValue());

        assertThat(resumed.effectiveFilters()).isEqualTo(original.effectiveFilters());
        assertThat(resumed.sort()).isEqualTo("updatedTime:asc");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
