package com.billsync.sync;

import com.billsync.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A step's cursor as stored in {@link com.billsync.runs.SyncStateStore}: one {@code updatedTime} per listing
 * of the step, as JSON ({@code {"departments":"2025-01-20T10:30:00Z",...}}).
 */
final class Cursors {

    static final String EMPTY = "{}";

    private Cursors() {
    }

    static Map<String, Instant> parse(Optional<String> stored) {
        Map<String, Instant> cursors = new HashMap<>();
        if (stored.isEmpty()) {
            return cursors;
        }
        try {
            JsonNode node = Json.mapper().readTree(stored.get());
            if (node != null && node.isObject()) {
                node.properties().forEach(e -> cursors.put(e.getKey(), Instant.parse(e.getValue().asText())));
            }
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            // An unreadable cursor costs one full pull, nothing more.
            cursors.clear();
        }
        return cursors;
    }

    /** The stored cursors moved forward to what the step read (never backward). */
    static String advance(Optional<String> stored, Map<String, String> seen) {
        Map<String, Instant> merged = new TreeMap<>(parse(stored));
        seen.forEach((listing, time) -> merged.merge(listing, Instant.parse(time),
                (a, b) -> a.isAfter(b) ? a : b));
        ObjectNode out = Json.mapper().createObjectNode();
        merged.forEach((k, v) -> out.put(k, v.toString()));
        return out.toString();
    }
}
