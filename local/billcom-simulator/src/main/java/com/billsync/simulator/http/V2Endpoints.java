package com.billsync.simulator.http;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.query.FieldSpec;
import com.billsync.simulator.query.Filter;
import com.billsync.simulator.query.Listing;
import com.billsync.simulator.query.Op;
import com.billsync.simulator.query.Pager;
import com.billsync.simulator.query.SortSpec;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.OrgData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The legacy v2 endpoints the sync needs: {@code Login.json}, {@code Logout.json}, and {@code List}/
 * {@code Crud/Read} for {@code Bill} and {@code SentPay}. Form posts with {@code devKey}, {@code sessionId} and
 * {@code data=<json>}; answers in the v2 envelope. Lists page by offset ({@code start}, {@code max} up to 999).
 */
final class V2Endpoints {
    static final int MAX = 999;
    private static final FieldSpec BILL_SPEC = FieldSpec.builder()
            .string("id", "isActive", "vendorId", "invoiceNumber", "approvalStatus", "paymentStatus", "poNumber")
            .date("invoiceDate", "dueDate", "glPostingDate").timestamp("createdTime", "updatedTime")
            .number("amount", "dueAmount").build();
    private static final FieldSpec SENT_PAY_SPEC = FieldSpec.builder()
            .string("id", "vendorId", "status", "chartOfAccountId", "bankAccountId").date("processDate")
            .timestamp("createdTime", "updatedTime").number("amount").build();

    /** A v2 view is derived from one immutable v3 node, so it can be cached by that node's identity. */
    private record Cached(ObjectNode source, ObjectNode view) {
    }

    private final Context ctx;
    private final ConcurrentHashMap<String, Cached> billViews = new ConcurrentHashMap<>();

    V2Endpoints(Context ctx) {
        this.ctx = ctx;
    }

    void register(Router router) {
        router.add(new Route("POST", "/v2/Login.json", Api.V2, false, this::login));
        router.add(new Route("POST", "/v2/Logout.json", Api.V2, true, this::logout));
        router.add(new Route("POST", "/v2/List/Bill.json", Api.V2, true,
                r -> list(r, SimKind.BILL, BILL_SPEC, this::billView)));
        router.add(new Route("POST", "/v2/Crud/Read/Bill.json", Api.V2, true,
                r -> read(r, SimKind.BILL, this::billView)));
        router.add(new Route("POST", "/v2/List/SentPay.json", Api.V2, true,
                r -> list(r, SimKind.PAYMENT, SENT_PAY_SPEC, V2Views::sentPay)));
        router.add(new Route("POST", "/v2/Crud/Read/SentPay.json", Api.V2, true,
                r -> read(r, SimKind.PAYMENT, V2Views::sentPay)));
    }

    private Reply login(Request request) {
        Map<String, String> form = request.form();
        Logins.Success ok = Logins.login(ctx, Api.V2, form.get("devKey"), form.get("userName"),
                form.get("password"), form.get("orgId"), new String[] {"userName", "password", "orgId"});
        ObjectNode data = Json.object();
        data.put("sessionId", ok.session().id());
        data.put("orgId", ok.org().orgId());
        data.put("apiEndPoint", ctx.baseUrl() + "/v2");
        data.put("usersId", ok.user().userId());
        return success(data);
    }

    private Reply logout(Request request) {
        ctx.sessions().invalidate(request.session().id());
        return success(Json.object());
    }

    private Reply read(Request request, SimKind kind, BiFunction<OrgData, ObjectNode, ObjectNode> view) {
        String id = Json.text(request.v2Data(), "id");
        if (id == null || id.isBlank()) {
            throw BdcError.MISSING_DATA.exception("id");
        }
        ObjectNode node = request.org().find(kind, id).orElseThrow(BdcError.NOT_FOUND::exception);
        return success(view.apply(request.org(), node));
    }

    private Reply list(Request request, SimKind kind, FieldSpec spec,
                       BiFunction<OrgData, ObjectNode, ObjectNode> view) {
        JsonNode data = request.v2Data();
        int start = intField(data, "start", 0, 0, Integer.MAX_VALUE);
        int max = intField(data, "max", MAX, 1, MAX);
        List<Filter> filters = filters(data.get("filters"), spec);
        SortSpec sort = sort(data.get("sort"), spec);
        Predicate<JsonNode> matches = Listing.all(filters);
        Comparator<Pager.Position> order = Pager.order(sort.ascending());
        List<Pager.Row> rows = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> entry : Listing.candidates(request.org().records(kind), filters)) {
            ObjectNode v2 = view.apply(request.org(), entry.getValue());
            if (matches.test(v2)) {
                rows.add(new Pager.Row(new Pager.Position(sort.keyOf(v2), entry.getKey()), v2));
            }
        }
        rows.sort(Comparator.comparing(Pager.Row::position, order));
        ArrayNode out = Json.array();
        rows.stream().skip(start).limit(max).forEach(row -> out.add(row.node()));
        return success(out);
    }

    private ObjectNode billView(OrgData org, ObjectNode v3) {
        String key = org.orgId() + '\n' + v3.path("id").asText("");
        Cached cached = billViews.get(key);
        if (cached != null && cached.source() == v3) {
            return cached.view();
        }
        ObjectNode view = V2Views.bill(v3);
        billViews.put(key, new Cached(v3, view));
        return view;
    }

    private static List<Filter> filters(JsonNode raw, FieldSpec spec) {
        List<Filter> out = new ArrayList<>();
        if (raw == null || raw.isNull()) {
            return out;
        }
        if (!raw.isArray()) {
            throw BdcError.INVALID_PARAMETER.exception("filters", raw.toString());
        }
        for (JsonNode f : raw) {
            String name = Json.text(f, "field");
            String opSymbol = Json.text(f, "op");
            FieldSpec.Field field = spec.field(name == null ? "" : name)
                    .orElseThrow(() -> BdcError.INVALID_FILTER_FIELD.exception(name));
            Op op = Op.v2(opSymbol == null ? "" : opSymbol)
                    .orElseThrow(() -> BdcError.INVALID_FILTER_OPERATOR.exception(opSymbol));
            out.add(Filter.of(field, op, values(f.get("value"), op)));
        }
        return out;
    }

    /** {@code in}/{@code nin} take a JSON array or a comma-separated string. */
    private static List<String> values(JsonNode value, Op op) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            List<String> out = new ArrayList<>();
            value.forEach(v -> out.add(v.asText()));
            return out;
        }
        return op.takesList()
                ? Arrays.stream(value.asText().split(",")).map(String::trim).toList()
                : List.of(value.asText());
    }

    private static SortSpec sort(JsonNode raw, FieldSpec spec) {
        if (raw == null || raw.isNull() || (raw.isArray() && raw.isEmpty())) {
            return SortSpec.BY_ID;
        }
        JsonNode first = raw.isArray() ? raw.get(0) : raw;
        String name = Json.text(first, "field");
        FieldSpec.Field field = spec.field(name == null ? "" : name)
                .orElseThrow(() -> BdcError.INVALID_PARAMETER.exception("sort", raw.toString()));
        JsonNode asc = first.get("asc");
        boolean ascending = asc == null || asc.isNull() || asc.asBoolean(true) && !"0".equals(asc.asText());
        return new SortSpec(field, ascending);
    }

    private static int intField(JsonNode data, String name, int fallback, int min, int max) {
        JsonNode value = data.get(name);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.asText().trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw BdcError.INVALID_PARAMETER.exception(name, value.asText());
    }

    private static Reply success(JsonNode data) {
        ObjectNode envelope = Json.object();
        envelope.put("response_status", 0);
        envelope.put("response_message", "Success");
        envelope.set("response_data", data);
        return Reply.ok(envelope);
    }
}
