package com.billsync.local.runtime.events;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.billsync.api.ApiApplication;
import com.billsync.api.ApiRequest;
import com.billsync.api.ApiResponse;
import com.billsync.api.Router;
import com.billsync.billcom.BillcomConfig;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.functions.ApiHandler;
import com.billsync.functions.PlannerHandler;
import com.billsync.functions.WorkerHandler;
import com.billsync.json.Json;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.QueuePair;
import com.billsync.local.runtime.LocalContext;
import com.billsync.local.runtime.SqsPoller;
import com.billsync.planner.PlannerApplication;
import com.billsync.simulator.BillcomSimulator;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.OrgSpec;
import com.billsync.simulator.SimOrg;
import com.billsync.simulator.SimUser;
import com.billsync.store.dynamodb.TableDefinition;
import com.billsync.worker.WorkerApplication;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The three handlers as deployed (the environment template.yaml gives them, a default dev key secret) on the
 * shared local stand-ins and a simulator organization; no poller runs unless asked, so a test decides which
 * messages the worker sees.
 */
final class EventsFixture implements AutoCloseable {

    /** The tenant the samples' JWT claims name. */
    static final String TENANT = "tenant-example";
    private static final String DEV_KEY = "dev-key-" + UUID.randomUUID();

    final LocalAws aws = LocalAws.shared();
    final BillcomSimulator sim = BillcomSimulator.builder().build().start();
    final SimOrg org;
    final SimUser user;
    private final String table = "events-" + UUID.randomUUID();
    private final QueuePair queue;
    private final Router router;
    private final ApiHandler api;
    private final WorkerHandler worker;
    private final PlannerHandler planner;

    EventsFixture() {
        sim.registerDevKey(DEV_KEY);
        org = sim.createOrganization(OrgSpec.generated(7, OrgSize.DEMO));
        user = org.users().get(0);
        TableDefinition.create(aws.dynamoDb(), table);
        queue = aws.createQueuePair("events-" + UUID.randomUUID().toString().substring(0, 8), 10,
                Duration.ofMinutes(5));
        String prefix = "billsync-events/" + table + "/";
        aws.secretsManager().createSecret(b -> b.name(prefix + "default-dev-key")
                .secretString("{\"dev_key\":\"" + DEV_KEY + "\"}"));
        Map<String, String> env = new HashMap<>();
        env.put(AppConfig.TABLE_NAME, table);
        env.put(AppConfig.SYNC_QUEUE_URL, queue.queueUrl());
        env.put(AppConfig.SECRET_PREFIX, prefix);
        env.put(AppConfig.DEFAULT_DEV_KEY_SECRET, prefix + "default-dev-key");
        env.put(AppConfig.BILLCOM_V3_URL, sim.v3BaseUrl().toString());
        env.put(AppConfig.BILLCOM_V2_URL, sim.v2BaseUrl().toString());
        AppConfig config = AppConfig.from(env);
        AwsClients clients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
        BillcomConfig billcom = BillcomConfig.of(sim.v3BaseUrl(), sim.v2BaseUrl());
        router = ApiApplication.wire(config, clients, billcom, Clock.systemUTC());
        api = new ApiHandler(router);
        worker = new WorkerHandler(WorkerApplication.wire(config, clients, billcom, Clock.systemUTC(),
                Duration.ofSeconds(5), Duration.ofSeconds(1)));
        planner = new PlannerHandler(PlannerApplication.wire(config, clients, Clock.systemUTC()));
    }

    APIGatewayV2HTTPResponse api(APIGatewayV2HTTPEvent event) {
        return api.handleRequest(event, context("api", Duration.ofSeconds(29)));
    }

    SQSBatchResponse worker(SQSEvent event) {
        return worker.handleRequest(event, context("worker", Duration.ofMinutes(15)));
    }

    Map<String, Object> planner(ScheduledEvent event) {
        return planner.handleRequest(event, context("planner", Duration.ofMinutes(2)));
    }

    /** Feeds the worker from the queue, as the event source mapping would, until the queue is empty. */
    void drainQueue() {
        try (SqsPoller poller = new SqsPoller(aws.sqs(), queue.queueUrl(), worker,
                new SqsPoller.Options(1, Duration.ofMinutes(5), Duration.ofSeconds(1)))) {
            if (!poller.drain(Duration.ofMinutes(2))) {
                throw new IllegalStateException("the queue did not drain");
            }
        }
    }

    /** The first Bill.com row of a kind in the integration's mirror. */
    String firstRow(String integrationId, String kind) {
        return get("/api/integrations/bill_com/" + integrationId + "/mappings/" + kind + "/?limit=1")
                .path("items").get(0).path("external_id").asText();
    }

    /** Creates a ledger record from every unmapped row the seed pulled, so setup is complete. */
    void createEveryUnmappedRow(String integrationId) {
        for (String kind : List.of("accounts", "funding-accounts", "vendors", "items", "departments", "jobs",
                "locations", "accounting-classes", "employees")) {
            String base = "/api/integrations/bill_com/" + integrationId + "/mappings/" + kind + "/";
            String cursor = null;
            do {
                JsonNode page = get(base + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
                for (JsonNode row : page.path("items")) {
                    if (row.path("mapping").isNull()) {
                        call("PUT", base + row.path("external_id").asText() + "/", "{\"create\":true}");
                    }
                }
                cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
            } while (cursor != null);
        }
    }

    JsonNode get(String pathAndQuery) {
        return call("GET", pathAndQuery, null);
    }

    private JsonNode call(String method, String pathAndQuery, String body) {
        int q = pathAndQuery.indexOf('?');
        Map<String, String> query = new HashMap<>();
        if (q >= 0) {
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        ApiResponse response = router.handle(new ApiRequest(method, q >= 0 ? pathAndQuery.substring(0, q)
                : pathAndQuery, query, Map.of("content-type", "application/json"),
                Optional.ofNullable(body).map(b -> b.getBytes(StandardCharsets.UTF_8)), Map.of("tenant_id", TENANT)));
        if (response.status() >= 300) {
            throw new IllegalStateException(method + " " + pathAndQuery + " -> " + response.status() + " "
                    + response.body().orElse(""));
        }
        try {
            return Json.mapper().readTree(response.body().orElse("{}"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalContext context(String function, Duration timeout) {
        return new LocalContext(function, timeout, Clock.systemUTC());
    }

    @Override
    public void close() {
        sim.close();
    }
}
