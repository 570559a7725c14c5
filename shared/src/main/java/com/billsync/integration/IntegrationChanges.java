package com.billsync.integration;

import com.billsync.domain.Patch;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated PATCH. Any credential field present rotates the secret after Bill.com accepted the new set;
 * {@code expectedVersion} is the caller's {@code If-Match}. {@link #toString()} hides the credentials.
 */
public record IntegrationChanges(
        Patch<String> displayName,
        Patch<LocalDate> cutoffDate,
        Patch<Boolean> autoSync,
        Patch<CoaAlignmentMode> coaAlignment,
        Optional<String> username,
        Optional<String> password,
        Optional<String> organizationId,
        Optional<String> devKey,
        Optional<Long> expectedVersion) {

    public IntegrationChanges {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(cutoffDate, "cutoffDate");
        Objects.requireNonNull(autoSync, "autoSync");
        Objects.requireNonNull(coaAlignment, "coaAlignment");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(devKey, "devKey");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    public boolean changesCredentials() {
        return username.isPresent() || password.isPresent() || organizationId.isPresent() || devKey.isPresent();
    }

    @Override
    public String toString() {
        return "IntegrationChanges[credentials=" + (changesCredentials() ? "changed" : "unchanged") + "]";
    }
}
