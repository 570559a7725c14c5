package com.billsync.local.aws;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link LocalAws#start(LocalAwsOptions)} runs the stand-ins.
 *
 * @param stateDir where DynamoDB Local keeps its SQLite file and the Secrets Manager fake its JSON file, so data
 *     survives a restart; empty = everything in memory. ElasticMQ stays in memory either way.
 * @param dynamoDbHttp also serve DynamoDB Local over HTTP on 127.0.0.1 (same data as {@link LocalAws#dynamoDb()})
 * @param dynamoDbPort HTTP port for DynamoDB, 0 = any free port
 * @param sqsPort ElasticMQ port, 0 = any free port
 * @param secretsManagerPort Secrets Manager fake port, 0 = any free port
 */
public record LocalAwsOptions(
    Optional<Path> stateDir, boolean dynamoDbHttp, int dynamoDbPort, int sqsPort, int secretsManagerPort) {

  public LocalAwsOptions {
    Objects.requireNonNull(stateDir, "stateDir");
    checkPort("dynamoDbPort", dynamoDbPort);
    checkPort("sqsPort", sqsPort);
    checkPort("secretsManagerPort", secretsManagerPort);
  }

  /** In memory, dynamic ports, no DynamoDB HTTP endpoint. */
  public static LocalAwsOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void checkPort(String name, int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(name + " must be 0..65535: " + port);
    }
  }

  /** Mutable builder; every setting is optional. */
  public static final class Builder {
    private Path stateDir;
    private boolean dynamoDbHttp;
    private int dynamoDbPort;
    private int sqsPort;
    private int secretsManagerPort;

    private Builder() {}

    public Builder stateDir(Path stateDir) {
      this.stateDir = stateDir;
      return this;
    }

    public Builder dynamoDbHttp(boolean dynamoDbHttp) {
      this.dynamoDbHttp = dynamoDbHttp;
      return this;
    }

    public Builder dynamoDbPort(int dynamoDbPort) {
      this.dynamoDbPort = dynamoDbPort;
      return this;
    }

    public Builder sqsPort(int sqsPort) {
      this.sqsPort = sqsPort;
      return this;
    }

    public Builder secretsManagerPort(int secretsManagerPort) {
      this.secretsManagerPort = secretsManagerPort;
      return this;
    }

    public LocalAwsOptions build() {
      return new LocalAwsOptions(
          Optional.ofNullable(stateDir), dynamoDbHttp, dynamoDbPort, sqsPort, secretsManagerPort);
    }
  }
}
