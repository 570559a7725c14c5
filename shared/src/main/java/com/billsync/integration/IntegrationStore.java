package com.billsync.integration;

import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Storage of integrations. Every write is conditional; a lost race throws a {@code conflict} error. */
public interface IntegrationStore {

    /**
     * Stores a new integration and claims its company. Throws {@code integration_exists} (details:
     * {@code integration_id}) when the company already has an integration that is not disconnected.
     */
    void create(Integration integration);

    Optional<Integration> get(String integrationId);

    /** The company's current (not disconnected) integration. */
    Optional<Integration> currentForCompany(String companyId);

    /** The tenant's integrations, optionally only those of one company, including disconnected ones. */
    Page<Integration> list(String tenantId, Optional<String> companyId, PageRequest page);

    /**
     * Writes {@code updated}'s API-owned fields if the stored version is still {@code previous.version()};
     * otherwise throws {@code conflict}.
     */
    void update(Integration previous, Integration updated);

    /** Like {@link #update}, and also releases the company (so it can connect again) and drops the schedule. */
    void disconnect(Integration previous, Integration updated);

    /**
     * Puts the integration into the planner's "due" index (keeping an already planned {@code nextSyncAt}, else
     * {@code candidate}), or takes it out.
     */
    void schedule(String integrationId, boolean due, Instant candidate);
}
