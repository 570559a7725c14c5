package com.billsync.api;

import com.billsync.integration.IntegrationView;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The chart-of-accounts alignment plan. Until the sync engine's aligner computes and stores plans, the route
 * reports the mode and that no plan has been computed yet, rather than a guess.
 */
final class CoaAlignmentView {

    private CoaAlignmentView() {
    }

    static ObjectNode of(IntegrationView view) {
        ObjectNode body = Views.object();
        body.put("integration_id", view.integration().id());
        body.put("mode", view.integration().coaAlignment().wire());
        body.putNull("computed_at");
        body.putArray("actions");
        return body;
    }
}
