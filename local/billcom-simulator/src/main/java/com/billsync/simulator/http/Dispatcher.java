package com.billsync.simulator.http;

import com.billsync.simulator.error.ApiException;
import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.OrgData;
import com.billsync.simulator.store.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The request pipeline, in the order a real gateway applies it: route (unknown: 404 BDC_1121), count the call,
 * draw faults, hourly cap per dev key (BDC_1144), dev key and session (BDC_1102, BDC_1109), concurrency slot per
 * (dev key, org) (BDC_1322, immediately), latency while in flight, injected drop or 5xx, then the endpoint. The
 * slot is released before the response is written, so a client that waits for a response before sending its
 * next request never trips the limit.
 */
public final class Dispatcher implements HttpHandler {
    private final Router router;
    private final Context ctx;

    public Dispatcher(Router router, Context ctx) {
        this.router = router;
        this.ctx = ctx;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            serve(exchange);
        } catch (IOException | RuntimeException e) {
            // The client went away or the server is stopping; nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        Api api = path.equals("/v2") || path.startsWith("/v2/") ? Api.V2 : Api.V3;
        Optional<Router.Match> match = router.match(method, path);
        ctx.metrics().call(method + " " + match.map(m -> m.route().template()).orElse(path));
        if (match.isEmpty()) {
            send(exchange, error(api, BdcError.API_NOT_SUPPORTED.exception(), null));
            return;
        }
        Route route = match.get().route();
        Map<String, String> query = Forms.parse(exchange.getRequestURI().getRawQuery());
        Map<String, String> form = api == Api.V2 ? Forms.parse(new String(body, StandardCharsets.UTF_8)) : Map.of();
        FaultState.Decision faults = ctx.faults().begin(route.needsSession());
        if (faults.invalidateAllSessions()) {
            ctx.sessions().invalidateAll();
        }
        Reply reply;
        try {
            Request request = new Request(method, path, match.get().params(), query, exchange.getRequestHeaders(),
                    body, form, null, null);
            reply = admitAndHandle(route, request, faults);
            if (reply == null) {
                return; // dropped: closing without a response ends the connection
            }
        } catch (ApiException e) {
            reply = error(api, e, null);
        } catch (RuntimeException e) {
            reply = error(api, BdcError.SYSTEM_ERROR.exception(), 500);
        }
        send(exchange, reply);
    }

    private Reply admitAndHandle(Route route, Request request, FaultState.Decision faults) {
        String devKey = devKey(route, request);
        boolean knownKey = ctx.registry().isDevKey(devKey);
        if (faults.hourlyCap() || (knownKey && !ctx.limits().tryRequest(devKey))) {
            throw BdcError.HOURLY_LIMIT.exception(ctx.limits().hourlyCap());
        }
        Limits.Permit permit = null;
        if (route.needsSession()) {
            if (!knownKey) {
                throw BdcError.BAD_DEV_KEY.exception();
            }
            String sessionId = route.api() == Api.V3
                    ? request.headers().getFirst("sessionId")
                    : request.form().get("sessionId");
            Sessions.Session session = ctx.sessions().validate(route.api(), sessionId, devKey);
            if (faults.sessionInvalid()) {
                ctx.sessions().invalidate(session.id());
                throw BdcError.SESSION_INVALID.exception();
            }
            OrgData org = ctx.registry().org(session.orgId()).orElseThrow(BdcError.SESSION_INVALID::exception);
            permit = ctx.limits().admit(devKey, org.orgId(), faults.concurrencyLimit());
            if (permit == null) {
                throw BdcError.CONCURRENCY_LIMIT.exception();
            }
            request = new Request(request.method(), request.path(), request.pathParams(), request.query(),
                    request.headers(), request.body(), request.form(), session, org);
        }
        try {
            pause(ctx.faults().latency());
            if (faults.drop()) {
                return null;
            }
            if (faults.serverError()) {
                return error(route.api(), BdcError.SYSTEM_ERROR.exception(), faults.serverStatus());
            }
            return route.handler().handle(request);
        } finally {
            if (permit != null) {
                ctx.limits().release(permit);
            }
        }
    }

    /** v3 sends the dev key as a header (in the body for login); v2 as a form field. */
    private static String devKey(Route route, Request request) {
        if (route.api() == Api.V2) {
            return request.form().get("devKey");
        }
        if (route.needsSession()) {
            return request.headers().getFirst("devKey");
        }
        try {
            JsonNode body = Json.MAPPER.readTree(request.body());
            return body == null ? null : Json.text(body, "devKey");
        } catch (IOException e) {
            return null;
        }
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * v3 errors are Bill.com's array; v2 errors its envelope, with HTTP 200 (404 for an unknown path, 5xx for an
     * injected server error). Rate-limit codes carry the configured status on v3.
     */
    Reply error(Api api, ApiException e, Integer status) {
        BdcError code = e.error();
        if (api == Api.V2) {
            ObjectNode envelope = Json.object();
            envelope.put("response_status", 1);
            envelope.put("response_message", "Error");
            ObjectNode data = envelope.putObject("response_data");
            data.put("error_code", code.code());
            data.put("error_message", e.getMessage());
            int v2Status = status != null ? status : code == BdcError.API_NOT_SUPPORTED ? 404 : 200;
            return new Reply(v2Status, envelope, null, null);
        }
        ArrayNode errors = Json.array();
        ObjectNode one = errors.addObject();
        one.put("timestamp", Timestamps.v3(ctx.clock().instant()));
        one.put("code", code.code());
        one.put("severity", "ERROR");
        one.put("category", code.category());
        one.put("message", e.getMessage());
        int v3Status = status != null ? status : code.isRateLimit() ? ctx.rateLimitHttpStatus() : code.httpStatus();
        return new Reply(v3Status, errors, null, null);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes;
        if (reply.json() != null) {
            bytes = Json.MAPPER.writeValueAsBytes(reply.json());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        } else if (reply.bytes() != null) {
            bytes = reply.bytes();
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        } else {
            bytes = new byte[0];
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
