package com.billsync.integration.billcom;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomConfig;
import com.billsync.billcom.BillcomCredentials;
import com.billsync.billcom.BillcomException;
import com.billsync.integration.AuthOutcome;
import com.billsync.integration.BillcomAuthenticator;
import com.billsync.secrets.SecretNames;
import com.billsync.secrets.SecretSessionProvider;
import com.billsync.secrets.SecretStore;
import java.util.Objects;

/**
 * Signs in with {@link BillcomClient#login()} (a fresh v3 login, which is what testing credentials means) and
 * leaves the session in the integration's session secret, where the sync finds and reuses it.
 */
public final class ClientAuthenticator implements BillcomAuthenticator {

    private final BillcomConfig config;
    private final SecretStore secrets;
    private final SecretNames names;

    public ClientAuthenticator(BillcomConfig config, SecretStore secrets, SecretNames names) {
        this.config = Objects.requireNonNull(config, "config");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.names = Objects.requireNonNull(names, "names");
    }

    @Override
    public AuthOutcome authenticate(String integrationId, BillcomCredentials credentials) {
        BillcomClient client = BillcomClient.builder(config, credentials)
                .sessionProvider(sessions(integrationId))
                .build();
        try {
            client.login();
            return new AuthOutcome.Authenticated();
        } catch (BillcomException.AuthFailed | BillcomException.Rejected e) {
            return new AuthOutcome.Rejected(orUnknown(e.code()), orUnknown(e.billcomMessage()));
        } catch (BillcomException e) {
            return new AuthOutcome.Unavailable(e.getClass().getSimpleName()
                    + (e.code() == null ? "" : " " + e.code()));
        }
    }

    @Override
    public void forgetSession(String integrationId) {
        sessions(integrationId).clear();
    }

    private SecretSessionProvider sessions(String integrationId) {
        return new SecretSessionProvider(secrets, names.session(integrationId));
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
