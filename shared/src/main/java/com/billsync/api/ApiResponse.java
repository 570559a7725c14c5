package com.billsync.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An HTTP response: status, JSON body (absent for 204), extra headers. */
public record ApiResponse(int status, Optional<String> body, Map<String, String> headers) {

    public ApiResponse {
        Objects.requireNonNull(body, "body");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static ApiResponse json(int status, String body) {
        return new ApiResponse(status, Optional.of(body), Map.of());
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, Optional.empty(), Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new java.util.HashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, body, copy);
    }
}
