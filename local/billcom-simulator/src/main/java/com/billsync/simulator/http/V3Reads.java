package com.billsync.simulator.http;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.query.FieldSpec;
import com.billsync.simulator.query.Listing;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** {@code GET /v3/<kind>} (paged lists) and {@code GET /v3/<kind>/{id}} (404 BDC_1205 when absent) for every kind. */
final class V3Reads {
    private final Context ctx;
    private final Map<SimKind, FieldSpec> specs = new EnumMap<>(SimKind.class);

    V3Reads(Context ctx) {
        this.ctx = ctx;
        for (SimKind kind : SimKind.values()) {
            specs.put(kind, FieldSpec.v3(kind));
        }
        if (!ctx.approvalStatusOnV3Bills()) {
            // Hidden fields cannot be filtered or sorted on either, or a filter would leak them.
            specs.put(SimKind.BILL, specs.get(SimKind.BILL).without("approvalStatus"));
        }
    }

    void register(Router router) {
        for (SimKind kind : SimKind.values()) {
            String base = "/v3/" + kind.v3Path();
            router.add(new Route("GET", base, Api.V3, true, r -> list(kind, r)));
            router.add(new Route("GET", base + "/{id}", Api.V3, true, r -> get(kind, r)));
        }
    }

    private Reply list(SimKind kind, Request request) {
        return Reply.ok(Listing.v3(kind.v3Path(), request.org().records(kind), specs.get(kind), request.query(),
                view(kind)));
    }

    private Reply get(SimKind kind, Request request) {
        ObjectNode node = request.org().find(kind, request.pathParam("id"))
                .orElseThrow(BdcError.NOT_FOUND::exception);
        return Reply.ok(view(kind).apply(node));
    }

    /** With {@code approvalStatusOnV3Bills(false)} bills lose their approval fields, as on orgs that lack them. */
    UnaryOperator<ObjectNode> view(SimKind kind) {
        if (kind != SimKind.BILL || ctx.approvalStatusOnV3Bills()) {
            return UnaryOperator.identity();
        }
        return bill -> {
            if (!bill.has("approvalStatus") && !bill.has("approvers")) {
                return bill;
            }
            ObjectNode copy = bill.deepCopy();
            copy.remove("approvalStatus");
            copy.remove("approvers");
            return copy;
        };
    }
}
