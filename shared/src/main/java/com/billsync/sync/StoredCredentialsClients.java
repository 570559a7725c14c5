package com.billsync.sync;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomConfig;
import com.billsync.integration.CredentialVault;
import com.billsync.integration.Integration;
import com.billsync.secrets.SecretSessionProvider;
import com.billsync.secrets.SecretStore;
import java.time.Clock;
import java.util.Objects;

/**
 * {@link BillcomClients} from the integration's stored credentials, sharing its session through its session
 * secret (the session a connect or an earlier step left there is reused; Bill.com allows 200 logins per dev
 * key per hour).
 */
public final class StoredCredentialsClients implements BillcomClients {

    private final BillcomConfig config;
    private final CredentialVault vault;
    private final SecretStore secrets;
    private final Clock clock;

    public StoredCredentialsClients(BillcomConfig config, CredentialVault vault, SecretStore secrets, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public BillcomClient forIntegration(Integration integration) {
        return BillcomClient.builder(config, vault.read(integration.secretName()))
                .sessionProvider(new SecretSessionProvider(secrets, integration.sessionSecretName()))
                .clock(clock)
                .build();
    }
}
