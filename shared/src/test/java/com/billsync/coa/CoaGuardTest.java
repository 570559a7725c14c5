package com.billsync.coa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.config.AppConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guard's limits, and where they come from. */
class CoaGuardTest {

    private static CoaMutation mutation(CoaAction action, int i) {
        CoaRow row = new CoaRow("Row " + i, Optional.of(Integer.toString(i)), "EXPENSE", Optional.empty(),
                Optional.empty(), action == CoaAction.ARCHIVE);
        return new CoaMutation(action, "acct_" + i, Optional.of("0ca" + i), Optional.of(row), row, List.of(), 0);
    }

    private static CoaPlan plan(int activeRows, int archives, int others, int maps) {
        List<CoaMutation> mutations = new ArrayList<>();
        for (int i = 0; i < maps; i++) {
            mutations.add(mutation(CoaAction.MAP, 1000 + i));
        }
        for (int i = 0; i < others; i++) {
            mutations.add(mutation(CoaAction.UPDATE, 2000 + i));
        }
        for (int i = 0; i < archives; i++) {
            mutations.add(mutation(CoaAction.ARCHIVE, i));
        }
        return CoaPlan.of(mutations, List.of(), List.of(), activeRows);
    }

    @Test
    void archivingMoreThanTheShareOfActiveRowsTrips() {
        CoaGuard guard = CoaGuard.defaults();

        assertThat(guard.evaluate(plan(10, 2, 0, 0)).tripped()).as("20 % is allowed").isFalse();
        CoaGuard.Verdict verdict = guard.evaluate(plan(10, 3, 0, 0));
        assertThat(verdict.tripped()).isTrue();
        assertThat(verdict.reason()).contains("archive 3 of Bill.com's 10 active accounts (30.0%, limit 20.0%)");
    }

    @Test
    void writingMoreRowsThanTheLimitTripsAndMappingsDoNotCount() {
        CoaGuard guard = new CoaGuard(0.2, 5);

        assertThat(guard.evaluate(plan(100, 0, 5, 40)).tripped()).isFalse();
        CoaGuard.Verdict verdict = guard.evaluate(plan(100, 0, 6, 0));
        assertThat(verdict.tripped()).isTrue();
        assertThat(verdict.reason()).isEqualTo("it would change 6 Bill.com rows (limit 5)");
    }

    @Test
    void theLimitsComeFromTheEnvironmentWithDefaults() {
        Map<String, String> env = new HashMap<>();
        env.put("TABLE_NAME", "billsync");
        env.put("SYNC_QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/1/sync.fifo");
        env.put("BILLCOM_V3_URL", "https://gateway.stage.bill.com/connect/v3");
        env.put("BILLCOM_V2_URL", "https://api-stage.bill.com/api/v2");

        assertThat(AppConfig.from(env).coaGuard()).isEqualTo(new CoaGuard(0.2, 50));

        env.put("COA_MAX_ARCHIVE_SHARE", "0.05");
        env.put("COA_MAX_CHANGES", "400");
        assertThat(AppConfig.from(env).coaGuard()).isEqualTo(new CoaGuard(0.05, 400));

        env.put("COA_MAX_ARCHIVE_SHARE", "20%");
        assertThatThrownBy(() -> AppConfig.from(env)).hasMessageContaining("COA_MAX_ARCHIVE_SHARE");
    }
}
