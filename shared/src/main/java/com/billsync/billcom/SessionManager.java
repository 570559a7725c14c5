package com.billsync.billcom;

import com.billsync.billcom.session.BillcomSession;
import com.billsync.billcom.session.SessionKey;
import com.billsync.billcom.session.SessionProvider;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Finds the session to use: this client's last one, else the {@link SessionProvider}'s, else a new login.
 * Logins for one key are serialized across the whole process, so parallel callers that all find no session
 * log in once, not once each (Bill.com allows 200 logins per dev key per hour).
 */
final class SessionManager {

    private static final ConcurrentMap<SessionKey, ReentrantLock> LOGIN_LOCKS = new ConcurrentHashMap<>();

    private final SessionProvider provider;
    /** Saves a provider round trip per call (the provider may be a remote secret store). */
    private final ConcurrentMap<SessionKey, BillcomSession> local = new ConcurrentHashMap<>();

    SessionManager(SessionProvider provider) {
        this.provider = provider;
    }

    BillcomSession current(SessionKey key, Supplier<BillcomSession> login) {
        BillcomSession mine = local.get(key);
        if (mine != null) {
            return mine;
        }
        return underLoginLock(key, () -> provider.get(key).orElseGet(() -> storeNew(key, login)));
    }

    /**
     * Replaces a session Bill.com rejected: uses one another client stored meanwhile, else logs in.
     */
    BillcomSession renew(SessionKey key, BillcomSession stale, Supplier<BillcomSession> login) {
        forget(key, stale);
        return underLoginLock(key, () -> provider.get(key)
                .filter(s -> !s.sessionId().equals(stale.sessionId()))
                .orElseGet(() -> storeNew(key, login)));
    }

    /** Logs in even if a session exists (to re-test credentials) and shares the new session. */
    BillcomSession loginNow(SessionKey key, Supplier<BillcomSession> login) {
        return underLoginLock(key, () -> storeNew(key, login));
    }

    /** The session a call would use now, without logging in. */
    Optional<BillcomSession> peek(SessionKey key) {
        BillcomSession mine = local.get(key);
        return mine != null ? Optional.of(mine) : provider.get(key);
    }

    void forget(SessionKey key, BillcomSession session) {
        local.remove(key, session);
        provider.invalidate(key, session);
    }

    private BillcomSession storeNew(SessionKey key, Supplier<BillcomSession> login) {
        BillcomSession fresh = login.get();
        provider.store(key, fresh);
        return fresh;
    }

    private BillcomSession underLoginLock(SessionKey key, Supplier<BillcomSession> find) {
        ReentrantLock lock = LOGIN_LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            BillcomSession session = find.get();
            local.put(key, session);
            return session;
        } finally {
            lock.unlock();
        }
    }
}
