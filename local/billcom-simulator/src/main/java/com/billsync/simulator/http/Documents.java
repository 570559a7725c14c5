package com.billsync.simulator.http;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.query.FieldSpec;
import com.billsync.simulator.query.Listing;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Bill documents: {@code GET /v3/documents/bills/{billId}} (only {@code max} and {@code page}, as Bill.com
 * documents), {@code GET /v3/documents/{id}} and the {@code downloadLink} target.
 */
final class Documents {
    private static final FieldSpec SPEC = FieldSpec.documents();

    void register(Router router) {
        router.add(new Route("GET", "/v3/documents/bills/{billId}", Api.V3, true, this::list));
        router.add(new Route("GET", "/v3/documents/{id}", Api.V3, true, this::get));
        router.add(new Route("GET", "/v3/documents/{id}/download", Api.V3, true, this::download));
    }

    private Reply list(Request request) {
        String billId = request.pathParam("billId");
        request.org().find(SimKind.BILL, billId).orElseThrow(BdcError.NOT_FOUND::exception);
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        request.org().documents(billId).forEach(d -> docs.put(d.path("id").asText(), d));
        Map<String, String> paging = new HashMap<>();
        if (request.query().containsKey("max")) {
            paging.put("max", request.query().get("max"));
        }
        if (request.query().containsKey("page")) {
            paging.put("page", request.query().get("page"));
        }
        return Reply.ok(Listing.v3("documents/bills/" + billId, docs, SPEC, paging, UnaryOperator.identity()));
    }

    private Reply get(Request request) {
        return Reply.ok(request.org().document(request.pathParam("id")).orElseThrow(BdcError.NOT_FOUND::exception));
    }

    private Reply download(Request request) {
        ObjectNode doc = request.org().document(request.pathParam("id")).orElseThrow(BdcError.NOT_FOUND::exception);
        String content = "%PDF-1.4\n% simulated Bill.com document " + doc.path("name").asText() + "\n%%EOF\n";
        return Reply.bytes(content.getBytes(StandardCharsets.US_ASCII), "application/pdf");
    }
}
