package com.billsync.billcom.session;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Sessions kept in this process's memory: shared by every client given the same instance. */
public final class InMemorySessionProvider implements SessionProvider {

    private final ConcurrentMap<SessionKey, BillcomSession> sessions = new ConcurrentHashMap<>();

    @Override
    public Optional<BillcomSession> get(SessionKey key) {
        return Optional.ofNullable(sessions.get(key));
    }

    @Override
    public void store(SessionKey key, BillcomSession session) {
        sessions.put(key, session);
    }

    @Override
    public void invalidate(SessionKey key, BillcomSession stale) {
        sessions.computeIfPresent(key,
                (k, current) -> current.sessionId().equals(stale.sessionId()) ? null : current);
    }
}
