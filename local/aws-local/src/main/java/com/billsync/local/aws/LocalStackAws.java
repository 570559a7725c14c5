package com.billsync.local.aws;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The same stand-ins on a LocalStack container, for machines with Docker: one engine behind all three services,
 * closer to AWS in places (IAM-free but with real ARNs and a full Secrets Manager) and slower to start.
 *
 * <p>Constructing a {@link LocalStackContainer} already needs Docker (it throws "Could not find a valid Docker
 * environment" otherwise), so tests create it only where it is guarded, for example as a {@code @Container} field
 * of a class annotated {@code @Testcontainers(disabledWithoutDocker = true)}, and wrap it with {@link
 * #of(LocalStackContainer)}.
 */
public final class LocalStackAws implements AwsStandIns {

  /** Pinned: images from 4.15 on exit at start-up without a LocalStack auth token. */
  public static final String IMAGE = "localstack/localstack:4.14.0";

  private static final int EDGE_PORT = 4566;

  private final LocalStackContainer container;
  private final boolean owned;
  private final DynamoDbClient dynamoDb;
  private final SqsClient sqs;
  private final SecretsManagerClient secretsManager;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalStackAws(LocalStackContainer container, boolean owned) {
    if (!container.isRunning()) {
      throw new IllegalStateException("the LocalStack container is not running");
    }
    this.container = container;
    this.owned = owned;
    Region region = Region.of(container.getRegion());
    AwsCredentialsProvider credentials = StaticCredentialsProvider.create(
        AwsBasicCredentials.create(container.getAccessKey(), container.getSecretKey()));
    URI endpoint = container.getEndpoint();
    this.dynamoDb = AwsClients.dynamoDb(endpoint, region, credentials);
    this.sqs = AwsClients.sqs(endpoint, region, credentials);
    this.secretsManager = AwsClients.secretsManager(endpoint, region, credentials);
  }

  /**
   * A container for {@link #IMAGE} with DynamoDB, SQS and Secrets Manager, not yet started. Needs Docker. When the
   * Docker host is this machine, its port is published on 127.0.0.1 only (Docker's default is every interface).
   */
  @SuppressWarnings("resource") // the caller starts and stops it
  public static LocalStackContainer newContainer() {
    LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(IMAGE))
        .withServices("dynamodb", "sqs", "secretsmanager");
    if (dockerHostIsLoopback()) {
      container.withCreateContainerCmdModifier(cmd -> Objects.requireNonNull(cmd.getHostConfig())
          .withPublishAllPorts(false)
          .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(EDGE_PORT))));
    }
    return container;
  }

  /** Starts a container of its own; {@link #close()} stops it. */
  public static LocalStackAws start() {
    LocalStackContainer container = newContainer();
    container.start();
    return new LocalStackAws(container, true);
  }

  /** Wraps a running container the caller manages (for example a {@code @Container} field). */
  public static LocalStackAws of(LocalStackContainer running) {
    return new LocalStackAws(running, false);
  }

  @Override
  public DynamoDbClient dynamoDb() {
    return dynamoDb;
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
    return container.getEndpoint();
  }

  @Override
  public URI secretsManagerEndpoint() {
    return container.getEndpoint();
  }

  @Override
  public Optional<URI> dynamoDbEndpoint() {
    return Optional.of(container.getEndpoint());
  }

  @Override
  public String name() {
    return "localstack";
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    dynamoDb.close();
    sqs.close();
    secretsManager.close();
    if (owned) {
      container.stop();
    }
  }

  private static boolean dockerHostIsLoopback() {
    try {
      return InetAddress.getByName(DockerClientFactory.instance().dockerHostIpAddress()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
