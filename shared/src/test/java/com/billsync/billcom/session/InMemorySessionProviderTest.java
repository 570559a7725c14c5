package com.billsync.billcom.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemorySessionProviderTest {

    private final InMemorySessionProvider provider = new InMemorySessionProvider();
    private final SessionKey key = SessionKey.of(ApiVersion.V3, "dk", "user", "008");

    @Test
    void storesAndReturnsASessionPerKey() {
        provider.store(key, session("s1"));

        assertThat(provider.get(key)).contains(session("s1"));
        assertThat(provider.get(SessionKey.of(ApiVersion.V2, "dk", "user", "008"))).isEmpty();
    }

    @Test
    void invalidateRemovesTheStaleSession() {
        provider.store(key, session("s1"));

        provider.invalidate(key, session("s1"));

        assertThat(provider.get(key)).isEmpty();
    }

    @Test
    void invalidateKeepsAFresherSessionStoredMeanwhile() {
        provider.store(key, session("s2"));

        provider.invalidate(key, session("s1"));

        assertThat(provider.get(key)).contains(session("s2"));
    }

    private static BillcomSession session(String id) {
        return new BillcomSession(id, "008", "006", Instant.EPOCH);
    }
}
