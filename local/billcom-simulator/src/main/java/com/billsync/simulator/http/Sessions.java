package com.billsync.simulator.http;

import com.billsync.simulator.error.BdcError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login sessions. A session belongs to one API family (a v3 session id is unknown to v2 and the reverse), one dev
 * key and one organization. It dies after {@code idleTimeout} without a call on the simulator's clock; every
 * successful validation restarts that timer.
 */
public final class Sessions {
    /** One live session; {@code lastUsed} moves on every call. */
    public static final class Session {
        private final String id;
        private final Api api;
        private final String devKey;
        private final String orgId;
        private final String userId;
        private volatile Instant lastUsed;

        Session(String id, Api api, String devKey, String orgId, String userId, Instant lastUsed) {
            this.id = id;
            this.api = api;
            this.devKey = devKey;
            this.orgId = orgId;
            this.userId = userId;
            this.lastUsed = lastUsed;
        }

        public String id() {
            return id;
        }

        public String devKey() {
            return devKey;
        }

        public String orgId() {
            return orgId;
        }

        public String userId() {
            return userId;
        }
    }

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    /** Every id ever issued, live or not: tests search logs and storage for them. */
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final Duration idleTimeout;

    public Sessions(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    public Session open(Api api, String devKey, String orgId, String userId) {
        StringBuilder id = new StringBuilder(api == Api.V3 ? "!" : "");
        for (int i = 0; i < 40; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Session session = new Session(id.toString(), api, devKey, orgId, userId, clock.instant());
        sessions.put(session.id, session);
        issued.add(session.id);
        return session;
    }

    /**
     * The live session for this id, family and dev key, its idle timer restarted.
     *
     * @throws com.billsync.simulator.error.ApiException BDC_1109 when missing, unknown, expired, of the other
     *     family or of another dev key
     */
    public Session validate(Api api, String sessionId, String devKey) {
        Session session = sessionId == null ? null : sessions.get(sessionId.trim());
        if (session == null || session.api != api || !session.devKey.equals(devKey)) {
            throw BdcError.SESSION_INVALID.exception();
        }
        Instant now = clock.instant();
        if (Duration.between(session.lastUsed, now).compareTo(idleTimeout) > 0) {
            sessions.remove(session.id, session);
            throw BdcError.SESSION_INVALID.exception();
        }
        session.lastUsed = now;
        return session;
    }

    /** Every session id issued so far, in no particular order. */
    public Set<String> issuedIds() {
        return Set.copyOf(issued);
    }

    public void invalidate(String sessionId) {
        sessions.remove(sessionId);
    }

    public void invalidateAll() {
        sessions.clear();
    }
}
