package com.billsync.simulator.http;

import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code POST /v3/login}, {@code POST /v3/logout}, {@code GET /v3/login/session}. */
final class V3Auth {
    private final Context ctx;

    V3Auth(Context ctx) {
        this.ctx = ctx;
    }

    void register(Router router) {
        router.add(new Route("POST", "/v3/login", Api.V3, false, this::login));
        router.add(new Route("POST", "/v3/logout", Api.V3, true, this::logout));
        router.add(new Route("GET", "/v3/login/session", Api.V3, true, this::session));
    }

    private Reply login(Request request) {
        JsonNode body = request.json();
        if (!body.isObject()) {
            throw BdcError.JSON_PARSE.exception();
        }
        Logins.Success ok = Logins.login(ctx, Api.V3, Json.text(body, "devKey"), Json.text(body, "username"),
                Json.text(body, "password"), Json.text(body, "organizationId"),
                new String[] {"username", "password", "organizationId"});
        ObjectNode out = Json.object();
        out.put("organizationId", ok.org().orgId());
        out.put("sessionId", ok.session().id());
        out.put("trusted", false);
        out.put("userId", ok.user().userId());
        return Reply.ok(out);
    }

    private Reply logout(Request request) {
        ctx.sessions().invalidate(request.session().id());
        return Reply.empty(200);
    }

    private Reply session(Request request) {
        ObjectNode out = Json.object();
        out.put("organizationId", request.session().orgId());
        out.put("userId", request.session().userId());
        out.put("mfaStatus", "NOT_TRUSTED");
        out.put("mfaBypass", false);
        return Reply.ok(out);
    }
}
