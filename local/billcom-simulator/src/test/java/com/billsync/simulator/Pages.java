package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks a v3 list through its nextPage tokens, as a client would. */
final class Pages {
    private Pages() {
    }

    static List<JsonNode> all(Http http, String path, String query) {
        return all(http, path, query, null);
    }

    /** From {@code startToken} (null: the first page) to the end. */
    static List<JsonNode> all(Http http, String path, String query, String startToken) {
        List<JsonNode> out = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        String token = startToken;
        for (int guard = 0; guard < 10_000; guard++) {
            String q = query + (token == null ? "" : "&page=" + Http.enc(token));
            Http.Response r = http.get(path + "?" + q);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().get("results").forEach(out::add);
            JsonNode next = r.json().get("nextPage");
            if (next == null) {
                return out;
            }
            assertThat(tokens.add(next.asText())).as("tokens never repeat").isTrue();
            token = next.asText();
        }
        throw new AssertionError("paging did not end");
    }

    static List<String> ids(List<JsonNode> nodes) {
        return nodes.stream().map(n -> n.get("id").asText()).toList();
    }
}
