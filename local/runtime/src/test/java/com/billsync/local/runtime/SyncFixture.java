package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
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
import java.util.UUID;
import java.util.function.Supplier;

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
    final Router router;
    final SyncStores stores;
    final WorkerHandler worker;
    private Supplier<Context> contexts = () -> new LocalContext("worker", Duration.ofMinutes(5), Clock.systemUTC());
    final SqsPoller poller;

    SyncFixture(long seed, OrgSize size) {
        this(seed, size, b -> { });
    }

    SyncFixture(long seed, OrgSize size, java.util.function.Consumer<BillcomSimulator.Builder> simulatorSettings) {
        BillcomSimulator.Builder builder = BillcomSimulator.builder();
        simulatorSettings.accept(builder);
        sim = builder.build().start();
        sim.registerDevKey(DEV_KEY);
        org = sim.createOrganization(OrgSpec.generated(seed, size));
        user = org.users().get(0);
        TableDefinition.create(aws.dynamoDb(), table);
        queue = aws.createQueuePair("sync-" + UUID.randomUUID().toString().substring(0, 8), 10,
                Duration.ofSeconds(30));
        Map<String, String> env = new HashMap<>();
        env.put(AppConfig.TABLE_NAME, table);
        env.put(AppConfig.SYNC_QUEUE_URL, queue.queueUrl());
        env.put(AppConfig.SECRET_PREFIX, "billsync-e2e/" + table + "/");
        env.put(AppConfig.BILLCOM_V3_URL, sim.v3BaseUrl().toString());
        env.put(AppConfig.BILLCOM_V2_URL, sim.v2BaseUrl().toString());
        config = AppConfig.from(env);
        clients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
        // Short client-side backoff keeps fault tests fast; the step-level retry goes through SQS as in AWS.
        BillcomConfig billcom = BillcomConfig.of(sim.v3BaseUrl(), sim.v2BaseUrl())
                .withRetry(new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(40)));
        router = ApiApplication.wire(config, clients, billcom, Clock.systemUTC());
        stores = WorkerApplication.stores(config, clients);
        worker = new WorkerHandler(WorkerApplication.wire(config, clients, billcom, Clock.systemUTC(), MARGIN,
                Duration.ofSeconds(1)));
        poller = new SqsPoller(aws.sqs(), queue.queueUrl(), worker,
                new SqsPoller.Options(10, Duration.ofMinutes(5), Duration.ofSeconds(1)), () -> contexts.get());
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

    /** Creates a company and connects it; the seed is enqueued. Returns the integration id. */
    String connect(String companyId, String cutoffDate) {
        ObjectNode body = json().put("company_id", companyId).put("username", user.email())
                .put("password", user.password()).put("organization_id", org.organizationId())
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
