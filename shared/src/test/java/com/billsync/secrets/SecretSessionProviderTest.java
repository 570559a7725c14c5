package com.billsync.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.session.ApiVersion;
import com.billsync.billcom.session.BillcomSession;
import com.billsync.billcom.session.SessionKey;
import com.billsync.local.aws.LocalAws;
import com.billsync.secrets.aws.SecretsManagerSecretStore;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bill.com sessions kept in Secrets Manager, shared by every provider (every Lambda container) of the secret. */
class SecretSessionProviderTest {

    private final SecretStore secrets = new SecretsManagerSecretStore(LocalAws.shared().secretsManager());
    private final SessionKey key = SessionKey.of(ApiVersion.V3, "dev-key", "user@example.com", "00801ABC");
    private String name;

    @BeforeEach
    void secretName() {
        name = "billsync-test/" + UUID.randomUUID() + "/session";
    }

    private static BillcomSession session(String id) {
        return new BillcomSession(id, "00801ABC", "006X", Instant.parse("2026-01-10T10:00:00Z"));
    }

    @Test
    void aSessionStoredByOneContainerIsReusedByAnother() {
        new SecretSessionProvider(secrets, name).store(key, session("s-1"));

        assertThat(new SecretSessionProvider(secrets, name).get(key)).map(BillcomSession::sessionId).contains("s-1");
    }

    @Test
    void invalidatingAStaleSessionKeepsTheFreshOneAnotherContainerStored() {
        SecretSessionProvider a = new SecretSessionProvider(secrets, name);
        SecretSessionProvider b = new SecretSessionProvider(secrets, name);
        a.store(key, session("s-old"));
        assertThat(b.get(key)).isPresent();
        a.store(key, session("s-new"));

        b.invalidate(key, session("s-old"));

        assertThat(b.get(key)).map(BillcomSession::sessionId).contains("s-new");
    }

    @Test
    void invalidatingTheStoredSessionForgetsIt() {
        SecretSessionProvider provider = new SecretSessionProvider(secrets, name);
        provider.store(key, session("s-1"));

        provider.invalidate(key, session("s-1"));

        assertThat(new SecretSessionProvider(secrets, name).get(key)).isEmpty();
    }

    @Test
    void newCredentialsReplaceTheOldSessionOfTheSameApi() {
        SecretSessionProvider provider = new SecretSessionProvider(secrets, name);
        provider.store(key, session("s-1"));
        SessionKey rotated = SessionKey.of(ApiVersion.V3, "dev-key", "user@example.com", "00801ABC".replace("A", "B"));

        provider.store(rotated, session("s-2"));

        assertThat(secrets.read(name).orElseThrow()).doesNotContain("s-1").contains("s-2");
    }
}
