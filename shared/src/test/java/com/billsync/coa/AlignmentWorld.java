package com.billsync.coa;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.api.ApiApplication;
import com.billsync.api.ApiRequest;
import com.billsync.api.ApiResponse;
import com.billsync.api.Router;
import com.billsync.billcom.BillcomConfig;
import com.billsync.billcom.RetryPolicy;
import com.billsync.config.AppConfig;
import com.billsync.config.AwsClients;
import com.billsync.domain.Ids;
import com.billsync.integration.CredentialVault;
import com.billsync.json.Json;
import com.billsync.local.aws.LocalAws;
import com.billsync.local.aws.QueuePair;
import com.billsync.mapping.MappingStore;
import com.billsync.queue.SqsSyncQueue;
import com.billsync.runs.RunLauncher;
import com.billsync.runs.RunTrigger;
import com.billsync.runs.SyncMessage;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncRun;
import com.billsync.secrets.SecretStore;
import com.billsync.secrets.aws.SecretsManagerSecretStore;
import com.billsync.simulator.BillcomSimulator;
import com.billsync.simulator.MutableClock;
import com.billsync.simulator.OrgSpec;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.SimOrg;
import com.billsync.simulator.WriteRecord;
import com.billsync.store.dynamodb.DynamoCoaStore;
import com.billsync.store.dynamodb.DynamoLedgerStore;
import com.billsync.store.dynamodb.DynamoMirrorStore;
import com.billsync.store.dynamodb.DynamoRunStore;
import com.billsync.store.dynamodb.TableDefinition;
import com.billsync.sync.Deadline;
import com.billsync.sync.StepResult;
import com.billsync.sync.StoredCredentialsClients;
import com.billsync.sync.SyncEngine;
import com.billsync.sync.SyncStores;
import com.billsync.sync.steps.Steps;
import com.billsync.worker.WorkerApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * One billsync deployment for alignment tests: the Bill.com simulator, a fresh table and FIFO queue on the shared
 * local AWS stand-ins, the api router, and the sync engine with the real steps (the accounts step aligns), run
 * message by message like the worker does. Stores can be wrapped to kill the "worker" at a chosen point. Each
 * {@link #tenant()} is a new Bill.com organization, ledger company and connected integration.
 */
final class AlignmentWorld implements AutoCloseable {

    static final String TENANT = "tenant-coa";
    static final String DEV_KEY = "dev-key-coa-tests";

    final LocalAws aws = LocalAws.shared();
    final BillcomSimulator sim;
    final MutableClock clock = new MutableClock(Instant.now());
    final String table = "billsync-coa-" + UUID.randomUUID();
    final QueuePair queue;
    final AppConfig config;
    final AwsClients clients;
    final Router router;
    final CrashingMappings mappings;
    final HookedCoaStore coaStore;
    final SyncEngine engine;

    AlignmentWorld(Map<String, String> settings) {
        sim = BillcomSimulator.builder().port(0).build().start();
        sim.registerDevKey(DEV_KEY);
        TableDefinition.create(aws.dynamoDb(), table);
        queue = aws.createQueuePair("coa-" + UUID.randomUUID().toString().substring(0, 8), 10,
                Duration.ofSeconds(30));
        Map<String, String> env = new HashMap<>(settings);
        env.put(AppConfig.TABLE_NAME, table);
        env.put(AppConfig.SYNC_QUEUE_URL, queue.queueUrl());
        env.put(AppConfig.SECRET_PREFIX, "billsync-coa/" + table + "/");
        env.put(AppConfig.BILLCOM_V3_URL, sim.v3BaseUrl().toString());
        env.put(AppConfig.BILLCOM_V2_URL, sim.v2BaseUrl().toString());
        config = AppConfig.from(env);
        clients = new AwsClients(aws.dynamoDb(), aws.sqs(), aws.secretsManager());
        BillcomConfig billcom = BillcomConfig.of(sim.v3BaseUrl(), sim.v2BaseUrl())
                .withRetry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4)));
        router = ApiApplication.wire(config, clients, billcom, Clock.systemUTC());
        SyncStores real = WorkerApplication.stores(config, clients);
        mappings = new CrashingMappings(real.mappings());
        SyncStores stores = new SyncStores(real.integrations(), real.runs(), real.checkpoints(), real.syncState(),
                real.errors(), mappings, real.mirror(), real.ledger(), real.skips(), real.invoices());
        coaStore = new HookedCoaStore(new DynamoCoaStore(aws.dynamoDb(), table));
        CoaAligner aligner = new CoaAligner(new CoaSources(new DynamoLedgerStore(aws.dynamoDb(), table),
                new DynamoMirrorStore(aws.dynamoDb(), table, clock), mappings, coaStore), config.coaGuard());
        SecretStore secrets = new SecretsManagerSecretStore(aws.secretsManager());
        engine = new SyncEngine(stores, new StoredCredentialsClients(billcom,
                new CredentialVault(secrets, Optional.empty()), secrets, clock), Steps.handlers(aligner), clock,
                Duration.ofSeconds(5), Duration.ZERO);
    }

    AlignmentWorld() {
        this(Map.of());
    }

    /** A new Bill.com organization (empty chart), ledger company and integration, connected and seeded. */
    Tenant tenant() {
        SimOrg org = sim.createOrganization(OrgSpec.empty());
        String email = "coa-" + UUID.randomUUID() + "@example.com";
        org.addUser(email, "pw-coa-tests");
        String company = ok("POST", "/api/companies/", json().put("name", "Ledger Co").put("base_currency", "USD"))
                .get("id").asText();
        Response connected = call("POST", "/api/integrations/bill_com/", json().put("company_id", company)
                .put("username", email).put("password", "pw-coa-tests").put("organization_id", org.organizationId())
                .put("dev_key", DEV_KEY));
        assertThat(connected.status()).as("connect -> " + connected.body()).isEqualTo(201);
        Tenant tenant = new Tenant(this, org, company, connected.body().get("id").asText());
        drain();
        return tenant;
    }

    // ---- the API ---------------------------------------------------------------------------------------------

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
            return new Response(response.status(), response.body().isPresent()
                    ? Json.mapper().readTree(response.body().get()) : null);
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

    // ---- runs ------------------------------------------------------------------------------------------------

    /** Launches a full run (as trigger-sync would, without its setup check) and runs it to its end. */
    String runFull(String integrationId) {
        SyncRun run = new RunLauncher(new DynamoRunStore(aws.dynamoDb(), table),
                new SqsSyncQueue(aws.sqs(), queue.queueUrl()), Ids.system(), Clock.systemUTC())
                .launch(integrationId, SyncPlan.FULL, RunTrigger.MANUAL);
        drain();
        return run.runId();
    }

    /**
     * Runs every queued step in order, as the worker would: a deferred step, or one whose worker died (an
     * exception), is delivered again until it is done.
     */
    void drain() {
        for (int idle = 0; idle < 2; ) {
            List<Message> batch = aws.sqs().receiveMessage(b -> b.queueUrl(queue.queueUrl()).maxNumberOfMessages(10)
                    .waitTimeSeconds(0).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (batch.isEmpty()) {
                idle++;
                continue;
            }
            for (Message m : batch) {
                execute(SyncMessage.fromJson(m.body()));
                aws.sqs().deleteMessage(b -> b.queueUrl(queue.queueUrl()).receiptHandle(m.receiptHandle()));
            }
        }
    }

    private void execute(SyncMessage message) {
        for (int delivery = 1; delivery <= 5; delivery++) {
            try {
                if (engine.execute(message, delivery, Deadline.none()) instanceof StepResult.Done) {
                    return;
                }
            } catch (WorkerDied died) {
                // The invocation is gone; SQS delivers the message again.
            }
        }
        throw new AssertionError("step " + message.step().wire() + " did not finish in 5 deliveries");
    }

    /** The Bill.com chart-of-accounts writes made in the organization, in order. */
    List<WriteRecord> writes(SimOrg org) {
        return sim.writeLog().stream().filter(w -> w.orgId().equals(org.organizationId())
                && w.kind() == SimKind.CHART_OF_ACCOUNT).toList();
    }

    /** Calls to one simulator endpoint ({@code "POST /v3/classifications/chart-of-accounts/bulk"}) so far. */
    long calls(String endpoint) {
        return sim.calls().getOrDefault(endpoint, 0L);
    }

    @Override
    public void close() {
        sim.close();
    }

    /** Thrown by a wrapped store: the worker process died at that point. */
    static final class WorkerDied extends RuntimeException {
        WorkerDied(String where) {
            super("worker died " + where);
        }
    }

    /** Mappings that can kill the worker on the next {@code map} (right after a Bill.com create returned). */
    static final class CrashingMappings implements MappingStore {
        private final MappingStore delegate;
        private int crashes;
        private int crashed;

        CrashingMappings(MappingStore delegate) {
            this.delegate = delegate;
        }

        void crashOnNextMap() {
            crashes++;
        }

        int crashed() {
            return crashed;
        }

        @Override
        public Optional<com.billsync.mapping.Mapping> byBillcomId(String i, com.billsync.mapping.BillcomKind k,
                                                                   String b) {
            return delegate.byBillcomId(i, k, b);
        }

        @Override
        public Optional<com.billsync.mapping.Mapping> byLedgerId(String i, com.billsync.mapping.BillcomKind k,
                                                                  String l) {
            return delegate.byLedgerId(i, k, l);
        }

        @Override
        public Map<String, com.billsync.mapping.Mapping> byBillcomIds(String i, com.billsync.mapping.BillcomKind k,
                                                                      java.util.Collection<String> ids) {
            return delegate.byBillcomIds(i, k, ids);
        }

        @Override
        public List<com.billsync.mapping.Mapping> all(String i, com.billsync.mapping.BillcomKind k) {
            return delegate.all(i, k);
        }

        @Override
        public boolean any(String i, com.billsync.mapping.BillcomKind k) {
            return delegate.any(i, k);
        }

        @Override
        public void map(com.billsync.mapping.Mapping mapping, Optional<com.billsync.mapping.Mapping> replacing) {
            if (crashes > 0) {
                crashes--;
                crashed++;
                throw new WorkerDied("before mapping " + mapping.billcomId());
            }
            delegate.map(mapping, replacing);
        }

        @Override
        public void unmap(com.billsync.mapping.Mapping mapping) {
            delegate.unmap(mapping);
        }

        @Override
        public void createAndMap(com.billsync.mapping.Mapping mapping, com.billsync.ledger.LedgerEntry entry,
                                 String billcomId) {
            delegate.createAndMap(mapping, entry, billcomId);
        }
    }

    /** The alignment store, with a hook that runs right after intents are recorded (before the create is sent). */
    static final class HookedCoaStore implements CoaStore {
        private final CoaStore delegate;
        private Runnable afterIntents = () -> { };

        HookedCoaStore(CoaStore delegate) {
            this.delegate = delegate;
        }

        void afterNextIntents(Runnable hook) {
            afterIntents = () -> {
                afterIntents = () -> { };
                hook.run();
            };
        }

        @Override
        public List<CoaIntent> intents(String integrationId) {
            return delegate.intents(integrationId);
        }

        @Override
        public void recordIntents(String integrationId, List<CoaIntent> intents) {
            delegate.recordIntents(integrationId, intents);
            afterIntents.run();
        }

        @Override
        public void clearIntents(String integrationId, java.util.Collection<String> ids) {
            delegate.clearIntents(integrationId, ids);
        }

        @Override
        public Optional<CoaApproval> approval(String integrationId) {
            return delegate.approval(integrationId);
        }

        @Override
        public void approve(String integrationId, CoaApproval approval) {
            delegate.approve(integrationId, approval);
        }

        @Override
        public void consumeApproval(String integrationId, String fingerprint) {
            delegate.consumeApproval(integrationId, fingerprint);
        }

        @Override
        public void recordPlan(String integrationId, CoaRunRecord record, List<CoaMutation> planned) {
            delegate.recordPlan(integrationId, record, planned);
        }

        @Override
        public void updateRecord(String integrationId, CoaRunRecord record) {
            delegate.updateRecord(integrationId, record);
        }

        @Override
        public void recordApplied(String integrationId, String runId, int firstSequence, List<CoaEntry> applied) {
            delegate.recordApplied(integrationId, runId, firstSequence, applied);
        }

        @Override
        public Optional<CoaRunReport> run(String integrationId, String runId) {
            return delegate.run(integrationId, runId);
        }
    }

    /** One organization, company and integration, and the API calls the tests make for it. */
    record Tenant(AlignmentWorld world, SimOrg org, String companyId, String integrationId) {

        String base() {
            return "/api/integrations/bill_com/" + integrationId + "/";
        }

        String account(String number, String name, String type, String parentId) {
            ObjectNode body = json().put("name", name).put("type", type);
            if (number != null) {
                body.put("number", number);
            }
            if (parentId != null) {
                body.put("parent_id", parentId);
            }
            return world.ok("POST", "/api/companies/" + companyId + "/accounts/", body).get("id").asText();
        }

        void changeAccount(String accountId, ObjectNode changes) {
            world.ok("PATCH", "/api/companies/" + companyId + "/accounts/" + accountId + "/", changes);
        }

        void mode(String mode) {
            world.ok("PATCH", base(), json().put("coa_alignment", mode));
        }

        void map(String billcomId, String ledgerId) {
            world.ok("PUT", base() + "mappings/accounts/" + billcomId + "/", json().put("ledger_id", ledgerId));
        }

        /** A row put straight into Bill.com (not through its API, so not in the write log). */
        String billcomRow(String number, String name, String type, String parentId) {
            ObjectNode fields = json().put("name", name);
            if (parentId != null) {
                fields.put("parentId", parentId);
            }
            ObjectNode account = fields.putObject("account").put("type", type);
            if (number != null) {
                account.put("number", number);
            }
            return org.create(SimKind.CHART_OF_ACCOUNT, fields).get("id").asText();
        }

        JsonNode plan() {
            return world.ok("GET", base() + "coa-alignment/", null);
        }

        JsonNode run(String runId) {
            return world.ok("GET", base() + "sync-runs/" + runId + "/", null);
        }

        /** Runs a full sync; returns the run as the API shows it. */
        JsonNode sync() {
            return run(world.runFull(integrationId));
        }

        List<JsonNode> errors(String runId) {
            List<JsonNode> out = new ArrayList<>();
            world.ok("GET", base() + "errors/?run_id=" + runId, null).get("items").forEach(out::add);
            return out;
        }

        /** Bill.com's chart as it is now (ground truth). */
        List<ObjectNode> chart() {
            return org.list(SimKind.CHART_OF_ACCOUNT);
        }

        /** Ledger account id → mapped Bill.com row id. */
        Map<String, String> mapped() {
            Map<String, String> out = new HashMap<>();
            String cursor = null;
            do {
                JsonNode page = world.ok("GET", base() + "mappings/accounts/?limit=100"
                        + (cursor == null ? "" : "&cursor=" + cursor), null);
                page.get("items").forEach(row -> {
                    if (row.get("mapping").isObject()) {
                        out.put(row.get("mapping").get("ledger_id").asText(), row.get("external_id").asText());
                    }
                });
                cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            } while (cursor != null);
            return out;
        }
    }
}
