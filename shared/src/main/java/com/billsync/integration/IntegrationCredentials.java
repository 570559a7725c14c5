package com.billsync.integration;

import java.util.Objects;

/**
 * What signs in to Bill.com. Held only in memory and in the integration's secret; {@link #toString()} hides
 * everything but the organization.
 */
public record IntegrationCredentials(String devKey, String username, String password, String organizationId) {

    public IntegrationCredentials {
        Objects.requireNonNull(devKey, "devKey");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(organizationId, "organizationId");
    }

    @Override
    public String toString() {
        return "IntegrationCredentials[devKey=***, username=***, password=***, organizationId=" + organizationId
                + "]";
    }
}
