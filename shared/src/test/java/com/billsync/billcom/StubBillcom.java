package com.billsync.billcom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A scripted HTTP server for the client behaviours the Bill.com simulator cannot be made to show (a server
 * repeating a page token, echoing secrets in an error). Binds to 127.0.0.1 only.
 */
final class StubBillcom implements AutoCloseable {

    record Req(String method, String path, String query, Map<String, String> headers, String body) {
    }

    /** A scripted answer; {@link #DROP} closes the connection without answering. */
    record Res(int status, String body) {
        static final Res DROP = new Res(-1, null);
    }

    static final String LOGIN_OK = "{\"organizationId\":\"008ORG\",\"sessionId\":\"SESSION-SECRET\",\"userId\":\"006U\"}";

    private final HttpServer server;
    private final List<Req> requests = new ArrayList<>();
    private volatile Function<Req, Res> handler = r -> new Res(404, "[{\"code\":\"BDC_1121\",\"message\":\"API not supported\"}]");

    StubBillcom() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Forgets recorded requests; the next test scripts its own answers. */
    synchronized void reset() {
        requests.clear();
    }

    void answer(Function<Req, Res> h) {
        this.handler = h;
    }

    URI v3() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3");
    }

    URI v2() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2");
    }

    synchronized List<Req> requests() {
        return List.copyOf(requests);
    }

    synchronized List<Req> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
        Req req = new Req(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(),
                headers, new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        synchronized (this) {
            requests.add(req);
        }
        Res res = handler.apply(req);
        if (res.status() < 0) {
            ex.close();
            return;
        }
        byte[] body = res.body() == null ? new byte[0] : res.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(res.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
