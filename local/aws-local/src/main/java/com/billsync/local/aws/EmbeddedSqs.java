package com.billsync.local.aws;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.rest.sqs.TheSQSRestServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ElasticMQ's SQS REST server in this JVM, on 127.0.0.1. Queues live in memory only: ElasticMQ's file and SQL
 * persistence is configured through its standalone config, not through the embedded builder.
 */
final class EmbeddedSqs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSqs.class);
  private static final String LOOPBACK = "127.0.0.1";

  private final ActorSystem actors;
  private final SQSRestServer server;
  private final URI endpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedSqs(ActorSystem actors, SQSRestServer server, URI endpoint) {
    this.actors = actors;
    this.server = server;
    this.endpoint = endpoint;
  }

  /** @param port 0 = any free port */
  static EmbeddedSqs start(int port) {
    // Our own actor system, so its threads are daemons: a JVM that never closes us can still exit.
    Config config = ConfigFactory.parseString("pekko.daemonic = on").withFallback(ConfigFactory.load());
    ActorSystem actors = ActorSystem.create("elasticmq", config);
    try {
      TheSQSRestServerBuilder builder = SQSRestServerBuilder.withActorSystem(actors)
          .withInterface(LOOPBACK)
          .withAWSRegion(AwsClients.REGION.id())
          .withAWSAccountId(AwsClients.ACCOUNT_ID);
      builder = port == 0
          ? builder.withDynamicPort()
          : builder.withPort(port).withServerAddress(NodeAddress.apply("http", LOOPBACK, port, ""));
      SQSRestServer server = builder.start();
      int bound = server.waitUntilStarted().localAddress().getPort();
      return new EmbeddedSqs(actors, server, URI.create("http://" + LOOPBACK + ":" + bound));
    } catch (RuntimeException e) {
      actors.terminate();
      throw e;
    }
  }

  URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      server.stopAndWait();
    } catch (RuntimeException e) {
      LOG.warn("ElasticMQ did not stop cleanly", e);
    }
    actors.terminate();
    try {
      actors.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("ElasticMQ actor system did not terminate within 10 s", e);
    }
  }
}
