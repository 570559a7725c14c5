package com.billsync.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A private {@link LocalAws} with DynamoDB also served over HTTP, on ports the test chose. */
class DynamoDbHttpEndpointTest {

  private static final String TABLE = "http-" + UUID.randomUUID();

  private static int dynamoDbPort;
  private static int sqsPort;
  private static int secretsPort;
  private static LocalAws aws;
  private static DynamoDbClient overHttp;

  @BeforeAll
  static void start() throws IOException {
    dynamoDbPort = freePort();
    sqsPort = freePort();
    secretsPort = freePort();
    aws = LocalAws.start(LocalAwsOptions.builder().dynamoDbHttp(true)
        .dynamoDbPort(dynamoDbPort).sqsPort(sqsPort).secretsManagerPort(secretsPort).build());
    overHttp = AwsClients.dynamoDb(aws.dynamoDbEndpoint().orElseThrow(), AwsClients.REGION,
        AwsClients.DUMMY_CREDENTIALS);
    overHttp.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
  }

  @AfterAll
  static void stop() {
    overHttp.close();
    aws.close();
  }

  @Test
  void endpointsUseTheRequestedPortsOnLoopback() {
    assertThat(aws.dynamoDbEndpoint()).hasValue(URI.create("http://127.0.0.1:" + dynamoDbPort));
    assertThat(aws.sqsEndpoint()).isEqualTo(URI.create("http://127.0.0.1:" + sqsPort));
    assertThat(aws.secretsManagerEndpoint()).isEqualTo(URI.create("http://127.0.0.1:" + secretsPort));
  }

  @Test
  void queueUrlsCarryTheRequestedSqsPort() {
    String url = aws.sqs().createQueue(b -> b.queueName("fixed-" + UUID.randomUUID())).queueUrl();

    assertThat(URI.create(url)).satisfies(u -> {
      assertThat(u.getHost()).isEqualTo("127.0.0.1");
      assertThat(u.getPort()).isEqualTo(sqsPort);
    });
  }

  @Test
  void dynamoDbHttpPortRefusesConnectionsOnOtherInterfaces() {
    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");

    assertThatThrownBy(() -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(external.get(), dynamoDbPort), 2_000);
      }
    }).isInstanceOf(ConnectException.class);
  }

  @Test
  void itemWrittenOverHttpIsReadInProcess() {
    overHttp.putItem(b -> b.tableName(TABLE).item(Map.of("pk", AttributeValue.fromS("from-http"))));

    assertThat(aws.dynamoDb().getItem(b -> b.tableName(TABLE).key(Map.of("pk", AttributeValue.fromS("from-http"))))
        .hasItem()).isTrue();
  }

  @Test
  void itemWrittenInProcessIsReadOverHttp() {
    aws.dynamoDb().putItem(b -> b.tableName(TABLE).item(Map.of("pk", AttributeValue.fromS("in-process"))));

    assertThat(overHttp.getItem(b -> b.tableName(TABLE).key(Map.of("pk", AttributeValue.fromS("in-process"))))
        .hasItem()).isTrue();
  }

  @Test
  void failedConditionOverHttpArrivesAsTheTypedException() {
    Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("twice"));
    overHttp.putItem(b -> b.tableName(TABLE).item(item));

    assertThatThrownBy(() -> overHttp.putItem(b -> b.tableName(TABLE).item(item)
            .conditionExpression("attribute_not_exists(pk)")))
        .isInstanceOf(ConditionalCheckFailedException.class);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() {
    try {
      return NetworkInterface.networkInterfaces()
          .filter(nic -> {
            try {
              return nic.isUp() && !nic.isLoopback();
            } catch (SocketException e) {
              return false;
            }
          })
          .flatMap(NetworkInterface::inetAddresses)
          .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
          .findFirst();
    } catch (SocketException e) {
      return Optional.empty();
    }
  }
}
