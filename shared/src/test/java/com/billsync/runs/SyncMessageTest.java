package com.billsync.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncMessageTest {

    @Test
    void theBodyIsTheContractTheWorkerReads() {
        SyncMessage m = new SyncMessage("int_1", "SY01", SyncPlan.SEED, SyncStep.FUNDING_ACCOUNTS, 1, 5);

        assertThat(m.toJson()).isEqualTo("{\"integration_id\":\"int_1\",\"run_id\":\"SY01\",\"plan\":\"seed\","
                + "\"step\":\"funding_accounts\",\"step_index\":1,\"step_count\":5}");
        assertThat(SyncMessage.fromJson(m.toJson())).isEqualTo(m);
        assertThat(m.groupId()).isEqualTo("int_1");
        assertThat(m.deduplicationId()).isEqualTo("SY01:funding_accounts");
    }

    @Test
    void aSeedRunHasFiveStepsInPlanOrder() {
        List<SyncMessage> messages = SyncMessage.forRun(SyncRun.queued("int_1", "SY01", SyncPlan.SEED,
                RunTrigger.CONNECT, Instant.EPOCH));

        assertThat(messages).extracting(SyncMessage::step).containsExactly(SyncStep.VENDORS,
                SyncStep.FUNDING_ACCOUNTS, SyncStep.ACCOUNTS, SyncStep.ITEMS, SyncStep.CLASSIFICATIONS);
        assertThat(messages).extracting(SyncMessage::stepIndex).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aBodyWithoutAStepIsRejected() {
        assertThatThrownBy(() -> SyncMessage.fromJson("{\"integration_id\":\"i\",\"run_id\":\"r\",\"plan\":\"full\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
    }
}
