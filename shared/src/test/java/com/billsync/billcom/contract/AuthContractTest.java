package com.billsync.billcom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomCredentials;
import com.billsync.billcom.BillcomException;
import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.ListQuery;
import com.billsync.billcom.LoginInfo;
import com.billsync.simulator.OrgSize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthContractTest {

    private static SimFixture f;

    @BeforeAll
    static void start() {
        f = SimFixture.start(OrgSize.DEMO);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void reset() {
        f.sim.faults().reset();
        f.sim.resetCounters();
    }

    @Test
    void logsInToTheOrganizationAsTheUser() {
        LoginInfo info = f.client().login();

        assertThat(info).isEqualTo(new LoginInfo(f.org.organizationId(), f.user.userId()));
    }

    @Test
    void wrongPasswordIsAuthFailed1101AndNotRetried() {
        BillcomClient client = f.clientBuilder(new BillcomCredentials(f.devKey, f.user.email(), "wrong-Pass-77",
                f.org.organizationId())).build();

        assertThatThrownBy(client::login).isInstanceOfSatisfying(BillcomException.AuthFailed.class,
                e -> assertThat(e.code()).isEqualTo("BDC_1101"));
        assertThat(f.calls("POST /v3/login")).isEqualTo(1);
    }

    @Test
    void wrongDevKeyIsAuthFailed1102AndNotRetried() {
        BillcomClient client = f.clientBuilder(new BillcomCredentials("not-a-dev-key", f.user.email(),
                SimFixture.PASSWORD, f.org.organizationId())).build();

        assertThatThrownBy(() -> client.list(BillcomKind.VENDORS, ListQuery.all()).next())
                .isInstanceOfSatisfying(BillcomException.AuthFailed.class,
                        e -> assertThat(e.code()).isEqualTo("BDC_1102"));
        assertThat(f.calls("POST /v3/login")).isEqualTo(1);
    }

    @Test
    void clientInstancesShareOneSessionThroughTheProvider() {
        var shared = new com.billsync.billcom.session.InMemorySessionProvider();
        long before = f.sim.logins();

        f.clientBuilder(f.credentials()).sessionProvider(shared).build()
                .list(BillcomKind.VENDORS, ListQuery.all()).next();
        f.clientBuilder(f.credentials()).sessionProvider(shared).build()
                .list(BillcomKind.DEPARTMENTS, ListQuery.all()).next();
        f.clientBuilder(f.credentials()).sessionProvider(shared).build()
                .get(BillcomKind.VENDORS, f.org.list(com.billsync.simulator.SimKind.VENDOR).get(0).get("id").asText());

        assertThat(f.sim.logins() - before).isEqualTo(1);
    }

    @Test
    void v2SessionIsSeparateFromTheV3Session() {
        BillcomClient client = f.client();
        client.login();
        long before = f.sim.logins();

        client.v2().listBills(com.billsync.billcom.V2ListQuery.all()).next();

        assertThat(f.calls("POST /v2/Login.json")).isEqualTo(1);
        assertThat(f.sim.logins() - before).isEqualTo(1);
    }

    @Test
    void secretsNeverAppearInExceptionMessagesOrToString() {
        String password = "Leaky-Password-123";
        BillcomCredentials bad = new BillcomCredentials(f.devKey, f.user.email(), password, f.org.organizationId());
        BillcomClient client = f.clientBuilder(bad).build();

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(client::login);

        assertThat(thrown).isInstanceOf(BillcomException.AuthFailed.class);
        assertThat(thrown.getMessage()).doesNotContain(password, f.devKey);
        assertThat(thrown.toString()).doesNotContain(password, f.devKey);
        assertThat(bad.toString()).doesNotContain(password, f.devKey);
        assertThat(client.toString()).doesNotContain(password, f.devKey);
    }
}
