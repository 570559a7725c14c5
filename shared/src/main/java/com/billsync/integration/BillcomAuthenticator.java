package com.billsync.integration;

import com.billsync.billcom.BillcomCredentials;

/**
 * Signs in to Bill.com for an integration and keeps the session for the integration's later calls, so the
 * sync reuses it instead of logging in again (Bill.com allows 200 logins per dev key per hour).
 */
public interface BillcomAuthenticator {

    AuthOutcome authenticate(String integrationId, BillcomCredentials credentials);

    /** Forgets the integration's stored session (after its credentials changed or it was disconnected). */
    void forgetSession(String integrationId);
}
