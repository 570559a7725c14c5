package com.billsync.local.aws.secretsmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

/** The fake on its own, with a clock the test moves and raw HTTP where the protocol itself is the subject. */
class SecretsManagerFakeTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));
  private SecretsManagerFake fake;
  private SecretsManagerClient client;

  @BeforeEach
  void start() {
    fake = SecretsManagerFake.start(0, Optional.empty(), clock);
    client = SecretsManagerClient.builder()
        .endpointOverride(fake.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void bindsToLoopback() {
    assertThat(fake.endpoint().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void secretIsPurgedOnceItsRecoveryWindowEnds() {
    client.createSecret(b -> b.name("s").secretString("v"));
    client.deleteSecret(b -> b.secretId("s").recoveryWindowInDays(7L));

    clock.advance(Duration.ofDays(7));

    assertThatThrownBy(() -> client.describeSecret(b -> b.secretId("s")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void secretIsRestorableUntilItsRecoveryWindowEnds() {
    client.createSecret(b -> b.name("s").secretString("v"));
    client.deleteSecret(b -> b.secretId("s").recoveryWindowInDays(7L));
    clock.advance(Duration.ofDays(7).minusSeconds(1));

    client.restoreSecret(b -> b.secretId("s"));

    assertThat(client.getSecretValue(b -> b.secretId("s")).secretString()).isEqualTo("v");
  }

  @Test
  void deletionDatesComeFromTheClock() {
    client.createSecret(b -> b.name("s").secretString("v"));

    var deleted = client.deleteSecret(b -> b.secretId("s").recoveryWindowInDays(10L));

    assertThat(deleted.deletionDate()).isEqualTo(clock.instant().plus(Duration.ofDays(10)));
    assertThat(client.describeSecret(b -> b.secretId("s")).deletedDate()).isEqualTo(clock.instant());
  }

  @Test
  void listSecretsPagesThroughEverySecret() {
    IntStream.range(0, 5).forEach(i -> client.createSecret(b -> b.name("page/" + i).secretString("v")));

    var names = client.listSecretsPaginator(b -> b.maxResults(2)).stream()
        .flatMap(page -> page.secretList().stream())
        .map(SecretListEntry::name)
        .toList();

    assertThat(names).containsExactly("page/0", "page/1", "page/2", "page/3", "page/4");
  }

  @Test
  void listSecretsNegatedNameFilterExcludesThePrefix() {
    client.createSecret(b -> b.name("keep/a").secretString("v"));
    client.createSecret(b -> b.name("drop/b").secretString("v"));

    var names = client.listSecrets(b -> b.filters(f -> f.key("name").values("!drop/")))
        .secretList().stream().map(SecretListEntry::name).toList();

    assertThat(names).containsExactly("keep/a");
  }

  @Test
  void unknownOperationIsA400NamingItsType() throws Exception {
    HttpResponse<String> response = post("secretsmanager.RotateSecret", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
    assertThat(response.body()).contains("\"__type\":\"UnknownOperationException\"");
  }

  @Test
  void malformedJsonIsA400SerializationException() throws Exception {
    HttpResponse<String> response = post("secretsmanager.GetSecretValue", "{not json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"__type\":\"SerializationException\"");
  }

  private HttpResponse<String> post(String target, String body) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(fake.endpoint() + "/"))
          .header("X-Amz-Target", target)
          .header("Content-Type", "application/x-amz-json-1.1")
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  /** A clock the test moves forward instead of waiting days. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
