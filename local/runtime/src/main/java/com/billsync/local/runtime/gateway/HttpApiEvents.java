package com.billsync.local.runtime.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Builds the payload-2.0 event API Gateway's HTTP API sends a Lambda integration, from a local request. */
final class HttpApiEvents {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** One local request, headers as sent (any case, repeated ones listed). */
    record LocalRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                        byte[] body, String sourceIp, String host) {
    }

    private HttpApiEvents() {
    }

    /** Header names lower-cased, repeated values joined by commas (cookies go to their own field). */
    static Map<String, String> headers(Map<String, List<String>> raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!key.equals("cookie")) {
                headers.merge(key, String.join(",", values), (a, b) -> a + "," + b);
            }
        });
        return headers;
    }

    static APIGatewayV2HTTPEvent event(LocalRequest request, Map<String, String> headers, Map<String, String> claims,
                                       Instant now) {
        String path = request.rawPath() == null || request.rawPath().isEmpty() ? "/" : request.rawPath();
        String rawQuery = request.rawQuery() == null ? "" : request.rawQuery();
        boolean text = isText(headers.get("content-type"));
        String body = request.body().length == 0 ? null
                : text ? new String(request.body(), StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(request.body());
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(rawQuery)
                .withCookies(cookies(request.headers()))
                .withHeaders(headers)
                .withQueryStringParameters(query(rawQuery))
                .withBody(body)
                .withIsBase64Encoded(body != null && !text)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName(request.host())
                        .withDomainPrefix("local")
                        .withStage("$default")
                        .withRouteKey("$default")
                        .withRequestId(UUID.randomUUID().toString())
                        .withTime(REQUEST_TIME.format(now))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(request.method())
                                .withPath(path)
                                .withProtocol("HTTP/1.1")
                                .withSourceIp(request.sourceIp())
                                .withUserAgent(headers.getOrDefault("user-agent", ""))
                                .build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(claims)
                                        .withScopes(List.of())
                                        .build())
                                .build())
                        .build())
                .build();
    }

    /** Query parameters decoded, a repeated parameter's values joined by commas, as API Gateway does. */
    static Map<String, String> query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.merge(name, value, (a, b) -> a + "," + b);
        }
        return query.isEmpty() ? null : query;
    }

    private static List<String> cookies(Map<String, List<String>> raw) {
        List<String> cookies = new ArrayList<>();
        raw.forEach((name, values) -> {
            if (name.equalsIgnoreCase("cookie")) {
                values.forEach(v -> {
                    for (String c : v.split(";")) {
                        if (!c.isBlank()) {
                            cookies.add(c.trim());
                        }
                    }
                });
            }
        });
        return cookies.isEmpty() ? null : cookies;
    }

    /** API Gateway passes text bodies as they are and base64-encodes binary ones. */
    private static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("x-www-form-urlencoded") || type.contains("javascript");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
