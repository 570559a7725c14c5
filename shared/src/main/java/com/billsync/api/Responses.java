package com.billsync.api;

import com.billsync.domain.ErrorCode;
import com.billsync.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Response helpers: JSON bodies and the SPEC's error shape. */
final class Responses {

    private Responses() {
    }

    static ApiResponse ok(ObjectNode body) {
        return ApiResponse.json(200, body.toString());
    }

    static ApiResponse created(ObjectNode body, String location) {
        return ApiResponse.json(201, body.toString()).withHeader("location", location);
    }

    static ApiResponse accepted(ObjectNode body) {
        return ApiResponse.json(202, body.toString());
    }

    /** {@code {"error": {"code", "message", "details"}}}. */
    static ApiResponse error(ErrorCode code, String message, Map<String, Object> details) {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code.wire());
        error.put("message", message);
        error.set("details", Json.mapper().valueToTree(details));
        return ApiResponse.json(ErrorStatus.of(code), root.toString());
    }
}
