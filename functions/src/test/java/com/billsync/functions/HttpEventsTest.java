package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.billsync.api.ApiRequest;
import com.billsync.api.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The translation between API Gateway HTTP API (2.0) events and the router's requests and responses. */
class HttpEventsTest {

    private static APIGatewayV2HTTPEvent event() {
        return EventLoader.loadApiGatewayHttpEvent("events/http-api-request.json");
    }

    @Test
    void methodPathQueryHeadersAndClaimsAreCarriedOver() {
        APIGatewayV2HTTPEvent event = event();
        event.setQueryStringParameters(Map.of("limit", "5"));

        ApiRequest request = HttpEvents.toRequest(event);

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/api/companies/");
        assertThat(request.query()).containsEntry("limit", "5");
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.claims()).containsEntry("tenant_id", "tenant-template");
    }

    @Test
    void aBase64BodyIsDecoded() {
        APIGatewayV2HTTPEvent event = event();
        event.setBody(Base64.getEncoder().encodeToString("{\"name\":\"Ünïcode\"}".getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        ApiRequest request = HttpEvents.toRequest(event);

        assertThat(new String(request.body().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Ünïcode\"}");
    }

    @Test
    void anEventWithoutAuthorizerHasNoClaims() {
        APIGatewayV2HTTPEvent event = event();
        event.getRequestContext().setAuthorizer(null);

        assertThat(HttpEvents.toRequest(event).claims()).isEmpty();
    }

    @Test
    void aJsonResponseSaysSoAndA204HasNoBody() {
        APIGatewayV2HTTPResponse json = HttpEvents.toResponse(ApiResponse.json(200, "{}").withHeader("etag", "\"1\""));
        APIGatewayV2HTTPResponse empty = HttpEvents.toResponse(new ApiResponse(204, Optional.empty(), Map.of()));

        assertThat(json.getHeaders()).containsEntry("content-type", "application/json").containsEntry("etag", "\"1\"");
        assertThat(empty.getStatusCode()).isEqualTo(204);
        assertThat(empty.getBody()).isNull();
    }
}
