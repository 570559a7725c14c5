package com.billsync.billcom;

import com.billsync.billcom.model.BillDocument;
import com.billsync.billcom.session.InMemorySessionProvider;
import com.billsync.billcom.session.SessionProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * billsync's Bill.com client, for one set of credentials (one integration).
 *
 * <p>Sessions come from the {@link SessionProvider} (logging in only when none is stored); every call runs
 * under the process-wide {@link ConcurrencyLimiter}, retries per the {@link RetryPolicy}, and on
 * {@code BDC_1109} logs in again within a {@link ReauthBudget}. Without {@link #withReauthBudget} each call,
 * and each listing as a whole, gets a fresh budget with the configured cap; a sync step passes its own
 * budget so the cap holds for the whole step. Thread-safe.
 *
 * <pre>{@code
 * BillcomClient client = BillcomClient.builder(config, credentials).sessionProvider(sessions).build();
 * BillcomClient step = client.withReauthBudget(ReauthBudget.perStep());
 * PageIterator<Vendor> pages = step.list(BillcomKind.VENDORS, ListQuery.updatedSince(cursor), savedCheckpoint);
 * while (pages.hasNext()) {
 *     Page<Vendor> page = pages.next();
 *     write(page.records());           // then report page.malformed() as INVALID_RECORD
 *     save(page.checkpoint());         // resume point once the page is durable
 * }
 * }</pre>
 */
public final class BillcomClient {

    private static final class DefaultHttp {
        /** One JDK client per process: it owns a selector thread and a connection pool. */
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private final Connection connection;
    private final Supplier<ReauthBudget> budgets;

    private BillcomClient(Connection connection, Supplier<ReauthBudget> budgets) {
        this.connection = connection;
        this.budgets = budgets;
    }

    public static Builder builder(BillcomConfig config, BillcomCredentials credentials) {
        return new Builder(config, credentials);
    }

    /** A view of this client whose calls all draw re-logins from {@code budget} (one unit of work). */
    public BillcomClient withReauthBudget(ReauthBudget budget) {
        Objects.requireNonNull(budget, "budget");
        return new BillcomClient(connection, () -> budget);
    }

    /** Logs in now, even if a session is stored (to test the credentials), and shares the new session. */
    public LoginInfo login() {
        return connection.login();
    }

    /** Ends the stored v3 session, if any. Never throws for Bill.com failures. */
    public void logout() {
        connection.logout();
    }

    /** Lists a kind from the first page. */
    public <T> PageIterator<T> list(BillcomKind<T> kind, ListQuery query) {
        return list(kind, query, ListCheckpoint.start(query.cursorValue()));
    }

    /**
     * Lists a kind from a checkpoint, {@value ListQuery#PAGE_SIZE} records per page. A checkpoint's cursor value,
     * when set, replaces the query's {@code updatedSince}: its page token belongs to that query.
     */
    public <T> PageIterator<T> list(BillcomKind<T> kind, ListQuery query, ListCheckpoint from) {
        ListQuery effective = query.atCursor(from.cursorValue());
        ReauthBudget budget = budgets.get();
        return new PageIterator<>(kind.name(), token -> v3Page(budget, kind.path(), kind.path(),
                effective.toQueryString(ListQuery.PAGE_SIZE, token)), kind.type(),
                new ListCheckpoint(from.pageToken(), effective.cursorValue()));
    }

    /** Reads one record by id; {@link BillcomException.NotFound} when it does not exist. */
    public <T> T get(BillcomKind<T> kind, String id) {
        JsonNode node = connection.v3(budgets.get(), "GET", kind.path() + "/" + ListQuery.encode(id), null,
                kind.path() + "/{id}", null, Call.Safety.SAFE);
        return BillcomJson.mapOrThrow(node, kind.type(), "GET " + kind.name());
    }

    /** The documents attached to a bill (metadata only). */
    public PageIterator<BillDocument> billDocuments(String billId) {
        return billDocuments(billId, ListCheckpoint.start());
    }

    public PageIterator<BillDocument> billDocuments(String billId, ListCheckpoint from) {
        ReauthBudget budget = budgets.get();
        String path = "/documents/bills/" + ListQuery.encode(billId);
        return new PageIterator<>("bill documents", token -> v3Page(budget, path, "/documents/bills/{billId}",
                "max=" + ListQuery.PAGE_SIZE + (token == null ? "" : "&page=" + ListQuery.encode(token))),
                BillDocument.class, from);
    }

    /** Chart-of-accounts writes (the only changes billsync makes in Bill.com). */
    public ChartOfAccountsWriter chartOfAccounts() {
        return new ChartOfAccountsWriter(connection, budgets);
    }

    /** The legacy v2 API (separate sessions). */
    public BillcomV2 v2() {
        return new BillcomV2(connection, budgets);
    }

    /**
     * How many requests this client may have in flight at once for its organization (Bill.com allows 3 per dev
     * key and organization); independent calls of one unit of work go up to this many at a time.
     */
    public int maxInFlight() {
        return connection.config.maxInFlightPerOrg();
    }

    /** Bill.com calls made so far by this client and its views, retries and logins included. */
    public CallCounts calls() {
        return connection.counter.snapshot();
    }

    private PageIterator.RawPage v3Page(ReauthBudget budget, String path, String labelPath, String query) {
        JsonNode body = connection.v3(budget, "GET", path, query, labelPath, null, Call.Safety.SAFE);
        JsonNode results = body.get("results");
        if (results == null || !results.isArray()) {
            throw new BillcomException.InvalidResponse("GET /v3" + labelPath + ": no results array", null);
        }
        List<JsonNode> list = new ArrayList<>(results.size());
        results.forEach(list::add);
        JsonNode next = body.get("nextPage");
        return new PageIterator.RawPage(list, next != null && next.isTextual() ? next.asText() : null);
    }

    /** Wires a client; everything but the config and credentials has a production default. */
    public static final class Builder {
        private final BillcomConfig config;
        private final BillcomCredentials credentials;
        private SessionProvider sessionProvider;
        private HttpClient httpClient;
        private ConcurrencyLimiter limiter = ConcurrencyLimiter.shared();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();

        private Builder(BillcomConfig config, BillcomCredentials credentials) {
            this.config = Objects.requireNonNull(config, "config");
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        /** Where sessions are shared; default: a provider private to this client (no sharing). */
        public Builder sessionProvider(SessionProvider provider) {
            this.sessionProvider = Objects.requireNonNull(provider);
            return this;
        }

        /** Default: one HTTP/1.1 JDK client shared by the process. */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client);
            return this;
        }

        /** Default: {@link ConcurrencyLimiter#shared()}. */
        public Builder limiter(ConcurrencyLimiter concurrencyLimiter) {
            this.limiter = Objects.requireNonNull(concurrencyLimiter);
            return this;
        }

        /** Decides when an hourly cap resets and stamps sessions; default UTC system clock. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value);
            return this;
        }

        /** The jitter source; must be safe to use from several threads. */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value);
            return this;
        }

        public BillcomClient build() {
            CallCounter counter = new CallCounter();
            Transport transport = new Transport(httpClient != null ? httpClient : DefaultHttp.CLIENT, config,
                    credentials, limiter, counter, sleeper, random, clock);
            SessionManager sessions = new SessionManager(
                    sessionProvider != null ? sessionProvider : new InMemorySessionProvider());
            Connection connection = new Connection(config, credentials, transport, sessions, counter, clock);
            int cap = config.reauthCap();
            return new BillcomClient(connection, () -> ReauthBudget.of(cap));
        }
    }
}
