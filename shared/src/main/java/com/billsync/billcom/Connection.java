package com.billsync.billcom;

import com.billsync.billcom.session.ApiVersion;
import com.billsync.billcom.session.BillcomSession;
import com.billsync.billcom.session.SessionKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One set of credentials talking to Bill.com: builds v3 and v2 calls, logs in, and re-logs in on
 * {@code BDC_1109} within the caller's {@link ReauthBudget}. Shared by a client and the views made from it.
 */
final class Connection {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    final BillcomConfig config;
    final CallCounter counter;
    private final BillcomCredentials credentials;
    private final Transport transport;
    private final SessionManager sessions;
    private final Clock clock;
    private final SessionKey v3Key;
    private final SessionKey v2Key;

    Connection(BillcomConfig config, BillcomCredentials credentials, Transport transport, SessionManager sessions,
            CallCounter counter, Clock clock) {
        this.config = config;
        this.credentials = credentials;
        this.transport = transport;
        this.sessions = sessions;
        this.counter = counter;
        this.clock = clock;
        this.v3Key = credentials.sessionKey(ApiVersion.V3);
        this.v2Key = credentials.sessionKey(ApiVersion.V2);
    }

    /**
     * A v3 call with the session headers.
     *
     * @param path the path under the v3 base URL, ids already encoded
     * @param query the query string without '?', or null
     * @param labelPath the path as counted, ids replaced by placeholders
     * @param body a JSON body, or null
     */
    JsonNode v3(ReauthBudget budget, String method, String path, String query, String labelPath, JsonNode body,
            Call.Safety safety) {
        URI uri = URI.create(config.v3BaseUrl() + path + (query == null ? "" : "?" + query));
        String json = body == null ? null : write(body);
        return withSession(ApiVersion.V3, budget, session -> transport.send(new Call(ApiVersion.V3, method, uri,
                method + " /v3" + labelPath, Map.of("devKey", credentials.devKey(), "sessionId", session.sessionId()),
                json == null ? null : JSON, json, session.sessionId(), safety)));
    }

    /** A v2 form call ({@code devKey}, {@code sessionId}, {@code data}); returns {@code response_data}. */
    JsonNode v2(ReauthBudget budget, String path, JsonNode data, Call.Safety safety) {
        URI uri = URI.create(config.v2BaseUrl() + path);
        return withSession(ApiVersion.V2, budget, session -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("devKey", credentials.devKey());
            form.put("sessionId", session.sessionId());
            form.put("data", write(data));
            return transport.send(new Call(ApiVersion.V2, "POST", uri, "POST /v2" + path, Map.of(), FORM,
                    formEncode(form), session.sessionId(), safety));
        });
    }

    /** Forces a fresh v3 login (re-testing the credentials) and shares the new session. */
    LoginInfo login() {
        BillcomSession session = sessions.loginNow(v3Key, this::loginV3);
        return new LoginInfo(session.organizationId(), session.userId());
    }

    /** Ends the shared v3 session, if there is one; failures are logged, never thrown. */
    void logout() {
        sessions.peek(v3Key).ifPresent(session -> {
            try {
                transport.send(new Call(ApiVersion.V3, "POST", URI.create(config.v3BaseUrl() + "/logout"),
                        "POST /v3/logout", Map.of("devKey", credentials.devKey(), "sessionId", session.sessionId()),
                        null, null, session.sessionId(), Call.Safety.IDEMPOTENT));
            } catch (BillcomException e) {
                LOG.info("Bill.com logout failed ({}); forgetting the session anyway", e.code());
            } finally {
                sessions.forget(v3Key, session);
            }
        });
    }

    private <R> R withSession(ApiVersion api, ReauthBudget budget, Function<BillcomSession, R> action) {
        SessionKey key = api == ApiVersion.V3 ? v3Key : v2Key;
        Supplier<BillcomSession> login = api == ApiVersion.V3 ? this::loginV3 : this::loginV2;
        BillcomSession session = sessions.current(key, login);
        while (true) {
            try {
                return action.apply(session);
            } catch (BillcomException.InvalidSession e) {
                if (!budget.tryConsume()) {
                    LOG.warn("Bill.com {} session invalid again; re-login budget of {} spent", api, budget.cap());
                    throw new BillcomException.SessionReauthCapReached(budget.cap());
                }
                LOG.info("Bill.com {} session invalid; logging in again ({} of {})", api, budget.used(), budget.cap());
                session = sessions.renew(key, session, login);
            }
        }
    }

    private BillcomSession loginV3() {
        ObjectNode body = BillcomJson.MAPPER.createObjectNode()
                .put("username", credentials.username())
                .put("password", credentials.password())
                .put("organizationId", credentials.organizationId())
                .put("devKey", credentials.devKey());
        JsonNode response = authenticate(new Call(ApiVersion.V3, "POST", URI.create(config.v3BaseUrl() + "/login"),
                "POST /v3/login", Map.of(), JSON, write(body), null, Call.Safety.SAFE));
        return session(response, "sessionId", "organizationId", "userId", "v3 login");
    }

    private BillcomSession loginV2() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("userName", credentials.username());
        form.put("password", credentials.password());
        form.put("orgId", credentials.organizationId());
        form.put("devKey", credentials.devKey());
        JsonNode data = authenticate(new Call(ApiVersion.V2, "POST", URI.create(config.v2BaseUrl() + "/Login.json"),
                "POST /v2/Login.json", Map.of(), FORM, formEncode(form), null, Call.Safety.SAFE));
        return session(data, "sessionId", "orgId", "usersId", "v2 login");
    }

    /** A login that Bill.com refuses for any non-transient reason is an authentication failure. */
    private JsonNode authenticate(Call call) {
        try {
            JsonNode response = transport.send(call);
            LOG.info("Bill.com {} ok for organization {}", call.label(), credentials.organizationId());
            return response;
        } catch (BillcomException.Rejected | BillcomException.NotFound | BillcomException.InvalidSession e) {
            throw new BillcomException.AuthFailed(e.code(), e.billcomMessage());
        }
    }

    private BillcomSession session(JsonNode response, String idField, String orgField, String userField, String what) {
        JsonNode id = response == null ? null : response.get(idField);
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new BillcomException.InvalidResponse(what + " returned no session id", null);
        }
        String org = response.path(orgField).asText(credentials.organizationId());
        String user = response.hasNonNull(userField) ? response.get(userField).asText() : null;
        return new BillcomSession(id.asText(), org, user, clock.instant());
    }

    private static String write(JsonNode node) {
        try {
            return BillcomJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
