package com.billsync.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as the API sees it.
 *
 * @param rawPath  the path as sent, percent-encoded
 * @param query    query parameters (a repeated parameter's values joined by commas, as API Gateway does)
 * @param headers  header names in lower case
 * @param body     the body, already base64-decoded
 * @param claims   the verified JWT claims API Gateway passed on (empty without an authorizer)
 */
public record ApiRequest(String method, String rawPath, Map<String, String> query, Map<String, String> headers,
                         Optional<byte[]> body, Map<String, String> claims) {

    public ApiRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(rawPath, "rawPath");
        query = query == null ? Map.of() : Map.copyOf(query);
        Map<String, String> lower = new HashMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        }
        headers = Map.copyOf(lower);
        body = body == null ? Optional.empty() : body;
        claims = claims == null ? Map.of() : Map.copyOf(claims);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
