package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.model.Dimension;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageIteratorTest {

    private final List<String> requestedTokens = new ArrayList<>();

    private PageIterator.PageSource pages(Map<String, PageIterator.RawPage> byToken) {
        return token -> {
            requestedTokens.add(token);
            return byToken.get(token == null ? "" : token);
        };
    }

    private static PageIterator.RawPage page(String next, String... ids) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String id : ids) {
            nodes.add(BillcomJson.MAPPER.createObjectNode().put("id", id).put("name", "n-" + id));
        }
        return new PageIterator.RawPage(nodes, next);
    }

    @Test
    void followsNextPageUntilItIsAbsent() {
        var it = new PageIterator<>("dims", pages(Map.of("", page("t1", "a", "b"), "t1", page(null, "c"))),
                Dimension.class, ListCheckpoint.start());

        assertThat(it.remainingRecords()).extracting(Dimension::id).containsExactly("a", "b", "c");
        assertThat(requestedTokens).containsExactly(null, "t1");
    }

    @Test
    void blankNextPageEndsTheListing() {
        var it = new PageIterator<>("dims", pages(Map.of("", page("", "a"))), Dimension.class, ListCheckpoint.start());

        Page<Dimension> only = it.next();

        assertThat(only.last()).isTrue();
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void repeatedTokenEndsTheListing() {
        var it = new PageIterator<>("dims", pages(Map.of("", page("t1", "a"), "t1", page("t1", "b"))),
                Dimension.class, ListCheckpoint.start());

        assertThat(it.remainingRecords()).extracting(Dimension::id).containsExactly("a", "b");
        assertThat(requestedTokens).containsExactly(null, "t1");
    }

    @Test
    void tokenRepeatingAnEarlierPageEndsTheListing() {
        var it = new PageIterator<>("dims",
                pages(Map.of("", page("t1", "a"), "t1", page("t2", "b"), "t2", page("t1", "c"))),
                Dimension.class, ListCheckpoint.start());

        assertThat(it.remainingRecords()).extracting(Dimension::id).containsExactly("a", "b", "c");
    }

    @Test
    void pageCheckpointPointsAtTheFollowingPageAndCarriesTheCursor() {
        var it = new PageIterator<>("dims", pages(Map.of("", page("t1", "a"), "t1", page(null, "b"))),
                Dimension.class, ListCheckpoint.start("2026-01-01T00:00:00Z"));

        Page<Dimension> first = it.next();
        Page<Dimension> second = it.next();

        assertThat(first.checkpoint()).isEqualTo(new ListCheckpoint("t1", "2026-01-01T00:00:00Z"));
        assertThat(first.last()).isFalse();
        assertThat(second.checkpoint()).isEqualTo(new ListCheckpoint(null, "2026-01-01T00:00:00Z"));
        assertThat(second.last()).isTrue();
    }

    @Test
    void resumingFromACheckpointFetchesItsToken() {
        var it = new PageIterator<>("dims", pages(Map.of("t1", page(null, "b"))), Dimension.class,
                new ListCheckpoint("t1", null));

        assertThat(it.remainingRecords()).extracting(Dimension::id).containsExactly("b");
        assertThat(requestedTokens).containsExactly("t1");
    }

    @Test
    void malformedRecordIsReportedAndTheRestOfThePageMapped() {
        List<JsonNode> nodes = new ArrayList<>(page(null, "a", "c").results());
        nodes.add(1, BillcomJson.MAPPER.createObjectNode().put("id", "bad").set("archived",
                BillcomJson.MAPPER.createArrayNode().add(1)));
        var it = new PageIterator<>("dims", t -> new PageIterator.RawPage(nodes, null), Dimension.class,
                ListCheckpoint.start());

        Page<Dimension> p = it.next();

        assertThat(p.records()).extracting(Dimension::id).containsExactly("a", "c");
        assertThat(p.malformed()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("bad");
            assertThat(m.rawJson()).contains("\"archived\":[1]");
        });
        assertThat(p.size()).isEqualTo(3);
    }
}
