package com.billsync.local.runtime.cli;

import com.billsync.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A small client of billsync's HTTP API, as any caller would use it: JSON over HTTP with a bearer token. */
final class ApiClient {

    /** A response: the status and the JSON body (null when there is none). */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The error code of an error response, or {@code "-"}. */
        String errorCode() {
            return body != null && body.path("error").has("code") ? body.path("error").path("code").asText() : "-";
        }

        String errorMessage() {
            return body != null ? body.path("error").path("message").asText("") : "";
        }
    }

    /** A call that should have worked did not; the message says which and why (never a credential). */
    static final class ApiFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ApiFailure(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;
    private long calls;

    ApiClient(URI base, String token) {
        this.base = Objects.requireNonNull(base, "base");
        this.token = Objects.requireNonNull(token, "token");
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    Reply put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    /** The call, which must answer 2xx. */
    JsonNode ok(String method, String path, JsonNode body) {
        Reply reply = send(method, path, body);
        if (!reply.ok()) {
            throw new ApiFailure(method + " " + path + " answered " + reply.status() + " " + reply.errorCode() + ": "
                    + reply.errorMessage());
        }
        return reply.body();
    }

    /** Every item of a list route, page by page. */
    List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            JsonNode page = ok("GET", path + sep + "limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null);
            page.path("items").forEach(items::add);
            JsonNode next = page.get("next_cursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return items;
    }

    long calls() {
        return calls;
    }

    private Reply send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("authorization", "Bearer " + token)
                .header("accept", "application/json");
        if (body != null) {
            request.header("content-type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        calls++;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Reply(response.statusCode(), text == null || text.isBlank() ? null
                    : Json.mapper().readTree(text));
        } catch (IOException e) {
            throw new ApiFailure(method + " " + path + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiFailure(method + " " + path + " interrupted");
        }
    }
}
