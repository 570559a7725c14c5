package com.billsync.api;

import com.billsync.domain.Patch;
import com.billsync.integration.CoaAlignmentMode;
import com.billsync.integration.ConnectRequest;
import com.billsync.integration.IntegrationChanges;
import com.billsync.integration.IntegrationView;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncRun;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The integration lifecycle routes. */
final class IntegrationRoutes {

    static final String BASE = "/api/integrations/bill_com/";
    static final String ONE = BASE + "{integration_id}/";
    private static final String ORG_RULE = "must be a Bill.com organization id: 008 followed by letters and digits";
    private static final Set<String> PATCH_FIELDS = Set.of("display_name", "cutoff_date", "auto_sync",
            "coa_alignment", "username", "password", "organization_id", "dev_key");

    private IntegrationRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.post(BASE, Route.BodyUse.REQUIRED, IntegrationRoutes::connect),
                Route.get(BASE, Set.of("company_id", "limit", "cursor"), (s, c) -> Responses.ok(Views.page(
                        s.integrations().list(c.tenantId(), c.query("company_id"), c.page()), Views::integration))),
                Route.get(ONE, Set.of(), (s, c) -> detail(s.integrations().get(c.tenantId(), id(c)))),
                Route.patch(ONE, IntegrationRoutes::update),
                Route.delete(ONE, (s, c) -> {
                    s.integrations().disconnect(c.tenantId(), id(c));
                    return ApiResponse.noContent();
                }),
                Route.post(ONE + "validate/", Route.BodyUse.OPTIONAL, (s, c) -> {
                    c.body().ifPresent(b -> BodyFields.of(b, Set.of()).done());
                    return detail(s.integrations().validate(c.tenantId(), id(c)));
                }),
                Route.get(ONE + "setup-status/", Set.of(), (s, c) -> Responses.ok(Views.setup(
                        s.integrations().setupStatus(c.tenantId(), id(c))))),
                Route.post(ONE + "trigger-sync/", Route.BodyUse.OPTIONAL, IntegrationRoutes::trigger));
    }

    static String id(Call c) {
        return c.param("integration_id");
    }

    private static ApiResponse connect(ApiServices s, Call c) {
        BodyFields f = BodyFields.of(c.json(), Set.of("company_id", "username", "password", "organization_id",
                "dev_key", "display_name", "cutoff_date", "auto_sync", "coa_alignment"));
        String companyId = f.requiredString("company_id", 64);
        String username = f.requiredString("username", 320);
        String password = f.requiredSecret("password", 1024);
        String organizationId = f.requiredString("organization_id", 40, IntegrationRoutes::isOrganization, ORG_RULE);
        Optional<String> devKey = f.optionalSecret("dev_key", 256);
        Optional<String> displayName = f.optionalString("display_name", 200);
        Optional<LocalDate> cutoff = f.optionalDate("cutoff_date");
        boolean autoSync = f.optionalBoolean("auto_sync").orElse(true);
        CoaAlignmentMode coa = f.optionalEnum("coa_alignment", CoaAlignmentMode.class).orElse(CoaAlignmentMode.PREVIEW);
        f.done();
        IntegrationView view = s.integrations().connect(c.tenantId(), new ConnectRequest(companyId, username,
                password, organizationId, devKey, displayName, cutoff, autoSync, coa));
        return Responses.created(Views.integrationDetail(view), BASE + view.integration().id() + "/");
    }

    private static ApiResponse update(ApiServices s, Call c) {
        BodyFields f = BodyFields.of(c.json(), PATCH_FIELDS);
        Patch<String> displayName = f.patchString("display_name", 200, true);
        Patch<LocalDate> cutoff = f.patchDate("cutoff_date", true);
        Patch<Boolean> autoSync = f.patchBoolean("auto_sync");
        Patch<CoaAlignmentMode> coa = f.patchEnum("coa_alignment", CoaAlignmentMode.class);
        Optional<String> username = f.optionalString("username", 320);
        Optional<String> password = f.optionalSecret("password", 1024);
        Optional<String> organizationId = f.optionalString("organization_id", 40, IntegrationRoutes::isOrganization,
                ORG_RULE);
        Optional<String> devKey = f.optionalSecret("dev_key", 256);
        f.done();
        IntegrationView view = s.integrations().update(c.tenantId(), id(c), new IntegrationChanges(displayName,
                cutoff, autoSync, coa, username, password, organizationId, devKey, c.ifMatch()));
        return detail(view);
    }

    private static ApiResponse trigger(ApiServices s, Call c) {
        SyncPlan plan = SyncPlan.FULL;
        if (c.body().isPresent()) {
            BodyFields f = BodyFields.of(c.body().get(), Set.of("plan"));
            plan = f.optionalEnum("plan", SyncPlan.class).orElse(SyncPlan.FULL);
            f.done();
        }
        SyncRun run = s.runs().trigger(c.tenantId(), id(c), plan);
        ObjectNode body = Views.object();
        body.put("run_id", run.runId());
        body.put("plan", run.plan().wire());
        body.put("status", run.status().wire());
        return Responses.accepted(body).withHeader("location", ONE.replace("{integration_id}", id(c))
                + "sync-runs/" + run.runId() + "/");
    }

    private static ApiResponse detail(IntegrationView view) {
        return Responses.ok(Views.integrationDetail(view))
                .withHeader("etag", "\"" + view.integration().version() + "\"");
    }

    private static boolean isOrganization(String id) {
        return id.matches("008[A-Za-z0-9]{1,37}");
    }
}
