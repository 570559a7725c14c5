package com.billsync.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A small test client over java.net.http: the simulator is always exercised over real HTTP. */
final class Http {
    /** Numbers stay exact (BigDecimal, trailing zeros kept) so served JSON compares equal to stored JSON. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** A node as a client would read it back from the wire. */
    static JsonNode wire(JsonNode node) {
        try {
            return JSON.readTree(node.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One answer: status, raw body and the body as JSON (null when empty or not JSON). */
    record Response(int status, String body, JsonNode json) {
        /** The BDC code of a v3 error array, or of a v2 error envelope. */
        String code() {
            if (json == null) {
                return null;
            }
            if (json.isArray() && !json.isEmpty()) {
                return json.get(0).path("code").asText(null);
            }
            return json.path("response_data").path("error_code").asText(null);
        }
    }

    private final HttpClient client;
    private final URI base;
    String devKey;
    String sessionId;

    Http(URI base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    Http(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    Http auth(String devKey, String sessionId) {
        this.devKey = devKey;
        this.sessionId = sessionId;
        return this;
    }

    Response get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    Response patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(text(body))));
    }

    /** A v2-style form post. */
    Response form(String path, Map<String, String> fields) {
        String encoded = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /** v3 login; returns the response (sessionId in its JSON on success). */
    Response login(String devKey, String user, String password, String orgId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("username", user);
        body.put("password", password);
        body.put("organizationId", orgId);
        body.put("devKey", devKey);
        return post("/v3/login", body);
    }

    /** Sends and returns the raw response, or throws the transport failure. */
    HttpResponse<String> raw(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20));
        if (devKey != null) {
            b.header("devKey", devKey);
        }
        if (sessionId != null) {
            b.header("sessionId", sessionId);
        }
        return b;
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = raw(request);
            JsonNode json = null;
            if (!r.body().isEmpty()) {
                try {
                    json = JSON.readTree(r.body());
                } catch (IOException e) {
                    json = null;
                }
            }
            return new Response(r.statusCode(), r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String text(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
