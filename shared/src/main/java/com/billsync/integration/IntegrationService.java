package com.billsync.integration;

import com.billsync.billcom.BillcomCredentials;
import com.billsync.domain.ErrorCode;
import com.billsync.domain.Ids;
import com.billsync.domain.Page;
import com.billsync.domain.PageRequest;
import com.billsync.domain.ServiceException;
import com.billsync.ledger.LedgerService;
import com.billsync.runs.ErrorEntry;
import com.billsync.runs.ErrorLogStore;
import com.billsync.runs.ErrorStatus;
import com.billsync.runs.RunLauncher;
import com.billsync.runs.RunStore;
import com.billsync.runs.RunTrigger;
import com.billsync.runs.SyncPlan;
import com.billsync.secrets.SecretNames;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The integration lifecycle: connect ({@code pending} → Bill.com login → {@code connected} with the seed
 * enqueued, or {@code error}), validate, change, disconnect.
 */
public final class IntegrationService {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationService.class);

    private final IntegrationStore store;
    private final Integrations integrations;
    private final LedgerService ledger;
    private final CredentialVault vault;
    private final SecretNames secretNames;
    private final BillcomAuthenticator authenticator;
    private final RunLauncher launcher;
    private final RunStore runs;
    private final SetupChecker checker;
    private final SyncScheduler scheduler;
    private final ErrorLogStore errorLog;
    private final Ids ids;
    private final Clock clock;

    public IntegrationService(IntegrationStore store, LedgerService ledger, CredentialVault vault,
                              SecretNames secretNames, BillcomAuthenticator authenticator, RunLauncher launcher,
                              RunStore runs, SetupChecker checker, SyncScheduler scheduler, ErrorLogStore errorLog,
                              Ids ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.integrations = new Integrations(store);
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.secretNames = Objects.requireNonNull(secretNames, "secretNames");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.errorLog = Objects.requireNonNull(errorLog, "errorLog");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates the integration and signs in. Returns the connected integration (seed enqueued); throws {@code
     * billcom_auth_failed} (the integration stays, in {@code error}) or {@code billcom_unavailable} (it stays
     * {@code pending}), both with the integration id in the details.
     */
    public IntegrationView connect(String tenantId, ConnectRequest request) {
        ledger.company(tenantId, request.companyId());
        store.currentForCompany(request.companyId()).ifPresent(existing -> {
            throw integrationExists(existing.id());
        });
        String devKey = request.devKey().orElseGet(vault::defaultDevKey);
        BillcomCredentials credentials = new BillcomCredentials(devKey, request.username(),
                request.password(), request.organizationId());
        String id = ids.integration();
        Instant now = clock.instant();
        Integration pending = new Integration(id, tenantId, request.companyId(), IntegrationStatus.PENDING,
                request.displayName(), request.organizationId(), request.cutoffDate(), request.autoSync(),
                request.coaAlignment(), secretNames.credentials(id), secretNames.session(id), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                now, now, 1);
        vault.create(pending.secretName(), credentials);
        try {
            store.create(pending);
        } catch (RuntimeException e) {
            vault.deleteNow(pending.secretName());
            throw e;
        }
        LOG.info("Created integration {} for company {} (pending)", id, request.companyId());
        return view(signIn(pending, credentials));
    }

    public Page<Integration> list(String tenantId, Optional<String> companyId, PageRequest page) {
        companyId.ifPresent(c -> ledger.company(tenantId, c));
        return store.list(tenantId, companyId, page);
    }

    public IntegrationView get(String tenantId, String integrationId) {
        return view(integrations.forTenant(tenantId, integrationId));
    }

    /** Throws {@code not_found} unless the integration exists and is the tenant's. */
    public void requireOwned(String tenantId, String integrationId) {
        integrations.forTenant(tenantId, integrationId);
    }

    public SetupStatus setupStatus(String tenantId, String integrationId) {
        return checker.check(integrations.forTenant(tenantId, integrationId));
    }

    /** Signs in again with the stored credentials and moves the state; enqueues the seed if it never ran. */
    public IntegrationView validate(String tenantId, String integrationId) {
        Integration integration = integrations.activeForTenant(tenantId, integrationId);
        return view(signIn(integration, vault.read(integration.secretName())));
    }

    /**
     * Applies settings and, when credential fields are present, rotates the credentials, but only after Bill.com
     * accepted the new set: rejected credentials change nothing.
     */
    public IntegrationView update(String tenantId, String integrationId, IntegrationChanges changes) {
        Integration current = integrations.activeForTenant(tenantId, integrationId);
        if (changes.expectedVersion().isPresent() && changes.expectedVersion().get() != current.version()) {
            throw ServiceException.conflict();
        }
        Integration.Builder next = current.toBuilder()
                .displayName(changes.displayName().apply(current.displayName()))
                .cutoffDate(changes.cutoffDate().apply(current.cutoffDate()))
                .autoSync(changes.autoSync().apply(current.autoSync()))
                .coaAlignment(changes.coaAlignment().apply(current.coaAlignment()));
        if (!changes.changesCredentials()) {
            Integration updated = next.build(clock.instant());
            store.update(current, updated);
            LOG.info("Updated settings of integration {} to version {}", integrationId, updated.version());
            scheduler.refresh(integrationId);
            return view(updated);
        }
        BillcomCredentials old = vault.read(current.secretName());
        BillcomCredentials rotated = new BillcomCredentials(changes.devKey().orElse(old.devKey()),
                changes.username().orElse(old.username()), changes.password().orElse(old.password()),
                changes.organizationId().orElse(old.organizationId()));
        if (!rotated.organizationId().equals(current.organizationId()) && current.seedRunId().isPresent()) {
            throw new ServiceException(ErrorCode.ORGANIZATION_LOCKED,
                    "organization_id cannot change once Bill.com data was pulled; disconnect and create a new "
                            + "integration for the other organization.", Map.of("integration_id", integrationId));
        }
        switch (authenticator.authenticate(integrationId, rotated)) {
            case AuthOutcome.Authenticated ignored -> {
                vault.rotate(current.secretName(), rotated);
                Integration updated = next.organizationId(rotated.organizationId())
                        .status(IntegrationStatus.CONNECTED).lastError(Optional.empty())
                        .connectedAt(Optional.of(clock.instant())).build(clock.instant());
                store.update(current, updated);
                LOG.info("Rotated credentials of integration {} (version {})", integrationId, updated.version());
                return view(afterConnected(updated));
            }
            case AuthOutcome.Rejected rejected -> throw authFailed(integrationId, rejected);
            case AuthOutcome.Unavailable unavailable -> throw unavailable(integrationId);
        }
    }

    /** Disconnects: no more syncs, the secrets scheduled for deletion, ledger data and history kept. Idempotent. */
    public void disconnect(String tenantId, String integrationId) {
        Integration current = integrations.forTenant(tenantId, integrationId);
        if (current.status() != IntegrationStatus.DISCONNECTED) {
            Integration updated = current.toBuilder().status(IntegrationStatus.DISCONNECTED).autoSync(false)
                    .build(clock.instant());
            store.disconnect(current, updated);
            LOG.info("Disconnected integration {}", integrationId);
        }
        vault.scheduleDeletion(current.secretName());
        vault.scheduleDeletion(current.sessionSecretName());
    }

    private Integration signIn(Integration integration, BillcomCredentials credentials) {
        return switch (authenticator.authenticate(integration.id(), credentials)) {
            case AuthOutcome.Authenticated ignored -> {
                Instant now = clock.instant();
                Integration connected = integration;
                if (integration.status() != IntegrationStatus.CONNECTED) {
                    connected = integration.toBuilder().status(IntegrationStatus.CONNECTED)
                            .lastError(Optional.empty()).connectedAt(Optional.of(now)).build(now);
                    store.update(integration, connected);
                    LOG.info("Integration {} connected", integration.id());
                }
                yield afterConnected(connected);
            }
            case AuthOutcome.Rejected rejected -> {
                Instant now = clock.instant();
                Integration failed = integration.toBuilder().status(IntegrationStatus.ERROR)
                        .lastError(Optional.of(new IntegrationError(rejected.billcomCode(),
                                rejected.billcomMessage(), now)))
                        .build(now);
                store.update(integration, failed);
                errorLog.append(ErrorEntry.outsideRun(integration.id(), ids.run(), ErrorStatus.FAILED,
                        "BILLCOM_AUTH_FAILED", "Bill.com rejected the credentials (" + rejected.billcomCode() + ": "
                                + rejected.billcomMessage() + "). Update them with PATCH.", now));
                LOG.info("Bill.com rejected the credentials of integration {}: {}", integration.id(),
                        rejected.billcomCode());
                scheduler.refresh(integration.id());
                throw authFailed(integration.id(), rejected);
            }
            case AuthOutcome.Unavailable unavailable -> {
                LOG.warn("Bill.com unavailable while signing in integration {}: {}", integration.id(),
                        unavailable.reason());
                throw unavailable(integration.id());
            }
        };
    }

    /** Enqueues the seed if it never ran (or re-sends it if it was never queued) and refreshes the schedule. */
    private Integration afterConnected(Integration integration) {
        Integration result = integration;
        if (integration.seedRunId().isEmpty()) {
            try {
                launcher.launch(integration.id(), SyncPlan.SEED, RunTrigger.CONNECT);
            } catch (ServiceException e) {
                if (e.code() != ErrorCode.SERVICE_UNAVAILABLE && e.code() != ErrorCode.SYNC_IN_PROGRESS) {
                    throw e;
                }
                // Recorded but not queued: validate or the planner re-sends it; the connect itself succeeded.
                LOG.warn("Seed of integration {} not enqueued yet: {}", integration.id(), e.code().wire());
            }
            result = store.get(integration.id()).orElse(integration);
        } else {
            integration.activeRunId().flatMap(r -> runs.get(integration.id(), r)).ifPresent(run -> {
                try {
                    launcher.ensureEnqueued(run);
                } catch (ServiceException e) {
                    LOG.warn("Run {} of integration {} still not enqueued", run.runId(), integration.id());
                }
            });
        }
        scheduler.refresh(result);
        return store.get(integration.id()).orElse(result);
    }

    private IntegrationView view(Integration integration) {
        return new IntegrationView(integration, checker.check(integration), runs.latest(integration.id()));
    }

    private static ServiceException integrationExists(String existingId) {
        return new ServiceException(ErrorCode.INTEGRATION_EXISTS,
                "The company already has a Bill.com integration. Change it with PATCH or delete it first.",
                Map.of("integration_id", existingId));
    }

    private static ServiceException authFailed(String integrationId, AuthOutcome.Rejected rejected) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("integration_id", integrationId);
        details.put("billcom_code", rejected.billcomCode());
        details.put("billcom_message", rejected.billcomMessage());
        return new ServiceException(ErrorCode.BILLCOM_AUTH_FAILED,
                "Bill.com rejected the credentials: " + rejected.billcomMessage(), details);
    }

    private static ServiceException unavailable(String integrationId) {
        return new ServiceException(ErrorCode.BILLCOM_UNAVAILABLE,
                "Bill.com could not be reached to check the credentials. Call validate later.",
                Map.of("integration_id", integrationId));
    }
}
