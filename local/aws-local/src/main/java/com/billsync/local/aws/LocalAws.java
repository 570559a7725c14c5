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
  /** Set once by {@link #launch} after the warm-up calls, before the instance is handed out. */
  private volatile Duration startupTime = Duration.ZERO;
  private final boolean isShared;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalAws(EmbeddedDynamoDb dynamo, EmbeddedSqs sqsServer, SecretsManagerFake secretsServer,
      boolean isShared) {
    this.dynamo = dynamo;
    this.sqsServer = sqsServer;
    this.secretsServer = secretsServer;
    this.isShared = isShared;
    this.sqs = AwsClients.sqs(sqsServer.endpoint(), AwsClients.REGION, AwsClients.DUMMY_CREDENTIALS);
    this.secretsManager =
        AwsClients.secretsManager(secretsServer.endpoint(), AwsClients.REGION, AwsClients.DUMMY_CREDENTIALS);
  }

  /**
   * The JVM-wide instance, started on first use: in memory, dynamic ports, and DynamoDB also over HTTP on
   * loopback, for code under test that builds its own clients from endpoint settings (the Jetty start hides
   * behind ElasticMQ's). Its {@link #close()} is a no-op so that one test's try-with-resources cannot pull it
   * from under the others; a shutdown hook stops it.
   */
  public static synchronized LocalAws shared() {
    if (shared == null) {
      LocalAws started = launch(LocalAwsOptions.builder().dynamoDbHttp(true).build(), true);
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

  /** How long {@link #start} or the first {@link #shared()} took, from the call to all three answering. */
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
      CompletableFuture<Timed<EmbeddedSqs>> sqs =
          timed(() -> EmbeddedSqs.start(options.sqsPort()), starters);
      CompletableFuture<Timed<EmbeddedDynamoDb>> dynamo = timed(() -> EmbeddedDynamoDb.start(
              stateDir.map(d -> d.resolve(DYNAMODB_FILE)), options.dynamoDbHttp() ? options.dynamoDbPort() : -1),
          starters);
      CompletableFuture<Timed<SecretsManagerFake>> secrets = timed(() -> SecretsManagerFake.start(
          options.secretsManagerPort(), stateDir.map(d -> d.resolve(SECRETS_FILE))), starters);
      try {
        CompletableFuture.allOf(sqs, dynamo, secrets).join();
      } catch (CompletionException e) {
        // Whatever did start must not outlive the failure: its ports and the SQLite file would stay taken.
        List.of(sqs, dynamo, secrets).forEach(f -> f.thenAccept(s -> closeQuietly("partial start", s.value())));
        throw new IllegalStateException("Local AWS stand-ins failed to start", e.getCause());
      }
      LocalAws aws = new LocalAws(dynamo.join().value(), sqs.join().value(), secrets.join().value(), isShared);
      Duration warmUp = aws.warmUp(starters);
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      aws.startupTime = took;
      LOG.info("Local AWS stand-ins{} ready in {} ms (ElasticMQ {} ms, DynamoDB Local {} ms, Secrets Manager "
              + "fake {} ms in parallel, then first calls {} ms): sqs={} secretsmanager={} dynamodb={}",
          isShared ? " (shared)" : "", took.toMillis(), sqs.join().took().toMillis(),
          dynamo.join().took().toMillis(), secrets.join().took().toMillis(), warmUp.toMillis(),
          aws.sqsEndpoint(), aws.secretsManagerEndpoint(),
          aws.dynamoDbEndpoint().map(URI::toString).orElse("in-process"));
      return aws;
    }
  }

  /**
   * One cheap call per client, in parallel: proves each service answers before anyone is handed the instance,
   * and moves the SDK's and the servers' first-call cost (about a second for ElasticMQ) into the start-up.
   */
  private Duration warmUp(ExecutorService executor) {
    long t0 = System.nanoTime();
    try {
      CompletableFuture.allOf(
          CompletableFuture.runAsync(() -> sqs.listQueues(), executor),
          CompletableFuture.runAsync(() -> secretsManager.listSecrets(b -> b.maxResults(1)), executor),
          CompletableFuture.runAsync(() -> dynamoDb().listTables(b -> b.limit(1)), executor)).join();
    } catch (CompletionException e) {
      stop();
      throw new IllegalStateException("Local AWS stand-ins started but do not answer", e.getCause());
    }
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  private static <T> CompletableFuture<Timed<T>> timed(Supplier<T> start, ExecutorService executor) {
    return CompletableFuture.supplyAsync(() -> {
      long t0 = System.nanoTime();
      T started = start.get();
      return new Timed<>(started, Duration.ofNanos(System.nanoTime() - t0));
    }, executor);
  }

  private record Timed<T>(T value, Duration took) {}

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
