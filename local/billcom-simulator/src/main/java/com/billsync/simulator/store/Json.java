package com.billsync.simulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The simulator's one JSON configuration. */
public final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Money and quantities stay exact: BigDecimal in, BigDecimal out, trailing zeros kept. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static com.fasterxml.jackson.databind.node.ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A money amount with two decimals, as Bill.com prints it. */
    public static JsonNode money(long cents) {
        return NODES.numberNode(BigDecimal.valueOf(cents, 2));
    }

    public static JsonNode money(BigDecimal amount) {
        return NODES.numberNode(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Text of a field, or null when absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** Cents of a numeric field; 0 when absent or not numeric. */
    public static long cents(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isNumber()) {
            return 0L;
        }
        return value.decimalValue().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
