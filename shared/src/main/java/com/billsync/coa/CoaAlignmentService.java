package com.billsync.coa;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.integration.Integration;
import com.billsync.integration.Integrations;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The API's view of alignment: the plan the next run would apply, approving it, a run's record. */
public final class CoaAlignmentService {

    private static final Logger LOG = LoggerFactory.getLogger(CoaAlignmentService.class);
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

    private final Integrations integrations;
    private final CoaSources sources;
    private final CoaGuard guard;
    private final Clock clock;

    public CoaAlignmentService(Integrations integrations, CoaSources sources, CoaGuard guard, Clock clock) {
        this.integrations = Objects.requireNonNull(integrations, "integrations");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Computes the plan from the ledger, the mirror and the mappings as they are now. */
    public CoaPreview preview(String tenantId, String integrationId) {
        return preview(integrations.forTenant(tenantId, integrationId));
    }

    /**
     * Approves the plan with {@code fingerprint} once: the next {@code apply} run may apply exactly that plan even
     * if the guard refuses it. Refuses ({@code coa_plan_changed}) when the plan is no longer that one.
     */
    public CoaApproval approve(String tenantId, String integrationId, String fingerprint) {
        if (!FINGERPRINT.matcher(fingerprint).matches()) {
            throw ServiceException.validation("fingerprint must be the 32 lowercase hex digits the plan shows.",
                    Map.of("fields", Map.of("fingerprint", "not a plan fingerprint")));
        }
        Integration integration = integrations.activeForTenant(tenantId, integrationId);
        CoaPreview current = preview(integration);
        if (!current.plan().fingerprint().equals(fingerprint)) {
            throw new ServiceException(ErrorCode.COA_PLAN_CHANGED, "The alignment plan changed since it was "
                    + "reviewed; review the current plan and approve its fingerprint.",
                    Map.of("fingerprint", current.plan().fingerprint()));
        }
        CoaApproval approval = new CoaApproval(fingerprint, clock.instant());
        sources.store().approve(integration.id(), approval);
        LOG.info("Alignment plan {} of integration {} approved ({} change(s))", fingerprint, integration.id(),
                current.plan().changes());
        return approval;
    }

    /** What alignment recorded in a run, if it ran in it. */
    public Optional<CoaRunReport> run(String integrationId, String runId) {
        return sources.store().run(integrationId, runId);
    }

    private CoaPreview preview(Integration integration) {
        Instant now = clock.instant();
        CoaInputs inputs = sources.load(integration);
        CoaPlan plan = CoaPlanner.plan(inputs);
        return new CoaPreview(integration, plan, guard.evaluate(plan), sources.store().approval(integration.id()),
                inputs.pendingCreates().size(), now);
    }
}
