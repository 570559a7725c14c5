package com.billsync.local.aws;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;
import software.amazon.dynamodb.services.exceptions.DynamoDBLocalServiceException;
import software.amazon.dynamodb.services.local.embedded.DDBExceptionMappingInvocationHandler;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBServerHandler;
import software.amazon.dynamodb.services.local.shared.access.LocalDBClient;
import software.amazon.dynamodb.services.local.shared.access.sqlite.SQLiteDBAccess;
import software.amazon.dynamodb.services.local.shared.access.sqlite.SQLiteLibraryLoader;
import software.amazon.dynamodb.services.local.shared.jobs.JobsRegister;

/**
 * DynamoDB Local 3.x assembled from its parts rather than through {@code DynamoDBEmbedded} or {@code
 * ServerRunner}, for three reasons:
 *
 * <ul>
 *   <li>one database core serves both the in-process client and the optional HTTP endpoint, so both see the same
 *       tables;
 *   <li>the HTTP endpoint is our own Jetty connector bound to 127.0.0.1 (DynamoDB Local's server binds 0.0.0.0
 *       and has no host option);
 *   <li>telemetry is only ever configured by those two entry points, so it never starts here, whatever
 *       {@code DDB_LOCAL_TELEMETRY} says; and the job threads are daemons, so a forgotten close cannot keep a
 *       JVM alive.
 * </ul>
 */
final class EmbeddedDynamoDb implements AutoCloseable {

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(EmbeddedDynamoDb.class);
  /** Held strongly: java.util.logging forgets a level set on a logger nobody references. */
  private static final Logger SQLITE_LOG = Logger.getLogger("com.almworks.sqlite4java");
  private static final int JOB_THREADS = 4;

  private final LocalDBClient core;
  private final DynamoDbClient client;
  private final Server http;
  private final URI endpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedDynamoDb(LocalDBClient core, Server http, URI endpoint) {
    this.core = core;
    this.http = http;
    this.endpoint = endpoint;
    this.client = (DynamoDbClient) Proxy.newProxyInstance(
        DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, new Calls());
  }

  /**
   * @param dbFile SQLite file to keep tables in across restarts; empty = in memory
   * @param httpPort {@code -1} = no HTTP endpoint, 0 = any free port on 127.0.0.1, else that port
   */
  static EmbeddedDynamoDb start(Optional<Path> dbFile, int httpPort) {
    loadSqlite();
    ExecutorService jobs = Executors.newFixedThreadPool(JOB_THREADS, Thread.ofPlatform()
        .name("dynamodb-local-job-", 0).daemon(true).factory());
    SQLiteDBAccess access = dbFile.map(f -> new SQLiteDBAccess(f.toFile())).orElseGet(SQLiteDBAccess::new);
    LocalDBClient core = new LocalDBClient(access, new JobsRegister(jobs, false));
    if (httpPort < 0) {
      return new EmbeddedDynamoDb(core, null, null);
    }
    try {
      Server server = loopbackServer(core, httpPort);
      int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
      return new EmbeddedDynamoDb(core, server, URI.create("http://127.0.0.1:" + port));
    } catch (Exception e) {
      core.shutdown();
      throw new IllegalStateException("DynamoDB Local HTTP endpoint did not start on port " + httpPort, e);
    }
  }

  DynamoDbClient client() {
    return client;
  }

  Optional<URI> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (http != null) {
      try {
        http.stop();
      } catch (Exception e) {
        LOG.warn("DynamoDB Local HTTP endpoint did not stop cleanly", e);
      }
    }
    // Also releases the SQLite file, which DynamoDB Local allows only one open handle on per JVM.
    core.shutdown();
  }

  private static synchronized void loadSqlite() {
    try {
      SQLiteLibraryLoader.initialize();
    } catch (Exception e) {
      throw new IllegalStateException("sqlite4java native library did not load", e);
    }
    SQLITE_LOG.setLevel(Level.WARNING);
  }

  private static Server loopbackServer(LocalDBClient core, int port) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("dynamodb-local-http");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);
    // An empty CORS allow-list: the endpoint is for SDKs and CLIs on this machine, not for browsers.
    ContextHandler context = new ContextHandler(new LocalDynamoDBServerHandler(new LocalDbRequestHandler(core), ""));
    server.setHandler(new ContextHandlerCollection(context));
    server.start();
    return server;
  }

  /**
   * The in-process client: calls the core's client directly and maps DynamoDB Local's internal exceptions to the
   * SDK's typed ones exactly as {@code DynamoDBEmbedded} does, through DynamoDB Local's own public mapper.
   */
  private final class Calls implements InvocationHandler {
    private final DynamoDbClient raw = core.dynamoDbClient();

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "DynamoDbClient[embedded DynamoDB Local]";
        };
      }
      if (method.getName().equals("close")) {
        return null; // owned by LocalAws: a caller's try-with-resources must not shut the database
      }
      if (closed.get()) {
        throw new IllegalStateException("the embedded DynamoDB Local has been closed");
      }
      // Paginators and waiters call their client later, outside this handler: built on the raw client, their
      // failures would surface as DynamoDB Local's internal exceptions. Built on the proxy, they are mapped.
      if (method.getName().equals("waiter") && method.getParameterCount() == 0) {
        return DynamoDbWaiter.builder().client((DynamoDbClient) proxy).build();
      }
      if (method.getName().endsWith("Paginator") && method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      try {
        return method.invoke(raw, args);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof DynamoDBLocalServiceException local) {
          DDBExceptionMappingInvocationHandler.handleDynamoDBLocalServiceException(local);
        }
        throw e.getCause();
      }
    }
  }
}
