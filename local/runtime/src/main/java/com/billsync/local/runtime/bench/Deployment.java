package com.billsync.local.runtime.bench;

import com.billsync.api.ApiApplication;
import com.billsync.api.ApiRequest;
import com.billsync.api.ApiResponse;
import com.billsync.api.Router;
import com.billsync.billcom.BillcomConfig;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.functions.WorkerHandler;
import com.billsync.json.Json;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.QueuePair;
import com.billsync.local.runtime.SqsPoller;
import com.billsync.local.runtime.stack.StackSettings;
import com.billsync.runs.SyncRun;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One billsync deployment for one benchmark case, built as the local stack builds it: a fresh table and FIFO
 * queue pair on the benchmark's AWS stand-ins, the Bill.com simulator with a generated organization (3 requests
 * in flight per dev key and organization enforced), the api function's router, and the worker function behind
 * the SQS poller with the template's batch size, timeout and margins. The worker's DynamoDB client counts what
 * it does. Talks to billsync through its API routes and the queue only.
 */
final class Deployment implements AutoCloseable {

    static final String TENANT = "bench";
    /** One dev key per client of the simulator, so each has its own hourly budget and concurrency slots. */
    static final String BILLSYNC_DEV_KEY = "bench-dev-key-billsync";

    final BillcomSimulator sim;
    final SimOrg org;
    final String table = "billsync-bench-" + UUID.randomUUID().toString().substring(0, 8);
    final AppConfig config;
    /** The functions' environment variables for this deployment. */
    final Map<String, String> environment;
    final QueuePair queue;
    final Router router;
    final SyncStores stores;
    final CountingDynamoDb dynamoCounter;
    final SqsPoller poller;

    /**
     * @param hourlyCap the simulator's requests per dev key per hour; the benchmark raises Bill.com's 20,000 so a
     *                  baseline that needs more still finishes (its share of the real budget is reported instead)
     */
    Deployment(LocalAws aws, long seed, OrgSize size, int hourlyCap) {
        this(aws, seed, size, hourlyCap, true);
    }

    /** @param polling whether the in-process worker takes messages from the queue from the start */
    Deployment(LocalAws aws, long seed, OrgSize size, int hourlyCap, boolean polling) {
        sim = BillcomSimulator.builder().port(0).hourlyRequestCap(hourlyCap).maxConcurrentPerOrg(3).build().start();
        try {
            sim.registerDevKey(BILLSYNC_DEV_KEY);
            org = sim.createOrganization(OrgSpec.generated(seed, size));
            TableDefinition.create(aws.dynamoDb(), table);
            queue = aws.createQueuePair(table, StackSettings.MAX_RECEIVE_COUNT, StackSettings.QUEUE_VISIBILITY);
            environment = environment(sim, table, queue.queueUrl());
            config = AppConfig.from(environment);
            BillcomConfig billcom = BillcomConfig.of(sim.v3BaseUrl(), sim.v2BaseUrl());
            AwsClients apiClients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
            CountingDynamoDb.Wrapped counting = CountingDynamoDb.wrap(aws.dynamoDb());
            dynamoCounter = counting.counter();
            AwsClients workerClients = new AwsClients(counting.client(), aws.sqs(), aws.secretsManager());
            Clock clock = Clock.systemUTC();
            router = ApiApplication.wire(config, apiClients, billcom, clock);
            stores = WorkerApplication.stores(config, apiClients);
            WorkerHandler worker = new WorkerHandler(WorkerApplication.wire(config, workerClients, billcom, clock,
                    WorkerApplication.DEFAULT_MARGIN, WorkerApplication.DEFAULT_RETRY_BASE));
            poller = new SqsPoller(aws.sqs(), queue.queueUrl(), worker, new SqsPoller.Options(
                    StackSettings.WORKER_BATCH_SIZE, StackSettings.WORKER_TIMEOUT, Duration.ofSeconds(1)));
            if (polling) {
                poller.start();
            }
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    /** The functions' environment for this deployment (also handed to child JVMs with the endpoints added). */
    static Map<String, String> environment(BillcomSimulator sim, String table, String queueUrl) {
        Map<String, String> env = new HashMap<>();
        env.put(AppConfig.TABLE_NAME, table);
        env.put(AppConfig.SYNC_QUEUE_URL, queueUrl);
        env.put(AppConfig.SECRET_PREFIX, "billsync-bench/" + table + "/");
        env.put(AppConfig.BILLCOM_V3_URL, sim.v3BaseUrl().toString());
        env.put(AppConfig.BILLCOM_V2_URL, sim.v2BaseUrl().toString());
        return env;
    }

    SimUser user() {
        return org.users().get(0);
    }

    // ---- the API ------------------------------------------------------------------------------------------

    JsonNode ok(String method, String path, Object body) {
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
                Map.of("content-type", "application/json"),
                body == null ? Optional.empty() : Optional.of(body.toString().getBytes(StandardCharsets.UTF_8)),
                Map.of("tenant_id", TENANT)));
        if (response.status() < 200 || response.status() > 299) {
            throw new IllegalStateException(method + " " + path + " -> " + response.status() + " "
                    + response.body().orElse(""));
        }
        try {
            return response.body().isPresent() ? Json.mapper().readTree(response.body().get()) : null;
        } catch (IOException e) {
            throw new IllegalStateException("unreadable response to " + method + " " + path, e);
        }
    }

    static ObjectNode json() {
        return Json.mapper().createObjectNode();
    }

    String createCompany() {
        return ok("POST", "/api/companies/", json().put("name", "Bench Ledger").put("base_currency", "USD"))
                .get("id").asText();
    }

    /** Connects the company to the organization (Bill.com login); the seed run is enqueued. */
    String connect(String companyId) {
        SimUser login = user();
        return ok("POST", "/api/integrations/bill_com/", json().put("company_id", companyId)
                .put("username", login.email()).put("password", login.password())
                .put("organization_id", org.organizationId()).put("dev_key", BILLSYNC_DEV_KEY)).get("id").asText();
    }

    static String integrationPath(String integrationId) {
        return "/api/integrations/bill_com/" + integrationId + "/";
    }

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

    /** The newest run of the integration (the seed, right after connecting). */
    String latestRun(String integrationId) {
        JsonNode page = ok("GET", integrationPath(integrationId) + "sync-runs/?limit=1", null);
        return page.get("items").get(0).get("run_id").asText();
    }

    /** Maps every mirrored row of the seeded kinds by creating its ledger record, as a bookkeeper would. */
    int mapEverything(String integrationId) {
        int mapped = 0;
        for (String kind : List.of("accounts", "funding-accounts", "vendors", "items", "departments", "jobs",
                "locations", "accounting-classes", "employees")) {
            for (JsonNode row : pages(integrationPath(integrationId) + "mappings/" + kind + "/")) {
                if (row.path("mapping").isObject()) {
                    continue;
                }
                ok("PUT", integrationPath(integrationId) + "mappings/" + kind + "/" + row.get("external_id").asText()
                        + "/", json().put("create", true));
                mapped++;
            }
        }
        return mapped;
    }

    String trigger(String integrationId) {
        return ok("POST", integrationPath(integrationId) + "trigger-sync/", null).get("run_id").asText();
    }

    /** Waits (the poller works the queue) until the run has ended; returns it. */
    SyncRun awaitRun(String integrationId, String runId, Duration max) {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            Optional<SyncRun> run = stores.runs().get(integrationId, runId);
            if (run.isPresent() && run.get().status().isFinal()) {
                return run.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for run " + runId, e);
            }
        }
        throw new IllegalStateException("run " + runId + " did not end within " + max);
    }

    @Override
    public void close() {
        poller.close();
        sim.close();
    }
}
