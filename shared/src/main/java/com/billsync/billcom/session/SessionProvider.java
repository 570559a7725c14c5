package com.billsync.billcom.session;

import java.util.Optional;

/**
 * Where client instances find and leave Bill.com sessions, one per {@link SessionKey}. Implementations must be
 * thread-safe. A later adapter backs this with Secrets Manager so Lambda invocations share sessions.
 */
public interface SessionProvider {

    /** The stored session for this key, if any. */
    Optional<BillcomSession> get(SessionKey key);

    /** Stores (or replaces) the session for this key. */
    void store(SessionKey key, BillcomSession session);

    /**
     * Forgets {@code stale} for this key, but only if it is still the stored one: another client may already
     * have logged in again and stored a fresh session, which must survive.
     */
    void invalidate(SessionKey key, BillcomSession stale);
}
