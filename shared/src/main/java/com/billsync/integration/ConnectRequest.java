package com.billsync.integration;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A validated create (connect) request. {@link #toString()} hides the credentials. */
public record ConnectRequest(
        String companyId,
        String username,
        String password,
        String organizationId,
        Optional<String> devKey,
        Optional<String> displayName,
        Optional<LocalDate> cutoffDate,
        boolean autoSync,
        CoaAlignmentMode coaAlignment) {

    public ConnectRequest {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(devKey, "devKey");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(cutoffDate, "cutoffDate");
        Objects.requireNonNull(coaAlignment, "coaAlignment");
    }

    @Override
    public String toString() {
        return "ConnectRequest[companyId=" + companyId + ", organizationId=" + organizationId + "]";
    }
}
