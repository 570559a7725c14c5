package com.billsync.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.QueuePair;
import com.billsync.runs.RunTrigger;
import com.billsync.runs.SyncMessage;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

class SqsSyncQueueTest {

    @Test
    void aFullRunIsNineOrderedMessagesInTheIntegrationsGroup() {
        SqsClient sqs = LocalAws.shared().sqs();
        QueuePair queue = LocalAws.shared().createQueuePair("q-" + UUID.randomUUID().toString().substring(0, 8), 3,
                Duration.ofSeconds(30));
        SyncRun run = SyncRun.queued("int_1", "SY01RUN", SyncPlan.FULL, RunTrigger.MANUAL, Instant.now());

        new SqsSyncQueue(sqs, queue.queueUrl()).send(SyncMessage.forRun(run));
        new SqsSyncQueue(sqs, queue.queueUrl()).send(SyncMessage.forRun(run));

        List<Message> received = new ArrayList<>();
        for (int i = 0; i < 5 && received.size() < 10; i++) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queue.queueUrl()).maxNumberOfMessages(10)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            received.addAll(batch);
            batch.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(queue.queueUrl()).receiptHandle(m.receiptHandle())));
        }
        assertThat(received).hasSize(9);
        assertThat(received).extracting(m -> SyncMessage.fromJson(m.body()).step())
                .containsExactlyElementsOf(SyncPlan.FULL.steps());
        assertThat(received).allSatisfy(m -> {
            assertThat(m.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID)).isEqualTo("int_1");
            assertThat(m.attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID))
                    .isEqualTo("SY01RUN:" + SyncMessage.fromJson(m.body()).step().wire());
        });
    }
}
