package com.billsync.runs;

import com.billsync.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The SQS message of one step of a run. Body (JSON):
 * {@code {"integration_id","run_id","plan":"seed"|"full","step":"vendors","step_index":0,"step_count":5}};
 * message group = the integration id (a group's steps run strictly in order); deduplication id =
 * {@code <runId>:<step>} (a re-send of the same run's step within SQS's 5-minute window is dropped).
 */
public record SyncMessage(String integrationId, String runId, SyncPlan plan, SyncStep step, int stepIndex,
                          int stepCount) {

    public SyncMessage {
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(step, "step");
        if (stepIndex < 0 || stepIndex >= stepCount) {
            throw new IllegalArgumentException("step_index out of range");
        }
    }

    public String groupId() {
        return integrationId;
    }

    public String deduplicationId() {
        return runId + ":" + step.wire();
    }

    public String toJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("integration_id", integrationId);
        node.put("run_id", runId);
        node.put("plan", plan.wire());
        node.put("step", step.wire());
        node.put("step_index", stepIndex);
        node.put("step_count", stepCount);
        return node.toString();
    }

    /** Parses a message body; throws {@link IllegalArgumentException} naming what is wrong. */
    public static SyncMessage fromJson(String body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("sync message is not a JSON object");
            }
            return new SyncMessage(text(node, "integration_id"), text(node, "run_id"),
                    SyncPlan.fromWire(text(node, "plan"))
                            .orElseThrow(() -> new IllegalArgumentException("unknown plan")),
                    SyncStep.fromWire(text(node, "step"))
                            .orElseThrow(() -> new IllegalArgumentException("unknown step")),
                    integer(node, "step_index"), integer(node, "step_count"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("sync message is not JSON", e);
        }
    }

    /** One message per step of {@code run}'s plan, in order. */
    public static java.util.List<SyncMessage> forRun(SyncRun run) {
        java.util.List<SyncStep> steps = run.plan().steps();
        java.util.List<SyncMessage> messages = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            messages.add(new SyncMessage(run.integrationId(), run.runId(), run.plan(), steps.get(i), i,
                    steps.size()));
        }
        return messages;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("sync message lacks " + field);
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("sync message lacks " + field);
        }
        return value.asInt();
    }
}
