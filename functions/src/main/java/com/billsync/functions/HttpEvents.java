package com.billsync.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.billsync.api.ApiRequest;
import com.billsync.api.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** API Gateway HTTP API (payload 2.0) events to {@link ApiRequest}s and {@link ApiResponse}s back. */
final class HttpEvents {

    private HttpEvents() {
    }

    static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        String method = context != null && context.getHttp() != null ? context.getHttp().getMethod() : "GET";
        Optional<byte[]> body = Optional.ofNullable(event.getBody()).map(b -> event.getIsBase64Encoded()
                ? decode(b) : b.getBytes(StandardCharsets.UTF_8));
        return new ApiRequest(method, event.getRawPath() == null ? "/" : event.getRawPath(),
                event.getQueryStringParameters(), event.getHeaders(), body, claims(context));
    }

    static APIGatewayV2HTTPResponse toResponse(ApiResponse response) {
        Map<String, String> headers = new HashMap<>(response.headers());
        response.body().ifPresent(b -> headers.put("content-type", "application/json"));
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(headers)
                .withBody(response.body().orElse(null))
                .withIsBase64Encoded(false)
                .build();
    }

    /** The verified JWT claims; API Gateway only forwards them after its JWT authorizer accepted the token. */
    private static Map<String, String> claims(APIGatewayV2HTTPEvent.RequestContext context) {
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null
                || context.getAuthorizer().getJwt().getClaims() == null) {
            return Map.of();
        }
        return context.getAuthorizer().getJwt().getClaims();
    }

    private static byte[] decode(String body) {
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            // Not base64 after all: let JSON parsing reject it as malformed.
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }
}
