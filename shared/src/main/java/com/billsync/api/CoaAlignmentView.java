package com.billsync.api;

import com.billsync.coa.CoaConflict;
import com.billsync.coa.CoaJson;
import com.billsync.coa.CoaMutation;
import com.billsync.coa.CoaPlan;
import com.billsync.coa.CoaPreview;
import com.billsync.coa.CoaRunReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * The chart-of-accounts alignment plan the next run would apply (computed from the ledger, the mirror and the
 * mappings as they are now), and what alignment recorded in a run. Mutations, conflicts and rows are in
 * {@link CoaJson}'s form, the same the run's audit trail stores.
 */
final class CoaAlignmentView {

    private CoaAlignmentView() {
    }

    static ObjectNode of(CoaPreview preview) {
        CoaPlan plan = preview.plan();
        ObjectNode body = Views.object();
        body.put("integration_id", preview.integration().id());
        body.put("mode", preview.integration().coaAlignment().wire());
        body.put("computed_at", preview.computedAt().toString());
        body.put("fingerprint", plan.fingerprint());
        body.set("counts", CoaJson.counts(plan.counts()));
        ObjectNode guard = CoaJson.guard(preview.guard());
        guard.put("approved", preview.approved());
        guard.put("approved_at", preview.approval().filter(a -> preview.approved())
                .map(a -> a.approvedAt().toString()).orElse(null));
        body.set("guard", guard);
        body.put("pending_creates", preview.pendingCreates());
        body.set("actions", mutations(plan.mutations()));
        body.set("conflicts", conflicts(plan.conflicts()));
        ArrayNode untouched = body.putArray("untouched");
        plan.untouched().forEach(u -> untouched.add(CoaJson.untouched(u)));
        return body;
    }

    /** A run's alignment: its record, and the mutations it applied (apply) or planned (preview, refused). */
    static ObjectNode run(CoaRunReport report) {
        ObjectNode body = CoaJson.record(report.record());
        ArrayNode applied = body.putArray("applied");
        report.applied().forEach(e -> applied.add(CoaJson.entry(e)));
        body.set("planned", body.remove("planned"));
        body.set("actions", mutations(report.planned()));
        return body;
    }

    static ObjectNode approval(String integrationId, String fingerprint, Instant at) {
        ObjectNode body = Views.object();
        body.put("integration_id", integrationId);
        body.put("fingerprint", fingerprint);
        body.put("approved_at", at.toString());
        return body;
    }

    private static ArrayNode mutations(List<CoaMutation> mutations) {
        ArrayNode out = Views.object().arrayNode();
        mutations.forEach(m -> out.add(CoaJson.mutation(m)));
        return out;
    }

    private static ArrayNode conflicts(List<CoaConflict> conflicts) {
        ArrayNode out = Views.object().arrayNode();
        conflicts.forEach(c -> out.add(CoaJson.conflict(c)));
        return out;
    }
}
