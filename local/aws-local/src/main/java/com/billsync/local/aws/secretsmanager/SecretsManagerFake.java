package com.billsync.local.aws.secretsmanager;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets Manager over HTTP on 127.0.0.1, for the SDK v2 client: {@code POST /} with {@code X-Amz-Target:
 * secretsmanager.<Operation>}, answers {@code application/x-amz-json-1.1}, errors as HTTP 400 {@code
 * {"__type": ..., "message": ...}} which the SDK turns into its typed exceptions. Signatures are not checked.
 *
 * <p>Supported: CreateSecret, GetSecretValue, PutSecretValue, UpdateSecret, DescribeSecret, DeleteSecret,
 * RestoreSecret, ListSecrets.
 */
public final class SecretsManagerFake implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SecretsManagerFake.class);
  private static final String TARGET_PREFIX = "secretsmanager.";
  private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final String REGION = "us-east-1";
  private static final String ACCOUNT_ID = "000000000000";

  private final HttpServer server;
  private final ExecutorService executor;
  private final SecretsManagerApi api;
  private final ObjectMapper json = new ObjectMapper();
  private final URI endpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SecretsManagerFake(HttpServer server, ExecutorService executor, SecretStore store) {
    this.server = server;
    this.executor = executor;
    this.api = new SecretsManagerApi(store, json);
    this.endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * @param port 0 = any free port
   * @param stateFile JSON file to keep secrets in across restarts; empty = in memory
   */
  public static SecretsManagerFake start(int port, Optional<Path> stateFile) {
    return start(port, stateFile, Clock.systemUTC());
  }

  /** As {@link #start(int, Optional)}, with the clock that dates versions and ends recovery windows. */
  public static SecretsManagerFake start(int port, Optional<Path> stateFile, Clock clock) {
    SecretStore store = new SecretStore(clock, REGION, ACCOUNT_ID, stateFile.map(SecretsFile::new));
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new IllegalStateException("Secrets Manager fake cannot bind 127.0.0.1:" + port, e);
    }
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    SecretsManagerFake fake = new SecretsManagerFake(server, executor, store);
    server.createContext("/", fake::handle);
    server.start();
    return fake;
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.close();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream body = exchange.getRequestBody()) {
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      ObjectNode response;
      int status = 200;
      try {
        if (!"POST".equals(exchange.getRequestMethod()) || target == null || !target.startsWith(TARGET_PREFIX)) {
          throw new SecretsManagerException("UnknownOperationException",
              "Expected POST with X-Amz-Target: secretsmanager.<Operation>.");
        }
        String operation = target.substring(TARGET_PREFIX.length());
        JsonNode request = parse(body);
        response = api.handle(operation, request);
        LOG.debug("secretsmanager.{} -> 200", operation);
      } catch (SecretsManagerException e) {
        status = 400;
        response = error(e.type(), e.getMessage());
        LOG.debug("{} -> 400 {}", target, e.type());
      } catch (RuntimeException e) {
        status = 500;
        response = error("InternalServiceError", "The fake failed; see its log.");
        LOG.error("{} failed", target, e);
      }
      byte[] bytes = json.writeValueAsBytes(response);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private JsonNode parse(InputStream body) throws IOException {
    try {
      JsonNode request = json.readTree(body);
      if (request == null || request.isMissingNode()) {
        return json.createObjectNode();
      }
      if (!request.isObject()) {
        throw new SecretsManagerException("SerializationException", "The request body must be a JSON object.");
      }
      return request;
    } catch (JacksonException e) {
      throw new SecretsManagerException("SerializationException", "The request body is not valid JSON.");
    }
  }

  private ObjectNode error(String type, String message) {
    ObjectNode error = json.createObjectNode();
    error.put("__type", type);
    error.put("message", message);
    return error;
  }
}
