package com.billsync.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bill.com integration: one ledger company, one Bill.com organization, its own credentials (in a secret
 * whose name is all that is stored here).
 *
 * <p>{@code version} counts the API's changes (status, settings, credentials) and guards them against lost
 * updates; the sync engine's bookkeeping ({@code activeRunId}, {@code lastSyncAt}, {@code nextSyncAt}) is
 * written with its own conditions and does not bump it.
 *
 * @param seedRunId the initial seed's run, once enqueued (the seed runs once per integration)
 */
public record Integration(
        String id,
        String tenantId,
        String companyId,
        IntegrationStatus status,
        Optional<String> displayName,
        String organizationId,
        Optional<LocalDate> cutoffDate,
        boolean autoSync,
        CoaAlignmentMode coaAlignment,
        String secretName,
        String sessionSecretName,
        Optional<IntegrationError> lastError,
        Optional<String> seedRunId,
        Optional<String> activeRunId,
        Optional<Instant> lastSyncAt,
        Optional<Instant> nextSyncAt,
        boolean scheduled,
        Optional<Instant> connectedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Integration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(cutoffDate, "cutoffDate");
        Objects.requireNonNull(coaAlignment, "coaAlignment");
        Objects.requireNonNull(secretName, "secretName");
        Objects.requireNonNull(sessionSecretName, "sessionSecretName");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(seedRunId, "seedRunId");
        Objects.requireNonNull(activeRunId, "activeRunId");
        Objects.requireNonNull(lastSyncAt, "lastSyncAt");
        Objects.requireNonNull(nextSyncAt, "nextSyncAt");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies an integration with some API-owned fields changed; {@link #build} bumps the version. */
    public static final class Builder {
        private final Integration base;
        private IntegrationStatus status;
        private Optional<String> displayName;
        private String organizationId;
        private Optional<LocalDate> cutoffDate;
        private boolean autoSync;
        private CoaAlignmentMode coaAlignment;
        private Optional<IntegrationError> lastError;
        private Optional<Instant> connectedAt;

        private Builder(Integration base) {
            this.base = base;
            this.status = base.status;
            this.displayName = base.displayName;
            this.organizationId = base.organizationId;
            this.cutoffDate = base.cutoffDate;
            this.autoSync = base.autoSync;
            this.coaAlignment = base.coaAlignment;
            this.lastError = base.lastError;
            this.connectedAt = base.connectedAt;
        }

        public Builder status(IntegrationStatus value) {
            this.status = value;
            return this;
        }

        public Builder displayName(Optional<String> value) {
            this.displayName = value;
            return this;
        }

        public Builder organizationId(String value) {
            this.organizationId = value;
            return this;
        }

        public Builder cutoffDate(Optional<LocalDate> value) {
            this.cutoffDate = value;
            return this;
        }

        public Builder autoSync(boolean value) {
            this.autoSync = value;
            return this;
        }

        public Builder coaAlignment(CoaAlignmentMode value) {
            this.coaAlignment = value;
            return this;
        }

        public Builder lastError(Optional<IntegrationError> value) {
            this.lastError = value;
            return this;
        }

        public Builder connectedAt(Optional<Instant> value) {
            this.connectedAt = value;
            return this;
        }

        public Integration build(Instant now) {
            return new Integration(base.id, base.tenantId, base.companyId, status, displayName, organizationId,
                    cutoffDate, autoSync, coaAlignment, base.secretName, base.sessionSecretName, lastError,
                    base.seedRunId, base.activeRunId, base.lastSyncAt, base.nextSyncAt, base.scheduled,
                    connectedAt, base.createdAt, now, base.version + 1);
        }
    }
}
