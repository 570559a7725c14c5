package com.billsync.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.local.aws.LocalAws;
import com.billsync.secrets.aws.SecretsManagerSecretStore;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretsManagerSecretStoreTest {

    private final SecretStore store = new SecretsManagerSecretStore(LocalAws.shared().secretsManager());
    private final String name = "billsync-test/" + UUID.randomUUID() + "/credentials";

    @Test
    void putRotatesTheCurrentValue() {
        store.create(name, "v1");

        store.put(name, "v2");

        assertThat(store.read(name)).contains("v2");
    }

    @Test
    void creatingAnExistingSecretFailsWithoutItsValue() {
        store.create(name, "very-secret-value");

        assertThatThrownBy(() -> store.create(name, "other"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("very-secret-value");
    }

    @Test
    void aSecretScheduledForDeletionReadsAsGoneAndSchedulingAgainIsHarmless() {
        store.create(name, "v1");

        store.scheduleDeletion(name);
        store.scheduleDeletion(name);

        assertThat(store.read(name)).isEmpty();
    }

    @Test
    void deletingAMissingSecretIsHarmless() {
        store.deleteNow(name);
        store.scheduleDeletion(name);

        assertThat(store.read(name)).isEmpty();
    }
}
