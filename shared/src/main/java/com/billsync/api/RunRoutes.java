package com.billsync.api;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.runs.ErrorFilter;
import com.billsync.runs.SyncStep;
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
                Route.get(one + "sync-runs/{run_id}/", Set.of(), (s, c) -> Responses.ok(Views.run(
                        s.runs().run(c.tenantId(), IntegrationRoutes.id(c), c.param("run_id"))))),
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
                        CoaAlignmentView.of(s.integrations().get(c.tenantId(), IntegrationRoutes.id(c))))));
    }

    private static ErrorFilter filter(Call c) {
        Optional<SyncStep> step = c.query("step").map(value -> SyncStep.fromWire(value).orElseThrow(() ->
                new ServiceException(ErrorCode.VALIDATION_FAILED, "step is not a sync step.",
                        Map.of("fields", Map.of("step", "must be one of vendors, funding_accounts, accounts, bills, "
                                + "vendor_credits, vendor_payments, items, customers, classifications")))));
        return new ErrorFilter(c.query("run_id"), step, c.query("entity_type"), c.query("error_code"));
    }
}
