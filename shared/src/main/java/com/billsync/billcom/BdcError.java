package com.billsync.billcom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Bill.com error read from a response body. v3 sends a JSON array
 * {@code [{"code":"BDC_1109","message":"…",…}]}; v2 sends its envelope with {@code response_status 1} and
 * {@code response_data {"error_code","error_message"}}. Single objects are accepted too, to be tolerant.
 */
record BdcError(String code, String message) {

    private static final Pattern CODE = Pattern.compile("BDC_\\d+");

    /** The error a v3 body carries, if it is an error body at all. */
    static Optional<BdcError> fromV3(JsonNode body) {
        if (body == null) {
            return Optional.empty();
        }
        if (body.isArray()) {
            // A bulk success is also an array, of records: only an array whose first element is a BDC error is one.
            return body.isEmpty() ? Optional.empty() : fromObject(body.get(0), "code", "message");
        }
        if (body.isObject()) {
            if (body.has("response_status")) {
                return fromV2(body);
            }
            JsonNode nested = body.get("errors");
            if (nested != null && nested.isArray()) {
                return fromV3(nested);
            }
            return fromObject(body, "code", "message");
        }
        return Optional.empty();
    }

    /** The error a v2 envelope carries, if its {@code response_status} says error. */
    static Optional<BdcError> fromV2(JsonNode envelope) {
        if (envelope == null || envelope.path("response_status").asInt(0) != 1) {
            return Optional.empty();
        }
        JsonNode data = envelope.path("response_data");
        if (data.isArray() && !data.isEmpty()) {
            data = data.get(0);
        }
        return fromObject(data, "error_code", "error_message")
                .or(() -> Optional.of(new BdcError(null, envelope.path("response_message").asText("Error"))));
    }

    private static Optional<BdcError> fromObject(JsonNode node, String codeField, String messageField) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        String code = node.path(codeField).asText("");
        if (!CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        JsonNode message = node.get(messageField);
        return Optional.of(new BdcError(code, message == null || message.isNull() ? null : message.asText()));
    }
}
