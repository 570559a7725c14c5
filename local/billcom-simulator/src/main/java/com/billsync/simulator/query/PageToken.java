package com.billsync.simulator.query;

import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code page} value: which list it belongs to, the query (filters and sort) it continues, and the
 * keyset cursor. Clients only echo it back; a token from another list, or garbage, is a BDC_1129.
 */
public record PageToken(String list, String filters, String sortField, boolean ascending, Pager.Cursor cursor) {

    public String encode() {
        ObjectNode json = Json.object();
        json.put("l", list);
        if (filters != null) {
            json.put("f", filters);
        }
        json.put("s", sortField);
        json.put("a", ascending);
        json.put("b", cursor.backward());
        Pager.Position anchor = cursor.anchor();
        if (anchor != null) {
            json.put("k", anchor.key());
            if (anchor.sortKey() != null) {
                json.put("v", anchor.sortKey() instanceof java.math.BigDecimal d ? d.toPlainString()
                        : anchor.sortKey().toString());
            }
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.MAPPER.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes a token for the given list; sort keys are rebuilt in the sort field's type. */
    public static PageToken decode(String token, String list, FieldSpec spec) {
        try {
            JsonNode json = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(token.trim()));
            if (json == null || !list.equals(json.path("l").asText())) {
                throw invalid(token);
            }
            String sortField = json.path("s").asText();
            boolean ascending = json.path("a").asBoolean(true);
            SortSpec sort = FilterParser.sort(sortField + ":" + (ascending ? "asc" : "desc"), spec);
            Pager.Position anchor = null;
            if (json.hasNonNull("k")) {
                Comparable<?> sortKey = json.hasNonNull("v")
                        ? sort.field().type().keyOfText(json.get("v").asText()).orElseThrow(() -> invalid(token))
                        : null;
                anchor = new Pager.Position(sortKey, json.get("k").asText());
            }
            String filters = json.hasNonNull("f") ? json.get("f").asText() : null;
            return new PageToken(list, filters, sortField, ascending,
                    new Pager.Cursor(anchor, json.path("b").asBoolean(false)));
        } catch (IOException | IllegalArgumentException e) {
            throw invalid(token);
        }
    }

    private static RuntimeException invalid(String token) {
        return BdcError.INVALID_PARAMETER.exception("page", token);
    }
}
