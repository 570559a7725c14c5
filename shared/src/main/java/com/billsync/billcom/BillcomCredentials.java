package com.billsync.billcom;

import com.billsync.billcom.session.ApiVersion;
import com.billsync.billcom.session.SessionKey;
import java.util.Objects;

/**
 * What logs in to one Bill.com organization. {@link #toString()} never shows the dev key or the password.
 *
 * @param devKey the developer key (sent on every call)
 * @param username the API user's email, or an AP/AR sync token's name
 * @param password the user's password, or the sync token
 * @param organizationId the Bill.com organization ({@code 008…})
 */
public record BillcomCredentials(String devKey, String username, String password, String organizationId) {

    public BillcomCredentials {
        Objects.requireNonNull(devKey, "devKey");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(organizationId, "organizationId");
    }

    /** The key this user's sessions of one API version are shared under. */
    public SessionKey sessionKey(ApiVersion api) {
        return SessionKey.of(api, devKey, username, organizationId);
    }

    @Override
    public String toString() {
        return "BillcomCredentials[devKey=***, username=" + username + ", password=***, organizationId="
                + organizationId + "]";
    }
}
