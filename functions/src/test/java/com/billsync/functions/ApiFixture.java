package com.billsync.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.billsync.api.ApiApplication;
import com.billsync.billcom.BillcomConfig;
import com.billsync.billcom.RetryPolicy;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.json.Json;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.QueuePair;
import com.billsync.mapping.BillcomKind;
import com.billsync.runs.RunStatus;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncStep;
import com.billsync.simulator.BillcomSimulator;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.OrgSpec;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.SimOrg;
import com.billsync.store.dynamodb.DynamoMirrorStore;
import com.billsync.store.dynamodb.DynamoRunStore;
import com.billsync.store.dynamodb.DynamoSyncStateStore;
import com.billsync.store.dynamodb.TableDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The api function as deployed, on the local stand-ins and the Bill.com simulator: a fresh table, FIFO queue
 * and secret prefix per fixture, requests as real API Gateway HTTP API (2.0) events through {@link ApiHandler}.
 * Every response body is kept for the secrets scan.
 */
final class ApiFixture {

    static final String DEV_KEY = "devkey-" + UUID.randomUUID();
    static final String DEFAULT_DEV_KEY = "default-devkey-" + UUID.randomUUID();
    private static final AtomicLong SEEDS = new AtomicLong(1000);
    private static BillcomSimulator simulator;

    final LocalAws aws = LocalAws.shared();
    final String tableName = "api-test-" + UUID.randomUUID();
    final String secretPrefix = "billsync-test/" + UUID.randomUUID() + "/";
    final QueuePair queue;
    final ApiHandler handler;
    final List<String> responseBodies = Collections.synchronizedList(new ArrayList<>());

    private ApiFixture(boolean defaultDevKey) {
        TableDefinition.create(aws.dynamoDb(), tableName);
        queue = aws.createQueuePair("api-test-" + UUID.randomUUID().toString().substring(0, 8), 3,
                Duration.ofSeconds(30));
        Map<String, String> env = new HashMap<>();
        env.put(AppConfig.TABLE_NAME, tableName);
        env.put(AppConfig.SYNC_QUEUE_URL, queue.queueUrl());
        env.put(AppConfig.SECRET_PREFIX, secretPrefix);
        env.put(AppConfig.BILLCOM_V3_URL, simulator().v3BaseUrl().toString());
        env.put(AppConfig.BILLCOM_V2_URL, simulator().v2BaseUrl().toString());
        if (defaultDevKey) {
            String name = secretPrefix + "default-dev-key";
            aws.secretsManager().createSecret(b -> b.name(name).secretString("{\"dev_key\":\"" + DEFAULT_DEV_KEY + "\"}"));
            env.put(AppConfig.DEFAULT_DEV_KEY_SECRET, name);
        }
        AppConfig config = AppConfig.from(env);
        BillcomConfig billcom = BillcomConfig.of(config.billcomV3Url(), config.billcomV2Url())
                .withRetry(RetryPolicy.none());
        handler = new ApiHandler(ApiApplication.wire(config,
                new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager()), billcom, Clock.systemUTC()));
    }

    static ApiFixture create() {
        return new ApiFixture(false);
    }

    static ApiFixture withDefaultDevKey() {
        return new ApiFixture(true);
    }

    static synchronized BillcomSimulator simulator() {
        if (simulator == null) {
            simulator = BillcomSimulator.builder().port(0).build().start();
            simulator.registerDevKey(DEV_KEY);
            simulator.registerDevKey(DEFAULT_DEV_KEY);
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        }
        return simulator;
    }

    /** A generated Bill.com organization with one API user. */
    static BillcomOrg organization() {
        SimOrg org = simulator().createOrganization(OrgSpec.generated(SEEDS.incrementAndGet(), OrgSize.DEMO));
        String username = "api-" + UUID.randomUUID() + "@example.com";
        String password = "pw-" + UUID.randomUUID();
        org.addUser(username, password);
        return new BillcomOrg(org, username, password);
    }

    record BillcomOrg(SimOrg org, String username, String password) {
        String id() {
            return org.organizationId();
        }
    }

    Client as(String tenant) {
        return new Client(Optional.of(tenant));
    }

    Client anonymous() {
        return new Client(Optional.empty());
    }

    /** Requests of one caller. */
    final class Client {
        private final Optional<String> tenant;

        private Client(Optional<String> tenant) {
            this.tenant = tenant;
        }

        Response get(String path) {
            return send("GET", path, null, Map.of());
        }

        Response post(String path, String body) {
            return send("POST", path, body, Map.of());
        }

        Response patch(String path, String body) {
            return send("PATCH", path, body, Map.of());
        }

        Response put(String path, String body) {
            return send("PUT", path, body, Map.of());
        }

        Response delete(String path) {
            return send("DELETE", path, null, Map.of());
        }

        Response send(String method, String pathAndQuery, String body, Map<String, String> headers) {
            APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/http-api-request.json");
            String path = pathAndQuery;
            Map<String, String> query = null;
            int q = pathAndQuery.indexOf('?');
            if (q >= 0) {
                path = pathAndQuery.substring(0, q);
                query = new HashMap<>();
                for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    query.merge(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1),
                            (a, b) -> a + "," + b);
                }
                event.setRawQueryString(pathAndQuery.substring(q + 1));
            }
            event.setRawPath(path);
            event.setQueryStringParameters(query);
            event.getRequestContext().getHttp().setMethod(method);
            event.getRequestContext().getHttp().setPath(path);
            Map<String, String> eventHeaders = new HashMap<>(event.getHeaders());
            eventHeaders.putAll(headers);
            event.setHeaders(eventHeaders);
            event.setBody(body);
            Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
            claims.remove("tenant_id");
            tenant.ifPresent(t -> claims.put("tenant_id", t));
            event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
            return invoke(event);
        }
    }

    Response invoke(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        if (response.getBody() != null) {
            responseBodies.add(response.getBody());
        }
        return new Response(response.getStatusCode(), response.getBody() == null ? null : json(response.getBody()),
                response.getHeaders() == null ? Map.of() : response.getHeaders());
    }

    /** The queue's messages as the worker will see them (received and deleted). */
    List<QueuedMessage> drainQueue() {
        List<QueuedMessage> all = new ArrayList<>();
        for (int empty = 0; empty < 2; ) {
            List<Message> batch = aws.sqs().receiveMessage(b -> b.queueUrl(queue.queueUrl()).maxNumberOfMessages(10)
                    .waitTimeSeconds(0).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (batch.isEmpty()) {
                empty++;
                continue;
            }
            for (Message m : batch) {
                all.add(new QueuedMessage(json(m.body()),
                        m.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID),
                        m.attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID)));
                aws.sqs().deleteMessage(b -> b.queueUrl(queue.queueUrl()).receiptHandle(m.receiptHandle()));
            }
        }
        return all;
    }

    record QueuedMessage(JsonNode body, String groupId, String deduplicationId) {
    }

    /**
     * Stands in for the worker running the seed: mirrors the organization's vendors, chart of accounts and bank
     * accounts through the mirror store the sync engine writes, marks the seed steps pulled and ends the run.
     */
    void completeSeed(String integrationId, String seedRunId, SimOrg org) {
        DynamoMirrorStore mirror = new DynamoMirrorStore(aws.dynamoDb(), tableName, Clock.systemUTC());
        mirrorAll(mirror, integrationId, BillcomKind.VENDORS, org.list(SimKind.VENDOR));
        mirrorAll(mirror, integrationId, BillcomKind.ACCOUNTS, org.list(SimKind.CHART_OF_ACCOUNT));
        mirrorAll(mirror, integrationId, BillcomKind.FUNDING_ACCOUNTS, org.list(SimKind.BANK_ACCOUNT));
        DynamoSyncStateStore state = new DynamoSyncStateStore(aws.dynamoDb(), tableName);
        for (SyncStep step : SyncPlan.SEED.steps()) {
            state.recordPulled(integrationId, step, seedRunId, Instant.now());
        }
        new DynamoRunStore(aws.dynamoDb(), tableName).finish(integrationId, seedRunId, RunStatus.COMPLETED,
                Instant.now());
    }

    private static void mirrorAll(DynamoMirrorStore mirror, String integrationId, BillcomKind kind,
                                  List<ObjectNode> rows) {
        for (ObjectNode row : rows) {
            mirror.upsert(integrationId, kind, row.get("id").asText(), Integer.toHexString(row.toString().hashCode()),
                    row.toString());
        }
    }

    static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError("response is not JSON: " + body, e);
        }
    }

    /** A response: status, parsed JSON body (null for 204), headers. */
    record Response(int status, JsonNode body, Map<String, String> headers) {

        String text(String field) {
            return body.path(field).asText(null);
        }

        String errorCode() {
            return body.path("error").path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
