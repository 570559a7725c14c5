package com.billsync.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException;

/** ElasticMQ through the SDK client of {@link LocalAws#shared()}; every test makes its own queues. */
@ExtendWith(LocalAwsExtension.class)
class SqsStandInTest {

  private static AwsStandIns aws;
  private static SqsClient sqs;

  @BeforeAll
  static void client(AwsStandIns standIns) {
    aws = standIns;
    sqs = standIns.sqs();
  }

  @Test
  void fifoDeliversOneGroupInSendOrder() {
    String queue = fifoQueue(Duration.ofSeconds(30));
    List.of("a1", "a2", "a3").forEach(body -> send(queue, "A", body));

    List<Message> received = receive(queue, 10);

    assertThat(received).extracting(Message::body).containsExactly("a1", "a2", "a3");
  }

  @Test
  void fifoWithholdsAGroupWhileItsMessageIsInFlightButDeliversOtherGroups() {
    String queue = fifoQueue(Duration.ofSeconds(30));
    send(queue, "A", "a1");
    send(queue, "A", "a2");
    send(queue, "B", "b1");

    Message a1 = receive(queue, 1).getFirst();
    List<Message> whileA1InFlight = receive(queue, 10);
    sqs.deleteMessage(b -> b.queueUrl(queue).receiptHandle(a1.receiptHandle()));
    List<Message> afterA1Deleted = receive(queue, 10);

    assertThat(a1.body()).isEqualTo("a1");
    assertThat(whileA1InFlight).extracting(Message::body).containsExactly("b1");
    assertThat(afterA1Deleted).extracting(Message::body).containsExactly("a2");
  }

  @Test
  void fifoDropsASecondSendWithTheSameDeduplicationId() {
    String queue = fifoQueue(Duration.ofSeconds(30));
    String first = sqs.sendMessage(b -> b.queueUrl(queue).messageGroupId("A")
        .messageDeduplicationId("bill-42").messageBody("first")).messageId();
    String second = sqs.sendMessage(b -> b.queueUrl(queue).messageGroupId("A")
        .messageDeduplicationId("bill-42").messageBody("second")).messageId();

    assertThat(second).isEqualTo(first);
    assertThat(receive(queue, 10)).extracting(Message::body).containsExactly("first");
  }

  @Test
  void sendMessageBatchAcceptsTenEntries() {
    String queue = fifoQueue(Duration.ofSeconds(30));

    SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(queue).entries(entries(10)));

    assertThat(response.successful()).hasSize(10);
    assertThat(response.failed()).isEmpty();
    assertThat(receive(queue, 10)).extracting(Message::body)
        .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "m" + i).toList());
  }

  @Test
  void sendMessageBatchRejectsElevenEntries() {
    String queue = fifoQueue(Duration.ofSeconds(30));

    assertThatThrownBy(() -> sqs.sendMessageBatch(b -> b.queueUrl(queue).entries(entries(11))))
        .isInstanceOf(TooManyEntriesInBatchRequestException.class);
  }

  @Test
  void messageReturnsAfterItsVisibilityTimeoutWithAHigherReceiveCount() {
    String queue = fifoQueue(Duration.ofSeconds(1));
    send(queue, "A", "retry-me");

    Message first = receive(queue, 1).getFirst();
    List<Message> whileInvisible = receive(queue, 1);
    // Long polling returns as soon as the message is visible again: no sleep needed.
    List<Message> again = sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(1).waitTimeSeconds(5)
        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();

    assertThat(receiveCount(first)).isEqualTo(1);
    assertThat(whileInvisible).isEmpty();
    assertThat(again).singleElement().satisfies(m -> {
      assertThat(m.body()).isEqualTo("retry-me");
      assertThat(receiveCount(m)).isEqualTo(2);
    });
  }

  @Test
  void queuePairHasFifoQueuesOnLoopbackWithARedrivePolicy() {
    QueuePair pair = aws.createQueuePair("pair-" + UUID.randomUUID(), 3, Duration.ofSeconds(45));

    Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(pair.queueUrl())
        .attributeNames(QueueAttributeName.ALL)).attributes();
    String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(pair.dlqUrl())
        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);

    assertThat(pair.queueUrl()).endsWith(".fifo");
    assertThat(pair.dlqUrl()).endsWith("-dlq.fifo");
    assertThat(List.of(URI.create(pair.queueUrl()), URI.create(pair.dlqUrl())))
        .allSatisfy(url -> assertThat(url.getHost()).isEqualTo("127.0.0.1"));
    assertThat(attributes)
        .containsEntry(QueueAttributeName.FIFO_QUEUE, "true")
        .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "45");
    assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
        .contains(dlqArn)
        .containsPattern("\"maxReceiveCount\":\"?3\"?");
  }

  @Test
  void creatingTheSameQueuePairTwiceReturnsTheSameQueues() {
    String base = "pair-" + UUID.randomUUID();

    QueuePair first = aws.createQueuePair(base, 2, Duration.ofSeconds(30));
    QueuePair second = aws.createQueuePair(base, 2, Duration.ofSeconds(30));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void messageMovesToTheFifoDlqAfterMaxReceiveCountAndTheGroupCarriesOn() {
    QueuePair pair = aws.createQueuePair("redrive-" + UUID.randomUUID(), 1, Duration.ofSeconds(30));
    send(pair.queueUrl(), "G", "poison");
    send(pair.queueUrl(), "G", "next");

    Message poison = receive(pair.queueUrl(), 1).getFirst();
    // Fail it: visible again at once, as a Lambda batch item failure with a zero visibility would make it.
    sqs.changeMessageVisibility(b -> b.queueUrl(pair.queueUrl()).receiptHandle(poison.receiptHandle())
        .visibilityTimeout(0));
    Message next = receiveWithin(pair.queueUrl(), 3);

    assertThat(poison.body()).isEqualTo("poison");
    assertThat(next.body()).isEqualTo("next");
    assertThat(receive(pair.dlqUrl(), 10)).extracting(Message::body).containsExactly("poison");
  }

  /**
   * Real SQS moves the message and returns the next one in the same receive; ElasticMQ's receive that moves it
   * returns nothing, so the next message arrives one receive later. Polling a few times covers both.
   */
  private static Message receiveWithin(String queue, int attempts) {
    for (int i = 0; i < attempts; i++) {
      List<Message> messages = receive(queue, 1);
      if (!messages.isEmpty()) {
        return messages.getFirst();
      }
    }
    throw new AssertionError("no message within " + attempts + " receives");
  }

  private static String fifoQueue(Duration visibilityTimeout) {
    return sqs.createQueue(b -> b.queueName("q-" + UUID.randomUUID() + ".fifo").attributes(Map.of(
            QueueAttributeName.FIFO_QUEUE, "true",
            QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(visibilityTimeout.toSeconds()))))
        .queueUrl();
  }

  private static void send(String queue, String group, String body) {
    sqs.sendMessage(b -> b.queueUrl(queue).messageGroupId(group).messageDeduplicationId(body).messageBody(body));
  }

  private static List<Message> receive(String queue, int max) {
    return sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(max).waitTimeSeconds(0)
        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
  }

  private static int receiveCount(Message message) {
    return Integer.parseInt(message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
  }

  private static List<SendMessageBatchRequestEntry> entries(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> SendMessageBatchRequestEntry.builder().id("e" + i).messageGroupId("batch")
            .messageDeduplicationId("m" + i).messageBody("m" + i).build())
        .toList();
  }
}
