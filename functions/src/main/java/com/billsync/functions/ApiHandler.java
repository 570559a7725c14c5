package com.billsync.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.billsync.api.ApiApplication;
import com.billsync.api.Router;
import java.util.Map;
import java.util.Objects;

/**
 * The api function behind the API Gateway HTTP API (payload format 2.0): translates the event, lets the
 * {@link Router} do the work, translates the response. Everything is built once per container.
 */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Router router;
    private final Priming priming;

    /** Production: configuration and AWS clients from the environment. */
    public ApiHandler() {
        this(ApiApplication.fromEnvironment());
    }

    /** On a given router: the local runtime and tests. */
    public ApiHandler(Router router) {
        this.router = Objects.requireNonNull(router, "router");
        this.priming = Priming.register("api", this::warmUp);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return HttpEvents.toResponse(router.handle(HttpEvents.toRequest(event)));
    }

    /**
     * A request without a tenant claim: the router rejects it with 401 before any service is called, so the
     * event mapping, routing, error rendering and JSON writing are loaded without touching AWS or Bill.com.
     */
    private void warmUp() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRawPath("/api/companies/")
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody("{\"name\":\"priming\"}")
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST")
                                .withPath("/api/companies/").build())
                        .build())
                .build();
        handleRequest(event, null);
    }

    Priming priming() {
        return priming;
    }
}
