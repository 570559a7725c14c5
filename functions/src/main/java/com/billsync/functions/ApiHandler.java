package com.billsync.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.billsync.api.ApiApplication;
import com.billsync.api.Router;
import java.util.Objects;

/**
 * The api function behind the API Gateway HTTP API (payload format 2.0): translates the event, lets the
 * {@link Router} do the work, translates the response. Everything is built once per container.
 */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Router router;

    /** Production: configuration and AWS clients from the environment. */
    public ApiHandler() {
        this(ApiApplication.fromEnvironment());
    }

    ApiHandler(Router router) {
        this.router = Objects.requireNonNull(router, "router");
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return HttpEvents.toResponse(router.handle(HttpEvents.toRequest(event)));
    }
}
