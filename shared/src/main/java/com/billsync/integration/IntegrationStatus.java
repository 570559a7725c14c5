package com.billsync.integration;

import java.util.Locale;

/** Where an integration is in its lifecycle. */
public enum IntegrationStatus {
    /** Created; Bill.com has not answered the first login yet (or was unreachable). */
    PENDING,
    /** The last login succeeded. */
    CONNECTED,
    /** Bill.com rejected the credentials; {@code last_error} says why. */
    ERROR,
    /** Deleted by the caller: no more syncs, credentials scheduled for deletion, ledger data kept. */
    DISCONNECTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
