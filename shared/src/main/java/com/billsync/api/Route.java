package com.billsync.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One route: method, path template ({@code {name}} segments are parameters; trailing slash as SPEC writes it,
 * both forms accepted), the query parameters it takes, whether it reads a body, and its handler.
 */
record Route(String method, String template, Set<String> queryParameters, BodyUse body, Handler handler) {

    /** How a route treats the request body. */
    enum BodyUse {
        /** Ignored. */
        NONE,
        /** A JSON object is required. */
        REQUIRED,
        /** Empty, or a JSON object. */
        OPTIONAL
    }

    @FunctionalInterface
    interface Handler {
        ApiResponse handle(ApiServices services, Call call);
    }

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        queryParameters = Set.copyOf(queryParameters);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(handler, "handler");
    }

    static Route get(String template, Set<String> query, Handler handler) {
        return new Route("GET", template, query, BodyUse.NONE, handler);
    }

    static Route post(String template, BodyUse body, Handler handler) {
        return new Route("POST", template, Set.of(), body, handler);
    }

    static Route patch(String template, Handler handler) {
        return new Route("PATCH", template, Set.of(), BodyUse.REQUIRED, handler);
    }

    static Route put(String template, Handler handler) {
        return new Route("PUT", template, Set.of(), BodyUse.REQUIRED, handler);
    }

    static Route delete(String template, Handler handler) {
        return new Route("DELETE", template, Set.of(), BodyUse.NONE, handler);
    }

    List<String> segments() {
        return Paths.segments(template);
    }
}
