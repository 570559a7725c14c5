package com.billsync.local.runtime.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local gateway hands the api function what API Gateway's HTTP API would, and answers what it would. */
class LocalHttpGatewayTest {

    private final AtomicReference<APIGatewayV2HTTPEvent> seen = new AtomicReference<>();
    private final AtomicReference<Context> seenContext = new AtomicReference<>();
    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function = (event, context) -> {
        seen.set(event);
        seenContext.set(context);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(201)
                .withHeaders(Map.of("content-type", "application/json", "etag", "\"3\""))
                .withBody("{\"ok\":true}").build();
    };
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalHttpGateway gateway;

    @BeforeEach
    void start() {
        gateway = LocalHttpGateway.start(0, (e, c) -> function.handleRequest(e, c), new LocalClaims("tenant_id"),
                Duration.ofSeconds(29));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void theTenantComesFromTheBearerTokensClaimWithTheOtherClaims() throws Exception {
        String token = LocalClaims.unsignedToken(Map.of("sub", "user-9", "tenant_id", "tenant-a"));

        send(HttpRequest.newBuilder(url("/api/companies/")).header("authorization", "Bearer " + token).GET());

        Map<String, String> claims = seen.get().getRequestContext().getAuthorizer().getJwt().getClaims();
        assertThat(claims).containsEntry("tenant_id", "tenant-a").containsEntry("sub", "user-9");
    }

    @Test
    void withoutATokenTheTenantComesFromTheXTenantIdHeader() throws Exception {
        send(HttpRequest.newBuilder(url("/api/companies/")).header("x-tenant-id", "tenant-b").GET());

        assertThat(seen.get().getRequestContext().getAuthorizer().getJwt().getClaims())
                .isEqualTo(Map.of("tenant_id", "tenant-b"));
    }

    @Test
    void withNeitherTheTenantIsLocal() throws Exception {
        send(HttpRequest.newBuilder(url("/api/companies/")).GET());

        assertThat(seen.get().getRequestContext().getAuthorizer().getJwt().getClaims())
                .isEqualTo(Map.of("tenant_id", "local"));
    }

    @Test
    void anUnreadableBearerTokenIsRejectedBeforeTheFunctionRuns() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/api/companies/"))
                .header("authorization", "Bearer not-a-jwt").GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(seen.get()).isNull();
    }

    @Test
    void theRequestBecomesAPayload2EventWithQueryHeadersAndBody() throws Exception {
        send(HttpRequest.newBuilder(url("/api/integrations/bill_com/?company_id=cmp_1&step=a&step=b"))
                .header("Content-Type", "application/json").header("X-Custom", "v")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));

        APIGatewayV2HTTPEvent event = seen.get();
        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRawPath()).isEqualTo("/api/integrations/bill_com/");
        assertThat(event.getRawQueryString()).isEqualTo("company_id=cmp_1&step=a&step=b");
        assertThat(event.getQueryStringParameters()).isEqualTo(Map.of("company_id", "cmp_1", "step", "a,b"));
        assertThat(event.getHeaders()).containsEntry("content-type", "application/json").containsEntry("x-custom", "v");
        assertThat(event.getBody()).isEqualTo("{\"name\":\"x\"}");
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("POST");
        assertThat(event.getRequestContext().getHttp().getSourceIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void aBinaryBodyArrivesBase64Encoded() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        send(HttpRequest.newBuilder(url("/api/companies/")).header("content-type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));

        assertThat(seen.get().getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(seen.get().getBody())).isEqualTo(bytes);
    }

    @Test
    void eachInvocationGetsAContextWithARealDeadline() throws Exception {
        send(HttpRequest.newBuilder(url("/api/companies/")).GET());

        assertThat(seenContext.get().getRemainingTimeInMillis()).isBetween(1, 29_000);
        assertThat(seenContext.get().getFunctionName()).isEqualTo("api");
    }

    @Test
    void theFunctionsStatusHeadersAndBodyAreTheResponse() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/api/companies/")).GET());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("etag")).hasValue("\"3\"");
        assertThat(response.body()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void aBase64ResponseIsDecoded() throws Exception {
        function = (e, c) -> APIGatewayV2HTTPResponse.builder().withStatusCode(200).withIsBase64Encoded(true)
                .withBody(Base64.getEncoder().encodeToString("plain".getBytes(StandardCharsets.UTF_8))).build();

        assertThat(send(HttpRequest.newBuilder(url("/x")).GET()).body()).isEqualTo("plain");
    }

    @Test
    void aFunctionThatThrowsIsAnInternalServerError() throws Exception {
        function = (e, c) -> {
            throw new IllegalStateException("boom");
        };

        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/api/companies/")).GET());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"message\":\"Internal Server Error\"}").doesNotContain("boom");
    }

    @Test
    void aTakenPortFailsTheStartWithOneClearLine() {
        assertThatThrownBy(() -> LocalHttpGateway.start(gateway.port(), function, new LocalClaims("tenant_id"),
                Duration.ofSeconds(1)))
                .isInstanceOf(LocalHttpGateway.PortInUseException.class)
                .hasMessage("port " + gateway.port() + " on 127.0.0.1 is already in use (pick another with --port)");
        assertThatThrownBy(() -> LocalHttpGateway.checkPortFree(gateway.port()))
                .isInstanceOf(LocalHttpGateway.PortInUseException.class);
    }

    private URI url(String path) {
        return gateway.baseUrl().resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
