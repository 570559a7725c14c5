package com.billsync.secrets;

import com.billsync.billcom.session.ApiVersion;
import com.billsync.billcom.session.BillcomSession;
import com.billsync.billcom.session.SessionKey;
import com.billsync.billcom.session.SessionProvider;
import com.billsync.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One integration's Bill.com sessions, kept in its session secret so every Lambda invocation reuses them
 * until Bill.com says they are invalid (Bill.com allows 200 logins per dev key per hour). A copy is cached in
 * memory; {@link #invalidate} drops the copy, so the next {@link #get} reads the secret again and picks up a
 * session another container stored meanwhile.
 *
 * <p>Secret value: {@code {"sessions":[{"api","organization_id","username","dev_key_fingerprint",
 * "session_id","user_id","obtained_at"}]}}.
 */
public final class SecretSessionProvider implements SessionProvider {

    private final SecretStore secrets;
    private final String secretName;
    private Map<SessionKey, BillcomSession> cache;

    public SecretSessionProvider(SecretStore secrets, String secretName) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.secretName = Objects.requireNonNull(secretName, "secretName");
    }

    @Override
    public synchronized Optional<BillcomSession> get(SessionKey key) {
        if (cache == null || !cache.containsKey(key)) {
            cache = load();
        }
        return Optional.ofNullable(cache.get(key));
    }

    @Override
    public synchronized void store(SessionKey key, BillcomSession session) {
        Map<SessionKey, BillcomSession> sessions = load();
        // An integration has one credential set at a time: a new session replaces the API version's old ones.
        sessions.keySet().removeIf(k -> k.api() == key.api());
        sessions.put(key, session);
        secrets.put(secretName, encode(sessions));
        cache = sessions;
    }

    @Override
    public synchronized void invalidate(SessionKey key, BillcomSession stale) {
        Map<SessionKey, BillcomSession> sessions = load();
        BillcomSession stored = sessions.get(key);
        if (stored != null && stored.sessionId().equals(stale.sessionId())) {
            sessions.remove(key);
            secrets.put(secretName, encode(sessions));
        }
        cache = null;
    }

    /** Forgets every session of the integration (after its credentials changed). */
    public synchronized void clear() {
        if (secrets.read(secretName).isPresent()) {
            secrets.put(secretName, encode(Map.of()));
        }
        cache = null;
    }

    private Map<SessionKey, BillcomSession> load() {
        Map<SessionKey, BillcomSession> sessions = new LinkedHashMap<>();
        Optional<String> value = secrets.read(secretName);
        if (value.isEmpty()) {
            return sessions;
        }
        try {
            JsonNode list = Json.mapper().readTree(value.get()).path("sessions");
            for (JsonNode s : list) {
                SessionKey key = new SessionKey(ApiVersion.valueOf(s.path("api").asText()),
                        s.path("organization_id").asText(), s.path("username").asText(),
                        s.path("dev_key_fingerprint").asText());
                sessions.put(key, new BillcomSession(s.path("session_id").asText(),
                        s.path("organization_id").asText(), s.hasNonNull("user_id") ? s.get("user_id").asText() : null,
                        s.hasNonNull("obtained_at") ? Instant.parse(s.get("obtained_at").asText()) : null));
            }
        } catch (Exception unreadable) {
            // An unreadable session secret only costs a login; never surface its content.
            sessions.clear();
        }
        return sessions;
    }

    private static String encode(Map<SessionKey, BillcomSession> sessions) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode list = root.putArray("sessions");
        sessions.forEach((key, session) -> {
            ObjectNode s = list.addObject();
            s.put("api", key.api().name());
            s.put("organization_id", key.organizationId());
            s.put("username", key.username());
            s.put("dev_key_fingerprint", key.devKeyFingerprint());
            s.put("session_id", session.sessionId());
            s.put("user_id", session.userId());
            s.put("obtained_at", session.obtainedAt() == null ? null : session.obtainedAt().toString());
        });
        return root.toString();
    }
}
