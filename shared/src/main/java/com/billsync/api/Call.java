package com.billsync.api;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** A matched request: the caller's tenant, path parameters, query, parsed body. */
record Call(String tenantId, Map<String, String> params, Map<String, String> query, Optional<JsonNode> body,
            ApiRequest request) {

    String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no parameter " + name);
        }
        return value;
    }

    Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty());
    }

    /** The body of a route that requires one. */
    JsonNode json() {
        return body.orElseThrow();
    }

    /** {@code ?limit=} (1-100, default 50) and {@code ?cursor=}. */
    PageRequest page() {
        int limit = PageRequest.DEFAULT_LIMIT;
        Optional<String> raw = query("limit");
        if (raw.isPresent()) {
            try {
                limit = Integer.parseInt(raw.get());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
                throw ServiceException.validation("limit must be an integer from 1 to " + PageRequest.MAX_LIMIT + ".",
                        Map.of("fields", Map.of("limit", "must be an integer from 1 to " + PageRequest.MAX_LIMIT)));
            }
        }
        return new PageRequest(limit, query("cursor"));
    }

    /** The {@code If-Match} version, if sent ({@code "3"} or {@code 3}). */
    Optional<Long> ifMatch() {
        return request.header("if-match").map(raw -> {
            String v = raw.trim();
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new ServiceException(ErrorCode.VALIDATION_FAILED,
                        "If-Match must be the version the resource was read at, e.g. \"3\".",
                        Map.of("headers", Map.of("if-match", "must be a version number")));
            }
        });
    }
}
