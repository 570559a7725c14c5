package com.billsync.local.runtime.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The local stack runs with the settings the deployed one gets from template.yaml. */
class StackMirrorsTemplateTest {

    private static final JsonNode RESOURCES = read().path("Resources");

    @Test
    void theWorkerAndItsEventSourceHaveTheTemplatesTimeoutBatchSizeAndRedrive() {
        JsonNode worker = RESOURCES.path("WorkerFunction").path("Properties");
        assertThat(worker.path("Timeout").asLong()).isEqualTo(StackSettings.WORKER_TIMEOUT.toSeconds());
        assertThat(worker.path("Events").path("SyncSteps").path("Properties").path("BatchSize").asInt())
                .isEqualTo(StackSettings.WORKER_BATCH_SIZE);
        JsonNode queue = RESOURCES.path("SyncQueue").path("Properties");
        assertThat(queue.path("VisibilityTimeout").asLong()).isEqualTo(StackSettings.QUEUE_VISIBILITY.toSeconds());
        assertThat(queue.path("RedrivePolicy").path("maxReceiveCount").asInt())
                .isEqualTo(StackSettings.MAX_RECEIVE_COUNT);
    }

    @Test
    void theApiAndPlannerHaveTheTemplatesTimeouts() {
        JsonNode globals = read().path("Globals").path("Function");
        assertThat(globals.path("Timeout").asLong()).isEqualTo(StackSettings.API_TIMEOUT.toSeconds());
        assertThat(RESOURCES.path("PlannerFunction").path("Properties").path("Timeout").asLong())
                .isEqualTo(StackSettings.PLANNER_TIMEOUT.toSeconds());
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("../../template.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
