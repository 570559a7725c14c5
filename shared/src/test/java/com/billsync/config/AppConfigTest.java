package com.billsync.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    private static Map<String, String> required() {
        Map<String, String> env = new HashMap<>();
        env.put("TABLE_NAME", "billsync");
        env.put("SYNC_QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/1/sync.fifo");
        env.put("BILLCOM_V3_URL", "https://gateway.stage.bill.com/connect/v3");
        env.put("BILLCOM_V2_URL", "https://api-stage.bill.com/api/v2");
        return env;
    }

    @Test
    void defaultsApplyWhenOptionalVariablesAreAbsent() {
        AppConfig config = AppConfig.from(required());

        assertThat(config.secretPrefix()).isEqualTo("billsync/");
        assertThat(config.tenantClaim()).isEqualTo("tenant_id");
        assertThat(config.errorTtlDays()).isEqualTo(90);
        assertThat(config.maxBodyBytes()).isEqualTo(65_536);
        assertThat(config.defaultDevKeySecret()).isEmpty();
    }

    @Test
    void aMissingVariableIsNamed() {
        Map<String, String> env = required();
        env.remove("SYNC_QUEUE_URL");

        assertThatThrownBy(() -> AppConfig.from(env)).hasMessageContaining("SYNC_QUEUE_URL");
    }

    @Test
    void aMalformedNumberIsNamed() {
        Map<String, String> env = required();
        env.put("MAX_BODY_BYTES", "lots");

        assertThatThrownBy(() -> AppConfig.from(env)).hasMessageContaining("MAX_BODY_BYTES");
    }
}
