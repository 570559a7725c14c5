package com.billsync.simulator;

import com.billsync.simulator.generate.OrgGenerator;
import com.billsync.simulator.http.Context;
import com.billsync.simulator.http.Dispatcher;
import com.billsync.simulator.http.FaultState;
import com.billsync.simulator.http.Limits;
import com.billsync.simulator.http.Metrics;
import com.billsync.simulator.http.Routes;
import com.billsync.simulator.http.Sessions;
import com.billsync.simulator.store.Ids;
import com.billsync.simulator.store.OrgData;
import com.billsync.simulator.store.Registry;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Bill.com API simulator on a real HTTP server bound to 127.0.0.1: v3 under {@link #v3BaseUrl()}, legacy v2
 * under {@link #v2BaseUrl()}. The port is bound by {@link Builder#build()}; {@link #start()} starts serving.
 */
public final class BillcomSimulator implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Registry registry = new Registry();
    private final Metrics metrics = new Metrics();
    private final FaultState faultState = new FaultState();
    private final Faults faults = new Faults(faultState);
    private final Limits limits;
    private final Clock clock;
    private final String baseUrl;
    private final Map<String, SimOrg> orgs = new ConcurrentHashMap<>();
    private final SplittableRandom orgSeeds = new SplittableRandom(System.nanoTime());
    private volatile boolean started;
    private volatile boolean closed;

    private final Sessions sessions;

    private BillcomSimulator(Builder b) {
        this.clock = b.clock;
        this.limits = new Limits(clock, b.hourlyRequestCap, b.loginsPerHourCap, b.maxConcurrentPerOrg);
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + b.port, e);
        }
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        this.sessions = new Sessions(clock, b.sessionIdleTimeout);
        Context ctx = new Context(registry, sessions, limits, metrics, faultState,
                clock, baseUrl, b.approvalStatusOnV3Bills, b.rateLimitHttpStatus);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", new Dispatcher(Routes.build(ctx), ctx));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving (once; later calls do nothing). Returns this simulator. */
    public synchronized BillcomSimulator start() {
        if (closed) {
            throw new IllegalStateException("the simulator is closed");
        }
        if (!started) {
            server.start();
            started = true;
        }
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} */
    public URI baseUrl() {
        return URI.create(baseUrl);
    }

    /** {@code http://127.0.0.1:PORT/v3}; a client appends {@code /login}, {@code /vendors}, … */
    public URI v3BaseUrl() {
        return URI.create(baseUrl + "/v3");
    }

    /** {@code http://127.0.0.1:PORT/v2}; a client appends {@code /Login.json}, {@code /List/Bill.json}, … */
    public URI v2BaseUrl() {
        return URI.create(baseUrl + "/v2");
    }

    public Clock clock() {
        return clock;
    }

    /** Registers a dev key (global, not per organization) and returns it. */
    public String registerDevKey(String devKey) {
        registry.registerDevKey(devKey);
        return devKey;
    }

    /**
     * Creates an organization. A generated one is reproducible: same seed and same clock instant give the same
     * organization id (unless another organization already holds it), users and records.
     */
    public SimOrg createOrganization(OrgSpec spec) {
        Objects.requireNonNull(spec, "spec");
        boolean generated = spec.size() != null;
        Ids ids;
        String orgId;
        synchronized (orgSeeds) {
            ids = new Ids(generated ? spec.seed() : orgSeeds.nextLong());
            orgId = ids.next("008");
            while (registry.hasOrg(orgId) || orgs.containsKey(orgId)) {
                orgId = new Ids(orgSeeds.nextLong()).next("008");
            }
        }
        String name = generated ? OrgGenerator.companyName(spec.seed()) : "Simulated Org " + (orgs.size() + 1);
        OrgData data = new OrgData(orgId, name, clock, ids, baseUrl);
        if (generated) {
            OrgGenerator.generate(data, spec.seed(), spec.size());
        }
        registry.addOrg(data);
        SimOrg org = new SimOrg(data);
        orgs.put(orgId, org);
        return org;
    }

    public Optional<SimOrg> organization(String organizationId) {
        return Optional.ofNullable(orgs.get(organizationId));
    }

    /** Fault injection; see {@link Faults}. */
    public Faults faults() {
        return faults;
    }

    /** Calls per endpoint, keyed {@code "GET /v3/vendors/{id}"} (unknown paths by their raw path). */
    public Map<String, Long> calls() {
        return metrics.calls();
    }

    public long totalCalls() {
        return metrics.totalCalls();
    }

    /** Every session id (v3 and v2) issued so far: tests search logs and storage for them. */
    public Set<String> issuedSessionIds() {
        return sessions.issuedIds();
    }

    /** Successful logins, v3 and v2. */
    public long logins() {
        return metrics.logins();
    }

    /**
     * The most requests seen in flight at once for one (dev key, organization), counting the ones rejected
     * with BDC_1322: a client that respects the limit keeps this at or below it.
     */
    public int maxObservedConcurrency() {
        return limits.maxObservedConcurrency();
    }

    /** Zeroes calls, total calls, logins and the observed concurrency (not the rate-limit budgets). */
    public void resetCounters() {
        metrics.resetCounters();
        limits.resetObserved();
    }

    /** Every chart-of-accounts write made through the HTTP API, oldest first. */
    public List<WriteRecord> writeLog() {
        return metrics.writeLog();
    }

    public void clearWriteLog() {
        metrics.clearWriteLog();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdownNow();
    }

    /** Settings; every one has Bill.com's documented default. */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration sessionIdleTimeout = Duration.ofMinutes(35);
        private int hourlyRequestCap = 20_000;
        private int loginsPerHourCap = 200;
        private int maxConcurrentPerOrg = 3;
        private boolean approvalStatusOnV3Bills = true;
        private int rateLimitHttpStatus = 429;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sessionIdleTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("session idle timeout must be positive");
            }
            this.sessionIdleTimeout = timeout;
            return this;
        }

        /** Requests per dev key per clock hour; past it, BDC_1144 until the next hour. */
        public Builder hourlyRequestCap(int cap) {
            this.hourlyRequestCap = positive(cap, "hourlyRequestCap");
            return this;
        }

        /** Logins (v3 and v2) per dev key per clock hour; past it, BDC_1144 until the next hour. */
        public Builder loginsPerHourCap(int cap) {
            this.loginsPerHourCap = positive(cap, "loginsPerHourCap");
            return this;
        }

        /** Requests in flight per (dev key, organization); one more is answered BDC_1322 at once. */
        public Builder maxConcurrentPerOrg(int max) {
            this.maxConcurrentPerOrg = positive(max, "maxConcurrentPerOrg");
            return this;
        }

        /** false: v3 bills omit approvalStatus and approvers, so a client must read them through v2. */
        public Builder approvalStatusOnV3Bills(boolean on) {
            this.approvalStatusOnV3Bills = on;
            return this;
        }

        /** The HTTP status sent with BDC_1322 and BDC_1144 on v3 (Bill.com's is unconfirmed). */
        public Builder rateLimitHttpStatus(int status) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("rate-limit status must be a 4xx or 5xx: " + status);
            }
            this.rateLimitHttpStatus = status;
            return this;
        }

        public BillcomSimulator build() {
            return new BillcomSimulator(this);
        }

        private static int positive(int n, String name) {
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return n;
        }
    }
}
