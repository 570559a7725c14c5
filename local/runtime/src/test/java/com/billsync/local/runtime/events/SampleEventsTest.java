package com.billsync.local.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.billsync.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample events in {@code events/} are loaded as they are and run through the three handlers on the local
 * stand-ins and the simulator. Only what cannot be known when a sample is written is replaced: the ids of the
 * company, integration, run and Bill.com rows this run created, and the simulator's login.
 */
class SampleEventsTest {

    private static EventsFixture fx;
    private static String companyId;
    private static APIGatewayV2HTTPResponse account;
    private static APIGatewayV2HTTPResponse connect;
    private static String integrationId;
    private static APIGatewayV2HTTPResponse validate;
    private static APIGatewayV2HTTPResponse mappingPut;
    private static String mappedVendor;
    private static APIGatewayV2HTTPResponse trigger;
    private static String runId;
    private static SQSBatchResponse workerResponse;
    private static JsonNode runAfterWorker;
    private static Map<String, Object> plannerResult;

    @BeforeAll
    static void runTheSamples() {
        fx = new EventsFixture();
        APIGatewayV2HTTPResponse company = fx.api(load("api-create-company.json"));
        companyId = json(company).path("id").asText();

        APIGatewayV2HTTPEvent accountEvent = load("api-ledger-account-create.json");
        replaceInPath(accountEvent, "cmp_01JGZ8Q4M3V7K2N5P8R1T6W9YA", companyId);
        account = fx.api(accountEvent);

        APIGatewayV2HTTPEvent connectEvent = load("api-connect-integration.json");
        ObjectNode body = (ObjectNode) Json.mapper().valueToTree(parse(connectEvent.getBody()));
        body.put("company_id", companyId).put("username", fx.user.email()).put("password", fx.user.password())
                .put("organization_id", fx.org.organizationId());
        connectEvent.setBody(body.toString());
        connect = fx.api(connectEvent);
        integrationId = json(connect).path("id").asText();
        fx.drainQueue();

        APIGatewayV2HTTPEvent validateEvent = load("api-validate.json");
        replaceInPath(validateEvent, "int_01JGZ8R2B6D9F3H5K7M1P4S8VC", integrationId);
        validate = fx.api(validateEvent);

        mappedVendor = fx.firstRow(integrationId, "vendors");
        APIGatewayV2HTTPEvent mappingEvent = load("api-mapping-put.json");
        replaceInPath(mappingEvent, "int_01JGZ8R2B6D9F3H5K7M1P4S8VC", integrationId);
        replaceInPath(mappingEvent, "00901ABCDEFGHJKLMNPQ", mappedVendor);
        mappingPut = fx.api(mappingEvent);

        fx.createEveryUnmappedRow(integrationId);
        APIGatewayV2HTTPEvent triggerEvent = load("api-trigger-sync.json");
        replaceInPath(triggerEvent, "int_01JGZ8R2B6D9F3H5K7M1P4S8VC", integrationId);
        trigger = fx.api(triggerEvent);
        runId = json(trigger).path("run_id").asText();

        SQSEvent batch = EventLoader.loadSQSEvent("../../events/worker-sqs-fifo-batch.json");
        for (SQSEvent.SQSMessage m : batch.getRecords()) {
            m.setBody(m.getBody().replace("int_01JGZ8R2B6D9F3H5K7M1P4S8VC", integrationId)
                    .replace("SY01JGZ9A1C3E5G7J9L2N4Q6S8U0", runId));
            m.getAttributes().put("MessageGroupId", integrationId);
        }
        workerResponse = fx.worker(batch);
        runAfterWorker = fx.get("/api/integrations/bill_com/" + integrationId + "/sync-runs/" + runId + "/");

        plannerResult = fx.planner(EventLoader.loadScheduledEvent("../../events/planner-scheduled.json"));
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void theLedgerAccountSampleCreatesTheAccount() {
        assertThat(account.getStatusCode()).as(account.getBody()).isEqualTo(201);
        assertThat(json(account).path("number").asText()).isEqualTo("6450");
        assertThat(json(account).path("type").asText()).isEqualTo("expense");
    }

    @Test
    void theConnectSampleConnectsWithTheDefaultDevKey() {
        assertThat(connect.getStatusCode()).as(connect.getBody()).isEqualTo(201);
        assertThat(json(connect).path("status").asText()).isEqualTo("connected");
    }

    @Test
    void theValidateSampleRetestsTheCredentials() {
        assertThat(validate.getStatusCode()).as(validate.getBody()).isEqualTo(200);
        assertThat(validate.getBody()).contains("connected");
    }

    @Test
    void theMappingPutSampleCreatesTheLedgerVendorAndMapsIt() {
        assertThat(mappingPut.getStatusCode()).as(mappingPut.getBody()).isBetween(200, 201);
        assertThat(json(mappingPut).path("external_id").asText()).isEqualTo(mappedVendor);
        assertThat(json(mappingPut).path("mapping").path("ledger_id").asText()).isNotBlank();
    }

    @Test
    void theTriggerSyncSampleStartsAFullRun() {
        assertThat(trigger.getStatusCode()).as(trigger.getBody()).isEqualTo(202);
        assertThat(runId).isNotBlank();
    }

    @Test
    void theWorkerSampleRunsItsThreeStepsOfTheRunInOrder() {
        assertThat(workerResponse.getBatchItemFailures()).isEmpty();
        Map<String, String> status = new HashMap<>();
        runAfterWorker.path("steps").forEach(s -> status.put(s.path("step").asText(), s.path("status").asText()));
        assertThat(status).containsEntry("vendors", "completed").containsEntry("funding_accounts", "completed")
                .containsEntry("accounts", "completed").containsEntry("bills", "pending");
    }

    @Test
    void thePlannerSampleRunsOnePlannerPass() {
        assertThat(plannerResult).containsKeys("due", "launched", "failed");
        assertThat(plannerResult.get("failed")).isEqualTo(0);
    }

    @Test
    void theWorkerSampleIsAFifoBatchWithGroupDeduplicationIdAndSequenceNumber() {
        SQSEvent batch = EventLoader.loadSQSEvent("../../events/worker-sqs-fifo-batch.json");
        assertThat(batch.getRecords()).hasSize(3).allSatisfy(m -> {
            JsonNode body = parse(m.getBody());
            assertThat(m.getEventSourceArn()).endsWith(".fifo");
            assertThat(m.getAttributes()).containsKeys("SequenceNumber", "ApproximateReceiveCount")
                    .containsEntry("MessageGroupId", body.path("integration_id").asText())
                    .containsEntry("MessageDeduplicationId", body.path("run_id").asText() + ":"
                            + body.path("step").asText());
        });
        // SQS sequence numbers are up to 128 bits: compare them as big integers.
        List<java.math.BigInteger> sequence = batch.getRecords().stream()
                .map(m -> new java.math.BigInteger(m.getAttributes().get("SequenceNumber"))).toList();
        assertThat(sequence).isSorted();
    }

    @Test
    void thePlannerSampleIsAnEventBridgeScheduledEvent() {
        ScheduledEvent event = EventLoader.loadScheduledEvent("../../events/planner-scheduled.json");
        assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
        assertThat(event.getSource()).isEqualTo("aws.events");
        assertThat(event.getResources()).singleElement().asString().startsWith("arn:aws:events:");
    }

    private static APIGatewayV2HTTPEvent load(String name) {
        return EventLoader.loadApiGatewayHttpEvent("../../events/" + name);
    }

    private static void replaceInPath(APIGatewayV2HTTPEvent event, String sample, String actual) {
        event.setRawPath(event.getRawPath().replace(sample, actual));
        event.getRequestContext().getHttp().setPath(event.getRequestContext().getHttp().getPath().replace(sample,
                actual));
        if (event.getPathParameters() != null) {
            Map<String, String> params = new HashMap<>(event.getPathParameters());
            params.replaceAll((k, v) -> v.equals(sample) ? actual : v);
            event.setPathParameters(params);
        }
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) {
        return parse(response.getBody());
    }

    private static JsonNode parse(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }
}
