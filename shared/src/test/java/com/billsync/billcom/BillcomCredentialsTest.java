package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.session.ApiVersion;
import com.billsync.billcom.session.BillcomSession;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillcomCredentialsTest {

    private final BillcomCredentials credentials =
            new BillcomCredentials("DEVKEY-SECRET-1", "ap@example.com", "PASSWORD-SECRET-2", "00801ORG");

    @Test
    void toStringRedactsDevKeyAndPassword() {
        assertThat(credentials.toString())
                .doesNotContain("DEVKEY-SECRET-1", "PASSWORD-SECRET-2")
                .contains("ap@example.com", "00801ORG");
    }

    @Test
    void sessionToStringRedactsSessionId() {
        BillcomSession s = new BillcomSession("SESSION-SECRET-3", "00801ORG", "006U", Instant.EPOCH);

        assertThat(s.toString()).doesNotContain("SESSION-SECRET-3").contains("00801ORG");
    }

    @Test
    void sessionKeyHoldsOnlyAFingerprintOfTheDevKey() {
        var key = credentials.sessionKey(ApiVersion.V3);

        assertThat(key.toString()).doesNotContain("DEVKEY-SECRET-1");
        assertThat(key).isNotEqualTo(credentials.sessionKey(ApiVersion.V2));
        assertThat(key).isEqualTo(new BillcomCredentials("DEVKEY-SECRET-1", "ap@example.com", "other", "00801ORG")
                .sessionKey(ApiVersion.V3));
    }
}
