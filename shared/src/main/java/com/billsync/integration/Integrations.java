package com.billsync.integration;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import java.util.Map;
import java.util.Objects;

/** Finds a tenant's integration: another tenant's integration is {@code not_found}, like a missing one. */
public final class Integrations {

    private final IntegrationStore store;

    public Integrations(IntegrationStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Integration forTenant(String tenantId, String integrationId) {
        return store.get(integrationId)
                .filter(i -> i.tenantId().equals(tenantId))
                .orElseThrow(() -> ServiceException.notFound("Integration", integrationId));
    }

    /** Like {@link #forTenant}, and refuses a disconnected integration. */
    public Integration activeForTenant(String tenantId, String integrationId) {
        Integration integration = forTenant(tenantId, integrationId);
        if (integration.status() == IntegrationStatus.DISCONNECTED) {
            throw new ServiceException(ErrorCode.INTEGRATION_DISCONNECTED,
                    "The integration is disconnected. Create a new integration for the company.",
                    Map.of("integration_id", integrationId));
        }
        return integration;
    }
}
