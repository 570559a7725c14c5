package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.billsync.api.ApiApplication;
import com.billsync.api.ApiRequest;
import com.billsync.api.ApiResponse;
import com.billsync.api.Router;
import com.billsync.billcom.BillcomConfig;
import com.billsync.billcom.RetryPolicy;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.functions.WorkerHandler;
import com.billsync.json.Json;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.QueuePair;
import com.billsync.simulator.BillcomSimulator;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.OrgSpec;
import com.billsync.simulator.SimOrg;
import com.billsync.simulator.SimUser;
import com.billsync.store.dynamodb.TableDefinition;
import com.billsync.sync.SyncStores;
import com.billsync.worker.WorkerApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One sync deployment in a test: a fresh table and FIFO queue pair on the shared local AWS stand-ins, the
 * Bill.com simulator with a generated organization, the api function's router and the worker function behind an
 * SQS poller. Talks to billsync only through its API routes and the queue.
 */
final class SyncFixture implements AutoCloseable {

    static final String TENANT = "tenant-1";
    static final String DEV_KEY = "dev-key-sync-tests";
    static final Duration MARGIN = Duration.ofSeconds(5);

    final LocalAws aws = LocalAws.shared();
    final BillcomSimulator sim;
    final SimOrg org;
    final SimUser user;
    final String table = "billsync-e2e-" + UUID.randomUUID();
    final QueuePair queue;
    final AppConfig config;
    final AwsClients clients;
    final BillcomConfig billcom;
    final Router router;
    final SyncStores stores;
    final WorkerHandler worker;
    private Supplier<Context> contexts = () -> new LocalContext("worker", Duration.ofMinutes(5), Clock.systemUTC());
    final SqsPoller poller;

    /**
     * How a test wants the deployment.
     *
     * @param visibility   the queue's visibility timeout (how long a crashed invocation's messages stay hidden)
     * @param workerClock  the worker's clock (the hourly-cap reset is computed on it)
     * @param stores       decorates the engine's stores (to stop a worker at a chosen point)
     * @param handler      decorates the worker handler as the poller calls it (to lose deletes, ...)
     */
    record Options(long seed, OrgSize size, Duration visibility, Clock workerClock,
                   UnaryOperator<SyncStores> stores,
                   UnaryOperator<RequestHandler<SQSEvent, SQSBatchResponse>> handler,
                   Consumer<BillcomSimulator.Builder> simulator, int batchSize, int maxReceiveCount) {

        /** As deployed: one message per invocation (template.yaml's BatchSize), ten deliveries before the DLQ. */
        static Options of(long seed, OrgSize size) {
            return new Options(seed, size, Duration.ofSeconds(30), Clock.systemUTC(), UnaryOperator.identity(),
                    UnaryOperator.identity(), b -> { }, 1, 10);
        }

        /**
         * Batches of up to ten messages. Steps that wait behind a deferred one in a batch are handed back too,
         * and each hand-back counts as a delivery, hence the higher receive count.
         */
        Options batches() {
            return new Options(seed, size, visibility, workerClock, stores, handler, simulator, 10, 50);
        }

        Options visibility(Duration value) {
            return new Options(seed, size, value, workerClock, stores, handler, simulator,
                    batchSize, maxReceiveCount);
        }

        Options workerClock(Clock value) {
            return new Options(seed, size, visibility, value, stores, handler, simulator,
                    batchSize, maxReceiveCount);
        }

        Options stores(UnaryOperator<SyncStores> value) {
            return new Options(seed, size, visibility, workerClock, value, handler, simulator,
                    batchSize, maxReceiveCount);
        }

        Options handler(UnaryOperator<RequestHandler<SQSEvent, SQSBatchResponse>> value) {
            return new Options(seed, size, visibility, workerClock, stores, value, simulator,
                    batchSize, maxReceiveCount);
        }

        Options simulator(Consumer<BillcomSimulator.Builder> value) {
            return new Options(seed, size, visibility, workerClock, stores, handler, value,
                    batchSize, maxReceiveCount);
        }
    }

    SyncFixture(long seed, OrgSize size) {
        this(Options.of(seed, size));
    }

    SyncFixture(Options options) {
        BillcomSimulator.Builder builder = BillcomSimulator.builder();
        options.simulator().accept(builder);
        sim = builder.build().start();
        sim.registerDevKey(DEV_KEY);
        org = sim.createOrganization(OrgSpec.generated(options.seed(), options.size()));
        user = org.users().get(0);
        TableDefinition.create(aws.dynamoDb(), table);
        queue = aws.createQueuePair("sync-" + UUID.randomUUID().toString().substring(0, 8),
                options.maxReceiveCount(), options.visibility());
        Map<String, String> env = new HashMap<>();
        env.put(AppConfig.TABLE_NAME, table);
        env.put(AppConfig.SYNC_QUEUE_URL, queue.queueUrl());
        env.put(AppConfig.SECRET_PREFIX, "billsync-e2e/" + table + "/");
        env.put(AppConfig.BILLCOM_V3_URL, sim.v3BaseUrl().toString());
        env.put(AppConfig.BILLCOM_V2_URL, sim.v2BaseUrl().toString());
        config = AppConfig.from(env);
        clients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
        // Short client-side backoff keeps fault tests fast; the step-level retry goes through SQS as in AWS.
        billcom = BillcomConfig.of(sim.v3BaseUrl(), sim.v2BaseUrl())
                .withRetry(new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(40)));
        router = ApiApplication.wire(config, clients, billcom, Clock.systemUTC());
        stores = WorkerApplication.stores(config, clients);
        worker = new WorkerHandler(WorkerApplication.wire(config, clients, billcom, options.workerClock(), MARGIN,
                Duration.ofSeconds(1), options.stores().apply(stores)));
        poller = new SqsPoller(aws.sqs(), queue.queueUrl(), options.handler().apply(worker),
                new SqsPoller.Options(options.batchSize(), Duration.ofMinutes(5), Duration.ofSeconds(1)),
                () -> contexts.get());
    }

    /** Invocations from now on get these contexts (e.g. ones whose time runs out after a page). */
    void contexts(Supplier<Context> supplier) {
        this.contexts = supplier;
    }

    // ---- API ------------------------------------------------------------------------------------------------

    record Response(int status, JsonNode body) {
    }

    Response call(String method, String path, Object body) {
        Optional<byte[]> bytes = body == null ? Optional.empty()
                : Optional.of(body.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String> query = new HashMap<>();
        String rawPath = path;
        int q = path.indexOf('?');
        if (q >= 0) {
            rawPath = path.substring(0, q);
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        ApiResponse response = router.handle(new ApiRequest(method, rawPath, query,
                Map.of("content-type", "application/json"), bytes, Map.of("tenant_id", TENANT)));
        try {
            JsonNode json = response.body().isPresent() ? Json.mapper().readTree(response.body().get()) : null;
            return new Response(response.status(), json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable response " + response, e);
        }
    }

    JsonNode ok(String method, String path, Object body) {
        Response r = call(method, path, body);
        assertThat(r.status()).as(method + " " + path + " -> " + r.body()).isBetween(200, 299);
        return r.body();
    }

    static ObjectNode json() {
        return Json.mapper().createObjectNode();
    }

    String createCompany() {
        return ok("POST", "/api/companies/", json().put("name", "Ledger Co").put("base_currency", "USD"))
                .get("id").asText();
    }

    /** Connects the company to the fixture's organization; the seed is enqueued. Returns the integration id. */
    String connect(String companyId, String cutoffDate) {
        return connect(companyId, cutoffDate, org);
    }

    /** Connects the company to {@code organization} (of this simulator). */
    String connect(String companyId, String cutoffDate, SimOrg organization) {
        SimUser login = organization.users().get(0);
        ObjectNode body = json().put("company_id", companyId).put("username", login.email())
                .put("password", login.password()).put("organization_id", organization.organizationId())
                .put("dev_key", DEV_KEY);
        if (cutoffDate != null) {
            body.put("cutoff_date", cutoffDate);
        }
        Response r = call("POST", "/api/integrations/bill_com/", body);
        assertThat(r.status()).as("connect -> " + r.body()).isEqualTo(201);
        return r.body().get("id").asText();
    }

    String integrationPath(String integrationId) {
        return "/api/integrations/bill_com/" + integrationId + "/";
    }

    /** Every row of a mapping kind, through the paged mapping route. */
    List<JsonNode> mappingRows(String integrationId, String kind) {
        return pages(integrationPath(integrationId) + "mappings/" + kind + "/");
    }

    /** Every item of a paged list route. */
    List<JsonNode> pages(String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            JsonNode page = ok("GET", path + sep + "limit=100" + (cursor == null ? "" : "&cursor=" + cursor), null);
            page.get("items").forEach(items::add);
            JsonNode next = page.get("next_cursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return items;
    }

    JsonNode map(String integrationId, String kind, String externalId) {
        return ok("PUT", integrationPath(integrationId) + "mappings/" + kind + "/" + externalId + "/",
                json().put("create", true));
    }

    /** The kinds the seed pulls, which a full run needs mapped. */
    static final List<String> SEEDED_KINDS = List.of("vendors", "accounts", "funding-accounts", "items", "departments",
            "jobs", "locations", "accounting-classes", "employees");

    /**
     * Maps every mirrored row of the seeded kinds (creating the ledger records) except {@code excluded}; returns
     * per kind the mapped Bill.com id and its ledger id.
     */
    Map<String, Map<String, String>> mapAllExcept(String integrationId, Map<String, Set<String>> excluded) {
        Map<String, Map<String, String>> mapped = new HashMap<>();
        for (String kind : SEEDED_KINDS) {
            Map<String, String> ids = new HashMap<>();
            for (JsonNode row : mappingRows(integrationId, kind)) {
                String id = row.get("external_id").asText();
                if (!excluded.getOrDefault(kind, Set.of()).contains(id)) {
                    ids.put(id, map(integrationId, kind, id).path("mapping").path("ledger_id").asText());
                }
            }
            mapped.put(kind, ids);
        }
        return mapped;
    }

    /** Starts a full run through the API and returns its id. */
    String trigger(String integrationId) {
        Response r = call("POST", integrationPath(integrationId) + "trigger-sync/", null);
        assertThat(r.status()).as("trigger -> " + r.body()).isEqualTo(202);
        return r.body().get("run_id").asText();
    }

    JsonNode run(String integrationId, String runId) {
        return ok("GET", integrationPath(integrationId) + "sync-runs/" + runId + "/", null);
    }

    /** Runs the worker until the queue is empty. */
    void drain() {
        assertThat(poller.drain(Duration.ofSeconds(120))).as("queue drained").isTrue();
    }

    @Override
    public void close() {
        poller.close();
        sim.close();
    }
}
