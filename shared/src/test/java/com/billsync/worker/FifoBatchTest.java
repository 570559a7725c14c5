package com.billsync.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.worker.FifoBatch.Failure;
import com.billsync.worker.FifoBatch.FailureReason;
import com.billsync.worker.FifoBatch.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FifoBatchTest {

    private static Message msg(String id, String group) {
        return new Message(id, group, "{}");
    }

    @Test
    void processesEveryMessageInBatchOrderWhenNothingFails() {
        List<String> seen = new ArrayList<>();
        List<String> failed = FifoBatch.process(
                List.of(msg("1", "a"), msg("2", "b"), msg("3", "a")), m -> seen.add(m.messageId()), f -> {});
        assertThat(seen).containsExactly("1", "2", "3");
        assertThat(failed).isEmpty();
    }

    @Test
    void failedMessageAndLaterMessagesOfItsGroupAreReportedWithoutBeingProcessed() {
        List<String> seen = new ArrayList<>();
        List<String> failed = FifoBatch.process(
                List.of(msg("1", "a"), msg("2", "a"), msg("3", "a"), msg("4", "a")),
                m -> {
                    seen.add(m.messageId());
                    if (m.messageId().equals("2")) {
                        throw new IllegalStateException("boom");
                    }
                },
                f -> {});
        assertThat(seen).containsExactly("1", "2");
        assertThat(failed).containsExactly("2", "3", "4");
    }

    @Test
    void otherGroupsCarryOnAfterAGroupFails() {
        List<String> seen = new ArrayList<>();
        List<String> failed = FifoBatch.process(
                List.of(msg("a1", "a"), msg("b1", "b"), msg("a2", "a"), msg("b2", "b"), msg("c1", "c")),
                m -> {
                    seen.add(m.messageId());
                    if (m.messageId().equals("a1")) {
                        throw new IllegalStateException("boom");
                    }
                },
                f -> {});
        assertThat(seen).containsExactly("a1", "b1", "b2", "c1");
        assertThat(failed).containsExactly("a1", "a2");
    }

    @Test
    void listenerLearnsTheCauseAndWhichMessagesWereSkipped() {
        List<Failure> failures = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        FifoBatch.process(List.of(msg("1", "a"), msg("2", "a")), m -> { throw boom; }, failures::add);
        assertThat(failures).extracting(Failure::messageId, Failure::reason, Failure::cause)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", FailureReason.FAILED, boom),
                        org.assertj.core.groups.Tuple.tuple("2", FailureReason.SKIPPED_AFTER_GROUP_FAILURE, null));
    }
}
