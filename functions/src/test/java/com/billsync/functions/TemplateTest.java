package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.billsync.api.RouteTable;
import com.billsync.config.AppConfig;
import com.billsync.store.dynamodb.TableDefinition;
import com.billsync.store.dynamodb.TableLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;

/**
 * What cfn-lint cannot know about {@code template.yaml}: that it matches the code. Handler classes exist, every
 * environment variable the code reads is set, the table is the one the code creates, the queue and event source
 * keep the worker's guarantees, and every route of the router is a route of the HTTP API.
 */
class TemplateTest {

    private static final Path ROOT = Path.of("..");
    private static final JsonNode TEMPLATE = read(ROOT.resolve("template.yaml"));
    private static final JsonNode RESOURCES = TEMPLATE.path("Resources");

    @Test
    void everyFunctionsHandlerIsARequestHandlerOfThisModule() throws Exception {
        List<String> handlers = new ArrayList<>();
        for (JsonNode function : functions()) {
            String handler = function.path("Properties").path("Handler").asText();
            handlers.add(handler);
            String[] parts = handler.split("::");
            assertThat(parts).as(handler).hasSize(2);
            Class<?> type = Class.forName(parts[0]);
            assertThat(RequestHandler.class).as(handler).isAssignableFrom(type);
            assertThat(Stream.of(type.getMethods()).map(java.lang.reflect.Method::getName)).contains(parts[1]);
            assertThat(type.getConstructor()).as(handler + " needs a public no-arg constructor for Lambda").isNotNull();
        }
        assertThat(handlers).containsExactlyInAnyOrder("com.billsync.functions.ApiHandler::handleRequest",
                "com.billsync.functions.PlannerHandler::handleRequest",
                "com.billsync.functions.WorkerHandler::handleRequest");
    }

    @Test
    void everyEnvironmentVariableTheCodeReadsIsSet() throws Exception {
        Set<String> read = new TreeSet<>();
        for (Field field : AppConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                read.add((String) field.get(null));
            }
        }
        Set<String> set = new HashSet<>();
        TEMPLATE.path("Globals").path("Function").path("Environment").path("Variables").fieldNames()
                .forEachRemaining(set::add);
        assertThat(set).containsAll(read);
        assertThat(otherEnvironmentReads()).as("only AppConfig reads the environment").isEmpty();
    }

    @Test
    void theCodeUriIsTheShadedJarThisModuleBuilds() throws IOException {
        String codeUri = TEMPLATE.path("Globals").path("Function").path("CodeUri").asText();
        assertThat(codeUri).isEqualTo("functions/target/billsync-functions.jar");
        assertThat(Files.readString(ROOT.resolve("functions/pom.xml")))
                .contains("<outputFile>${project.build.directory}/billsync-functions.jar</outputFile>");
        assertThat(TEMPLATE.path("Globals").path("Function").path("Runtime").asText()).isEqualTo("java21");
    }

    @Test
    void theTableHasTheKeysAndIndexesTheCodeUses() {
        JsonNode table = resource("AWS::DynamoDB::Table");
        CreateTableRequest code = TableDefinition.createRequest("any");
        JsonNode p = table.path("Properties");
        assertThat(names(p.path("AttributeDefinitions"), "AttributeName")).containsExactlyInAnyOrderElementsOf(
                code.attributeDefinitions().stream().map(a -> a.attributeName()).toList());
        assertThat(keys(p.path("KeySchema"))).isEqualTo(List.of(TableLayout.PK + " HASH", TableLayout.SK + " RANGE"));
        assertThat(names(p.path("GlobalSecondaryIndexes"), "IndexName")).containsExactlyInAnyOrderElementsOf(
                code.globalSecondaryIndexes().stream().map(GlobalSecondaryIndex::indexName).toList());
        for (GlobalSecondaryIndex index : code.globalSecondaryIndexes()) {
            JsonNode declared = find(p.path("GlobalSecondaryIndexes"), "IndexName", index.indexName());
            assertThat(keys(declared.path("KeySchema"))).as(index.indexName()).isEqualTo(index.keySchema().stream()
                    .map(k -> k.attributeName() + " " + k.keyTypeAsString()).toList());
            assertThat(declared.path("Projection").path("ProjectionType").asText()).as(index.indexName())
                    .isEqualTo(index.projection().projectionTypeAsString());
        }
        assertThat(p.path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(p.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean()).isTrue();
        assertThat(p.path("SSESpecification").path("SSEEnabled").asBoolean()).isTrue();
        assertThat(p.path("TimeToLiveSpecification").path("AttributeName").asText()).isEqualTo(TableLayout.EXPIRES_AT);
        assertThat(table.path("DeletionPolicy").asText()).isEqualTo("Retain");
    }

    @Test
    void theSyncQueueIsFifoWithAFifoDeadLetterQueueAndAVisibilityOfSixWorkerTimeouts() {
        JsonNode queue = RESOURCES.path("SyncQueue").path("Properties");
        JsonNode dlq = RESOURCES.path("SyncDeadLetterQueue").path("Properties");
        JsonNode worker = RESOURCES.path("WorkerFunction").path("Properties");
        assertThat(queue.path("FifoQueue").asBoolean()).isTrue();
        assertThat(dlq.path("FifoQueue").asBoolean()).isTrue();
        assertThat(queue.path("VisibilityTimeout").asInt()).isGreaterThanOrEqualTo(6 * worker.path("Timeout").asInt());
        assertThat(queue.path("RedrivePolicy").path("deadLetterTargetArn").toString()).contains("SyncDeadLetterQueue");
        assertThat(queue.path("RedrivePolicy").path("maxReceiveCount").asInt()).isBetween(3, 20);
        assertThat(dlq.path("MessageRetentionPeriod").asInt())
                .isGreaterThanOrEqualTo(queue.path("MessageRetentionPeriod").asInt());
        JsonNode alarm = resourceWith("AWS::CloudWatch::Alarm", "SyncDeadLetterQueue");
        assertThat(alarm.path("Properties").path("MetricName").asText()).isEqualTo("ApproximateNumberOfMessagesVisible");
    }

    @Test
    void theWorkerReportsBatchItemFailuresWithBoundedConcurrencyAndNoFunctionDeadLetterQueue() {
        JsonNode worker = RESOURCES.path("WorkerFunction").path("Properties");
        JsonNode sqs = onlyEvent(worker, "SQS").path("Properties");
        assertThat(sqs.path("Queue").toString()).contains("SyncQueue");
        assertThat(sqs.path("FunctionResponseTypes").toString()).contains("ReportBatchItemFailures");
        assertThat(sqs.path("BatchSize").asInt()).isBetween(1, 10);
        assertThat(sqs.path("ScalingConfig").has("MaximumConcurrency")).isTrue();
        assertThat(worker.has("DeadLetterQueue")).isFalse();
        assertThat(worker.path("Timeout").asInt()).isEqualTo(900);
    }

    @Test
    void thePlannerRunsOnASchedule() {
        JsonNode planner = RESOURCES.path("PlannerFunction").path("Properties");
        assertThat(onlyEvent(planner, "Schedule").path("Properties").path("Schedule").toString()).contains("SyncSchedule");
    }

    @Test
    void everyRouteOfTheRouterIsARouteOfTheHttpApiBehindTheJwtAuthorizer() {
        Set<String> declared = new TreeSet<>();
        RESOURCES.path("ApiFunction").path("Properties").path("Events").forEach(e -> {
            assertThat(e.path("Type").asText()).isEqualTo("HttpApi");
            declared.add(e.path("Properties").path("Method").asText() + " " + e.path("Properties").path("Path").asText());
        });
        Set<String> routes = new TreeSet<>();
        RouteTable.signatures().forEach(s -> routes.add(s.endsWith("/") ? s.substring(0, s.length() - 1) : s));
        assertThat(declared).isEqualTo(routes);
        JsonNode auth = RESOURCES.path("HttpApi").path("Properties").path("Auth");
        assertThat(auth.path("DefaultAuthorizer").asText()).isEqualTo("JwtAuthorizer");
        assertThat(auth.path("Authorizers").path("JwtAuthorizer").has("JwtConfiguration")).isTrue();
    }

    @Test
    void secretsArePermittedUnderThePrefixOnly() {
        for (JsonNode function : functions()) {
            function.path("Properties").path("Policies").forEach(policy -> policy.path("Statement").forEach(st -> {
                if (st.path("Action").toString().contains("secretsmanager:")) {
                    assertThat(st.path("Resource").toString()).contains(":secret:${SecretPrefix}*")
                            .doesNotContain("\"*\"");
                }
            }));
        }
    }

    @Test
    void everyFunctionLogsToAGroupWithRetentionAndStartsFromASnapshot() {
        for (JsonNode function : functions()) {
            String group = function.path("Properties").path("LoggingConfig").path("LogGroup").asText();
            assertThat(RESOURCES.path(group).path("Type").asText()).isEqualTo("AWS::Logs::LogGroup");
            assertThat(RESOURCES.path(group).path("Properties").has("RetentionInDays")).isTrue();
        }
        JsonNode globals = TEMPLATE.path("Globals").path("Function");
        assertThat(globals.path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(globals.path("AutoPublishAlias").asText()).isNotBlank();
    }

    @Test
    void theOutputsNameTheApiTheQueuesAndTheTable() {
        assertThat(TEMPLATE.path("Outputs").fieldNames()).toIterable()
                .contains("ApiUrl", "SyncQueueUrl", "SyncDeadLetterQueueUrl", "TableName");
    }

    // ---- reading the template ---------------------------------------------------------------------------------

    private static JsonNode read(Path path) {
        try {
            // CloudFormation's short tags (!Ref, !Sub, ...) read as their plain scalar or list.
            return new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static List<JsonNode> functions() {
        List<JsonNode> functions = new ArrayList<>();
        RESOURCES.forEach(r -> {
            if (r.path("Type").asText().equals("AWS::Serverless::Function")) {
                functions.add(r);
            }
        });
        return functions;
    }

    private static JsonNode resource(String type) {
        List<JsonNode> found = new ArrayList<>();
        RESOURCES.forEach(r -> {
            if (r.path("Type").asText().equals(type)) {
                found.add(r);
            }
        });
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private static JsonNode resourceWith(String type, String mention) {
        for (JsonNode r : RESOURCES) {
            if (r.path("Type").asText().equals(type) && r.toString().contains(mention)) {
                return r;
            }
        }
        throw new AssertionError("no " + type + " mentions " + mention);
    }

    private static JsonNode onlyEvent(JsonNode function, String type) {
        List<JsonNode> events = new ArrayList<>();
        function.path("Events").forEach(events::add);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("Type").asText()).isEqualTo(type);
        return events.get(0);
    }

    private static List<String> names(JsonNode list, String field) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.path(field).asText()));
        return names;
    }

    private static List<String> keys(JsonNode keySchema) {
        List<String> keys = new ArrayList<>();
        keySchema.forEach(k -> keys.add(k.path("AttributeName").asText() + " " + k.path("KeyType").asText()));
        return keys;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }

    /** Environment reads outside AppConfig in the code the functions run (shared and functions main sources). */
    private static Map<Path, String> otherEnvironmentReads() throws IOException {
        Pattern getenv = Pattern.compile("System\\.getenv\\s*\\(");
        Map<Path, String> found = new java.util.TreeMap<>();
        for (Path dir : List.of(ROOT.resolve("shared/src/main/java"), ROOT.resolve("functions/src/main/java"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (file.endsWith("AppConfig.java")) {
                        continue;
                    }
                    Matcher m = getenv.matcher(Files.readString(file));
                    if (m.find()) {
                        found.put(file, m.group());
                    }
                }
            }
        }
        return found;
    }
}
