package com.billsync.api;

import com.billsync.coa.CoaApproval;
import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.runs.ErrorFilter;
import com.billsync.runs.SyncRun;
import com.billsync.runs.SyncStep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The audit trail: runs, the errors log, the sync state, the chart-of-accounts plan. */
final class RunRoutes {

    private RunRoutes() {
    }

    static List<Route> routes() {
        String one = IntegrationRoutes.ONE;
        return List.of(
                Route.get(one + "sync-runs/", LedgerRoutes.PAGING, (s, c) -> Responses.ok(Views.page(
                        s.runs().runs(c.tenantId(), IntegrationRoutes.id(c), c.page()), Views::run))),
                Route.get(one + "sync-runs/{run_id}/", Set.of(), RunRoutes::run),
                Route.get(one + "errors/", Set.of("run_id", "step", "entity_type", "error_code", "limit", "cursor"),
                        (s, c) -> Responses.ok(Views.page(s.runs().errors(c.tenantId(), IntegrationRoutes.id(c),
                                filter(c), c.page()), Views::error))),
                Route.post(one + "reset-sync-state/", Route.BodyUse.OPTIONAL, (s, c) -> {
                    c.body().ifPresent(b -> BodyFields.of(b, Set.of()).done());
                    int forgotten = s.runs().resetSyncState(c.tenantId(), IntegrationRoutes.id(c));
                    ObjectNode body = Views.object();
                    body.put("cursors_reset", forgotten);
                    return Responses.ok(body);
                }),
                Route.get(one + "coa-alignment/", Set.of(), (s, c) -> Responses.ok(
                        CoaAlignmentView.of(s.coa().preview(c.tenantId(), IntegrationRoutes.id(c))))),
                Route.post(one + "coa-alignment/approve/", Route.BodyUse.REQUIRED, RunRoutes::approve));
    }

    /** A run, with what chart-of-accounts alignment did in it ({@code coa_alignment}, null if it did not run). */
    private static ApiResponse run(ApiServices s, Call c) {
        SyncRun run = s.runs().run(c.tenantId(), IntegrationRoutes.id(c), c.param("run_id"));
        ObjectNode body = Views.run(run);
        body.set("coa_alignment", s.coa().run(run.integrationId(), run.runId()).<JsonNode>map(CoaAlignmentView::run)
                .orElse(NullNode.getInstance()));
        return Responses.ok(body);
    }

    /** {@code {"fingerprint": "..."}}: a one-shot approval of exactly that plan. */
    private static ApiResponse approve(ApiServices s, Call c) {
        BodyFields f = BodyFields.of(c.json(), Set.of("fingerprint"));
        String fingerprint = f.requiredString("fingerprint", 64);
        f.done();
        CoaApproval approval = s.coa().approve(c.tenantId(), IntegrationRoutes.id(c), fingerprint);
        return Responses.ok(CoaAlignmentView.approval(IntegrationRoutes.id(c), approval.fingerprint(),
                approval.approvedAt()));
    }

    private static ErrorFilter filter(Call c) {
        Optional<SyncStep> step = c.query("step").map(value -> SyncStep.fromWire(value).orElseThrow(() ->
                new ServiceException(ErrorCode.VALIDATION_FAILED, "step is not a sync step.",
                        Map.of("fields", Map.of("step", "must be one of vendors, funding_accounts, accounts, bills, "
                                + "vendor_credits, vendor_payments, items, customers, classifications")))));
        return new ErrorFilter(c.query("run_id"), step, c.query("entity_type"), c.query("error_code"));
    }
}
