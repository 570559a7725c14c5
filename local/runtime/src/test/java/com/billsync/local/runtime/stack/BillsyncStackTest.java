package com.billsync.local.runtime.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.json.Json;
import com.billsync.simulator.OrgSize;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack as {@code ./billsync serve} runs it: the API over HTTP, the schedule, start failures, state. */
class BillsyncStackTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static BillsyncStack stack;

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void start() {
        stack = BillsyncStack.start(options(0, Optional.of(stateDir)));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void theApiAnswersOverHttpAndKeepsTenantsApart() throws Exception {
        HttpResponse<String> created = send(stack.apiBaseUrl(), "POST", "/api/companies/", "tenant-a",
                "{\"name\":\"Tenant A Ledger\",\"base_currency\":\"USD\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(companies(stack.apiBaseUrl(), "tenant-a")).extracting(c -> c.path("name").asText())
                .contains("Tenant A Ledger");
        assertThat(companies(stack.apiBaseUrl(), "tenant-b")).isEmpty();
    }

    @Test
    void theScheduleInvokesThePlannerFunction() {
        long before = stack.schedule().invocations();

        stack.schedule().fire();

        assertThat(stack.schedule().invocations()).isEqualTo(before + 1);
    }

    @Test
    void theQueueHasADeadLetterQueueAfterTheTemplatesReceiveCount() {
        var attributes = stack.aws().sqs().getQueueAttributes(b -> b.queueUrl(stack.queue().queueUrl())
                .attributeNamesWithStrings("RedrivePolicy", "VisibilityTimeout", "FifoQueue")).attributesAsStrings();

        assertThat(attributes.get("FifoQueue")).isEqualTo("true");
        assertThat(attributes.get("VisibilityTimeout")).isEqualTo(String.valueOf(
                StackSettings.QUEUE_VISIBILITY.toSeconds()));
        assertThat(attributes.get("RedrivePolicy")).contains("\"maxReceiveCount\":" + StackSettings.MAX_RECEIVE_COUNT)
                .contains(stack.queue().dlqUrl().substring(stack.queue().dlqUrl().lastIndexOf('/') + 1));
    }

    @Test
    void anUnreachableBillcomFailsTheStartWithOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI v3 = URI.create("http://127.0.0.1:" + closedPort + "/v3");
        StackOptions options = new StackOptions(0, Duration.ofMinutes(1), Optional.of(new StackOptions.BillcomUrls(v3,
                URI.create("http://127.0.0.1:" + closedPort + "/v2"))), Optional.empty(), 42, OrgSize.DEMO);

        assertThatThrownBy(() -> BillsyncStack.start(options))
                .isInstanceOf(BillsyncStack.StackStartException.class)
                .hasMessageStartingWith("cannot reach Bill.com v3 at " + v3)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aTakenPortFailsTheStartBeforeAnythingElseStarts() {
        int taken = stack.apiBaseUrl().getPort();

        assertThatThrownBy(() -> BillsyncStack.start(options(taken, Optional.empty())))
                .isInstanceOf(BillsyncStack.StackStartException.class)
                .hasMessage("port " + taken + " on 127.0.0.1 is already in use (pick another with --port)");
    }

    @Test
    void theStateDirectoryKeepsTheDataAcrossARestart(@TempDir Path otherState) throws Exception {
        try (BillsyncStack first = BillsyncStack.start(options(0, Optional.of(otherState)))) {
            assertThat(send(first.apiBaseUrl(), "POST", "/api/companies/", "tenant-r",
                    "{\"name\":\"Kept Ledger\",\"base_currency\":\"EUR\"}").statusCode()).isEqualTo(201);
        }
        try (BillsyncStack second = BillsyncStack.start(options(0, Optional.of(otherState)))) {
            assertThat(companies(second.apiBaseUrl(), "tenant-r")).extracting(c -> c.path("name").asText())
                    .containsExactly("Kept Ledger");
        }
    }

    private static StackOptions options(int port, Optional<Path> state) {
        return new StackOptions(port, Duration.ofHours(1), Optional.empty(), state, 42, OrgSize.DEMO);
    }

    private static Iterable<JsonNode> companies(URI base, String tenant) throws Exception {
        return Json.mapper().readTree(send(base, "GET", "/api/companies/", tenant, null).body()).path("items");
    }

    private static HttpResponse<String> send(URI base, String method, String path, String tenant, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("x-tenant-id", tenant);
        if (body != null) {
            request.header("content-type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
