package com.billsync.simulator.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An endpoint's method and path template (segments like {@code {id}} match one path segment).
 *
 * @param template also the key of the call counters, e.g. {@code /v3/vendors/{id}}
 * @param needsSession false only for the login endpoints
 */
public record Route(String method, String template, Api api, boolean needsSession, Handler handler) {

    /** The path parameters when this route matches, else empty. */
    public Optional<Map<String, String>> match(String requestMethod, String[] segments) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        String[] parts = template.substring(1).split("/");
        if (parts.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                if (segments[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(part.substring(1, part.length() - 1), segments[i]);
            } else if (!part.equals(segments[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /** Literal segments outrank parameters, so {@code …/bulk} wins over {@code …/{id}}. */
    int literalSegments() {
        int n = 0;
        for (String part : template.substring(1).split("/")) {
            if (!part.startsWith("{")) {
                n++;
            }
        }
        return n;
    }
}
