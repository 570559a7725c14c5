package com.billsync.local.aws;

import com.billsync.local.aws.secretsmanager.SecretsManagerFake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The embedded stand-ins: DynamoDB Local (in-process, optionally also over HTTP), ElasticMQ and the Secrets
 * Manager fake, on 127.0.0.1, started in parallel because ElasticMQ alone takes about five seconds.
 *
 * <p>Tests use {@link #shared()}: one instance per JVM, closed by a shutdown hook, so every test class after the
 * first gets it for free. Give each test its own table, queue and secret names rather than resetting state. A
 * local run that wants persistence or a DynamoDB port uses {@link #start(LocalAwsOptions)} and closes it.
 */
public final class LocalAws implements AwsStandIns {

  private static final Logger LOG = LoggerFactory.getLogger(LocalAws.class);
  private static final String DYNAMODB_FILE = "dynamodb-local.db";
  private static final String SECRETS_FILE = "secretsmanager.json";

  private static LocalAws shared;

  private final EmbeddedDynamoDb dynamo;
  private final EmbeddedSqs sqsServer;
  private final SecretsManagerFake secretsServer;
  private final SqsClient sqs;
  private final SecretsManagerClient secretsManager;
  private final Duration startupTime;
  private final boolean isShared;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalAws(EmbeddedDynamoDb dynamo, EmbeddedSqs sqsServer, SecretsManagerFake secretsServer,
      Duration startupTime, boolean isShared) {
    this.dynamo = dynamo;
    this.sqsServer = sqsServer;
    this.secretsServer = secretsServer;
    this.startupTime = startupTime;
    this.isShared = isShared;
    this.sqs = AwsClients.sqs(sqsServer.endpoint(), AwsClients.REGION, AwsClients.DUMMY_CREDENTIALS);
    this.secretsManager =
        AwsClients.secretsManager(secretsServer.endpoint(), AwsClients.REGION, AwsClients.DUMMY_CREDENTIALS);
  }

  /**
   * The JVM-wide instance with {@link LocalAwsOptions#defaults()}, started on first use. Its {@link #close()} is a
   * no-op so that one test's try-with-resources cannot pull it from under the others; a shutdown hook stops it.
   */
  public static synchronized LocalAws shared() {
    if (shared == null) {
      LocalAws started = launch(LocalAwsOptions.defaults(), true);
      Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("local-aws-shutdown").unstarted(started::stop));
      shared = started;
    }
    return shared;
  }

  /** A private instance, owned (and closed) by the caller. */
  public static LocalAws start(LocalAwsOptions options) {
    return launch(options, false);
  }

  @Override
  public DynamoDbClient dynamoDb() {
    return dynamo.client();
  }

  @Override
  public SqsClient sqs() {
    return sqs;
  }

  @Override
  public SecretsManagerClient secretsManager() {
    return secretsManager;
  }

  @Override
  public URI sqsEndpoint() {
    return sqsServer.endpoint();
  }

  @Override
  public URI secretsManagerEndpoint() {
    return secretsServer.endpoint();
  }

  @Override
  public Optional<URI> dynamoDbEndpoint() {
    return dynamo.endpoint();
  }

  @Override
  public String name() {
    return "embedded";
  }

  /** How long {@link #start} or the first {@link #shared()} took, from call to all three ready. */
  public Duration startupTime() {
    return startupTime;
  }

  @Override
  public void close() {
    if (isShared) {
      LOG.debug("close() on LocalAws.shared() ignored: the shutdown hook stops it");
      return;
    }
    stop();
  }

  private void stop() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    sqs.close();
    secretsManager.close();
    closeQuietly("Secrets Manager fake", secretsServer);
    closeQuietly("DynamoDB Local", dynamo);
    closeQuietly("ElasticMQ", sqsServer);
    LOG.info("Local AWS stand-ins stopped");
  }

  private static LocalAws launch(LocalAwsOptions options, boolean isShared) {
    long t0 = System.nanoTime();
    Optional<Path> stateDir = options.stateDir().map(LocalAws::createDirectories);
    ExecutorService starters = Executors.newFixedThreadPool(3,
        Thread.ofPlatform().name("local-aws-start-", 0).daemon(true).factory());
    try (starters) {
      CompletableFuture<EmbeddedSqs> sqs =
          timed("ElasticMQ", () -> EmbeddedSqs.start(options.sqsPort()), starters);
      CompletableFuture<EmbeddedDynamoDb> dynamo = timed("DynamoDB Local", () -> EmbeddedDynamoDb.start(
              stateDir.map(d -> d.resolve(DYNAMODB_FILE)), options.dynamoDbHttp() ? options.dynamoDbPort() : -1),
          starters);
      CompletableFuture<SecretsManagerFake> secrets = timed("Secrets Manager fake", () -> SecretsManagerFake.start(
          options.secretsManagerPort(), stateDir.map(d -> d.resolve(SECRETS_FILE))), starters);
      try {
        CompletableFuture.allOf(sqs, dynamo, secrets).join();
      } catch (CompletionException e) {
        // Whatever did start must not outlive the failure: its ports and the SQLite file would stay taken.
        List.of(sqs, dynamo, secrets).forEach(f -> f.thenAccept(s -> closeQuietly("partial start", s)));
        throw new IllegalStateException("Local AWS stand-ins failed to start", e.getCause());
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      LocalAws aws = new LocalAws(dynamo.join(), sqs.join(), secrets.join(), took, isShared);
      LOG.info("Local AWS stand-ins{} ready in {} ms: sqs={} secretsmanager={} dynamodb={}",
          isShared ? " (shared)" : "", took.toMillis(), aws.sqsEndpoint(), aws.secretsManagerEndpoint(),
          aws.dynamoDbEndpoint().map(URI::toString).orElse("in-process"));
      return aws;
    }
  }

  private static <T> CompletableFuture<T> timed(String what, Supplier<T> start, ExecutorService executor) {
    return CompletableFuture.supplyAsync(() -> {
      long t0 = System.nanoTime();
      T started = start.get();
      LOG.debug("{} started in {} ms", what, (System.nanoTime() - t0) / 1_000_000);
      return started;
    }, executor);
  }

  private static Path createDirectories(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create state directory " + dir, e);
    }
  }

  private static void closeQuietly(String what, AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.warn("{} did not close cleanly", what, e);
    }
  }
}
