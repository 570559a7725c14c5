package com.billsync.simulator.http;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.WriteRecord;
import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.store.Change;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.OrgData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Chart-of-accounts writes, the only objects the sync ever changes in Bill.com. Every write is logged for tests.
 * Create answers 201, everything else 200 with the full object(s). Archive and restore are idempotent: repeating
 * one changes nothing, not even {@code updatedTime} (it is still logged, with before equal to after). Bulk
 * requests are all-or-nothing: every element is validated (and every id found) before anything is written.
 */
final class CoaWrites {
    private static final SimKind KIND = SimKind.CHART_OF_ACCOUNT;
    private static final String BASE = "/v3/" + KIND.v3Path();
    private final Context ctx;

    CoaWrites(Context ctx) {
        this.ctx = ctx;
    }

    void register(Router router) {
        router.add(new Route("POST", BASE, Api.V3, true, this::create));
        router.add(new Route("PATCH", BASE + "/{id}", Api.V3, true, this::patch));
        router.add(new Route("POST", BASE + "/{id}/archive", Api.V3, true, r -> setArchived(r, true)));
        router.add(new Route("POST", BASE + "/{id}/restore", Api.V3, true, r -> setArchived(r, false)));
        router.add(new Route("POST", BASE + "/bulk", Api.V3, true, this::bulkCreate));
        router.add(new Route("PATCH", BASE + "/bulk", Api.V3, true, this::bulkPatch));
        router.add(new Route("POST", BASE + "/bulk/archive", Api.V3, true, r -> bulkArchive(r, true)));
        router.add(new Route("POST", BASE + "/bulk/restore", Api.V3, true, r -> bulkArchive(r, false)));
    }

    private Reply create(Request request) {
        ObjectNode fields = CoaRules.forCreate(request.org(), request.json());
        return Reply.created(insert(request, fields));
    }

    private Reply patch(Request request) {
        JsonNode body = request.json();
        String id = request.pathParam("id");
        return Reply.ok(write(request, id, node -> CoaRules.patch(request.org(), id, node, body), true));
    }

    private Reply setArchived(Request request, boolean archived) {
        return Reply.ok(write(request, request.pathParam("id"), node -> node.put("archived", archived), false));
    }

    private Reply bulkCreate(Request request) {
        List<ObjectNode> all = new ArrayList<>();
        for (JsonNode element : array(request.json())) {
            all.add(CoaRules.forCreate(request.org(), element));
        }
        ArrayNode out = Json.array();
        all.forEach(fields -> out.add(insert(request, fields)));
        return Reply.created(wrap(out));
    }

    private Reply bulkPatch(Request request) {
        List<JsonNode> patches = array(request.json());
        OrgData org = request.org();
        for (JsonNode patch : patches) {
            String id = Json.text(patch, "id");
            if (id == null || id.isBlank()) {
                throw BdcError.MISSING_DATA.exception("id");
            }
            ObjectNode dryRun = org.find(KIND, id).orElseThrow(BdcError.NOT_FOUND::exception).deepCopy();
            CoaRules.patch(org, id, dryRun, patch);
        }
        ArrayNode out = Json.array();
        for (JsonNode patch : patches) {
            String id = Json.text(patch, "id");
            out.add(write(request, id, node -> CoaRules.patch(org, id, node, patch), true));
        }
        return Reply.ok(wrap(out));
    }

    private Reply bulkArchive(Request request, boolean archived) {
        String raw = request.query().get("ids");
        if (raw == null || raw.isBlank()) {
            throw BdcError.MISSING_PARAMETER.exception("ids");
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(raw.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()));
        for (String id : ids) {
            request.org().find(KIND, id).orElseThrow(BdcError.NOT_FOUND::exception);
        }
        ArrayNode out = Json.array();
        ids.forEach(id -> out.add(write(request, id, node -> node.put("archived", archived), false)));
        return Reply.ok(wrap(out));
    }

    private ObjectNode insert(Request request, ObjectNode fields) {
        ObjectNode stored = request.org().insert(KIND, fields);
        log(request, stored.path("id").asText(), new Change(null, stored));
        return stored;
    }

    private ObjectNode write(Request request, String id, Consumer<ObjectNode> mutation, boolean alwaysBump) {
        try {
            Change change = request.org().update(KIND, id, mutation, alwaysBump);
            log(request, id, change);
            return change.after();
        } catch (NoSuchElementException e) {
            throw BdcError.NOT_FOUND.exception();
        }
    }

    private void log(Request request, String id, Change change) {
        ctx.metrics().write(new WriteRecord(ctx.clock().instant(), request.org().orgId(), request.method(),
                request.path(), KIND, id, change.before() == null ? null : change.before().deepCopy(),
                change.after().deepCopy()));
    }

    private static List<JsonNode> array(JsonNode body) {
        if (!body.isArray()) {
            throw BdcError.JSON_PARSE.exception();
        }
        if (body.isEmpty()) {
            throw BdcError.MISSING_DATA.exception(KIND.bulkWrapper());
        }
        List<JsonNode> out = new ArrayList<>();
        body.forEach(out::add);
        return out;
    }

    private static ObjectNode wrap(ArrayNode results) {
        ObjectNode out = Json.object();
        out.set(KIND.bulkWrapper(), results);
        return out;
    }
}
