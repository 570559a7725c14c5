package com.billsync.integration.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomConfig;
import com.billsync.billcom.BillcomCredentials;
import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.ListQuery;
import com.billsync.billcom.RetryPolicy;
import com.billsync.integration.AuthOutcome;
import com.billsync.local.aws.LocalAws;
import com.billsync.secrets.SecretNames;
import com.billsync.secrets.SecretSessionProvider;
import com.billsync.secrets.SecretStore;
import com.billsync.secrets.aws.SecretsManagerSecretStore;
import com.billsync.simulator.BillcomSimulator;
import com.billsync.simulator.OrgSpec;
import com.billsync.simulator.SimOrg;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in through the Bill.com client, with the session left in Secrets Manager for later invocations. */
class ClientAuthenticatorTest {

    private static BillcomSimulator sim;
    private static BillcomConfig config;
    private static SimOrg org;
    private final SecretStore secrets = new SecretsManagerSecretStore(LocalAws.shared().secretsManager());
    private final SecretNames names = new SecretNames("billsync-test/" + UUID.randomUUID() + "/");

    @BeforeAll
    static void start() {
        sim = BillcomSimulator.builder().port(0).build().start();
        sim.registerDevKey("dk-auth");
        org = sim.createOrganization(OrgSpec.empty());
        org.addUser("api@example.com", "right-password");
        config = BillcomConfig.of(sim.v3BaseUrl(), sim.v2BaseUrl()).withRetry(RetryPolicy.none());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private BillcomCredentials credentials(String devKey, String password) {
        return new BillcomCredentials(devKey, "api@example.com", password, org.organizationId());
    }

    @Test
    void aLaterInvocationReusesTheStoredSessionWithoutLoggingIn() {
        ClientAuthenticator authenticator = new ClientAuthenticator(config, secrets, names);
        assertThat(authenticator.authenticate("int_1", credentials("dk-auth", "right-password")))
                .isInstanceOf(AuthOutcome.Authenticated.class);
        long logins = sim.logins();

        BillcomClient later = BillcomClient.builder(config, credentials("dk-auth", "right-password"))
                .sessionProvider(new SecretSessionProvider(secrets, names.session("int_1"))).build();
        later.list(BillcomKind.VENDORS, ListQuery.all()).next();

        assertThat(sim.logins()).isEqualTo(logins);
    }

    @Test
    void wrongCredentialsAreRejectedWithBillcomsCodeAndStoreNoSession() {
        ClientAuthenticator authenticator = new ClientAuthenticator(config, secrets, names);

        AuthOutcome outcome = authenticator.authenticate("int_2", credentials("dk-auth", "wrong"));

        assertThat(outcome).isInstanceOfSatisfying(AuthOutcome.Rejected.class,
                r -> assertThat(r.billcomCode()).isEqualTo("BDC_1101"));
        assertThat(secrets.read(names.session("int_2"))).isEmpty();
    }

    @Test
    void anUnknownDevKeyIsRejectedWithTheDevKeyCode() {
        AuthOutcome outcome = new ClientAuthenticator(config, secrets, names)
                .authenticate("int_3", credentials("dk-unknown", "right-password"));

        assertThat(outcome).isInstanceOfSatisfying(AuthOutcome.Rejected.class,
                r -> assertThat(r.billcomCode()).isEqualTo("BDC_1102"));
    }
}
