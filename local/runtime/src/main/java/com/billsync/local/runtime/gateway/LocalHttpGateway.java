package com.billsync.local.runtime.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.billsync.local.runtime.LocalContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API on 127.0.0.1: every request becomes an {@link APIGatewayV2HTTPEvent} for the api handler, as
 * API Gateway's HTTP API would send it (payload 2.0, the authorizer's claims in the request context), with a
 * fresh Lambda context per invocation. What API Gateway itself answers, it answers here too: 401 for an
 * unreadable bearer token, 413 above the 10 MB payload limit, 500 when the function throws.
 */
public final class LocalHttpGateway implements AutoCloseable {

    /** API Gateway's HTTP API payload limit. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LocalHttpGateway.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final LocalClaims claims;
    private final Duration functionTimeout;
    private final Clock clock;

    private LocalHttpGateway(HttpServer server, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                             LocalClaims claims, Duration functionTimeout, Clock clock) {
        this.server = server;
        this.handler = handler;
        this.claims = claims;
        this.functionTimeout = functionTimeout;
        this.clock = clock;
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
    }

    /**
     * Binds 127.0.0.1:{@code port} (0 = any free port) and starts serving.
     *
     * @throws PortInUseException when the port is taken
     */
    public static LocalHttpGateway start(int port,
                                         RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                         LocalClaims claims, Duration functionTimeout) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(functionTimeout, "functionTimeout");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (BindException e) {
            throw new PortInUseException(port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        LocalHttpGateway gateway = new LocalHttpGateway(server, handler, claims, functionTimeout, Clock.systemUTC());
        server.start();
        return gateway;
    }

    /**
     * Fails fast when {@code port} is taken on 127.0.0.1 (0 always passes). The gateway binds again later, so a
     * race with another process is still reported by {@link #start}.
     *
     * @throws PortInUseException when the port is taken
     */
    public static void checkPortFree(int port) {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortInUseException(port);
        }
    }

    /** {@code http://127.0.0.1:PORT} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<byte[]> body = readBody(exchange.getRequestBody());
            if (body.isEmpty()) {
                send(exchange, 413, Map.of("content-type", "application/json"),
                        "{\"message\":\"Request Entity Too Large\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, List<String>> rawHeaders = exchange.getRequestHeaders();
            Map<String, String> headers = HttpApiEvents.headers(rawHeaders);
            Optional<Map<String, String>> requestClaims = claims.claims(headers);
            if (requestClaims.isEmpty()) {
                send(exchange, 401, Map.of("content-type", "application/json", "www-authenticate", "Bearer"),
                        "{\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            HttpApiEvents.LocalRequest request = new HttpApiEvents.LocalRequest(exchange.getRequestMethod(),
                    uri.getRawPath(), uri.getRawQuery(), rawHeaders, body.get(),
                    exchange.getRemoteAddress().getAddress().getHostAddress(),
                    headers.getOrDefault("host", "127.0.0.1"));
            APIGatewayV2HTTPEvent event = HttpApiEvents.event(request, headers, requestClaims.get(), clock.instant());
            APIGatewayV2HTTPResponse response;
            try {
                response = handler.handleRequest(event, new LocalContext("api", functionTimeout, clock));
            } catch (RuntimeException e) {
                LOG.error("The api function failed on {} {}", exchange.getRequestMethod(), uri.getRawPath(), e);
                send(exchange, 500, Map.of("content-type", "application/json"),
                        "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            respond(exchange, response);
        } catch (IOException e) {
            // The client went away mid-exchange: nothing to answer.
            LOG.debug("Exchange aborted: {}", e.toString());
        }
    }

    private static Optional<byte[]> readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        return body.length > MAX_PAYLOAD_BYTES ? Optional.empty() : Optional.of(body);
    }

    private static void respond(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        byte[] body = response.getBody() == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
        if (response.getCookies() != null) {
            response.getCookies().forEach(c -> exchange.getResponseHeaders().add("set-cookie", c));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((k, v) -> v.forEach(x -> exchange.getResponseHeaders().add(k, x)));
        }
        send(exchange, response.getStatusCode() == 0 ? 200 : response.getStatusCode(),
                response.getHeaders() == null ? Map.of() : response.getHeaders(), body);
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean noBody = body.length == 0 || status == 204 || status == 304
                || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The port is taken by another process. */
    public static final class PortInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortInUseException(int port) {
            super("port " + port + " on 127.0.0.1 is already in use (pick another with --port)");
        }
    }
}
