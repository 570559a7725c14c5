package com.billsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void fieldOrderDoesNotChangeTheHash() throws Exception {
        assertThat(ContentHash.of(json("{\"a\":1,\"b\":{\"x\":\"y\",\"z\":[1,2]}}")))
                .isEqualTo(ContentHash.of(json("{\"b\":{\"z\":[1,2],\"x\":\"y\"},\"a\":1}")));
    }

    @Test
    void theSameAmountWrittenDifferentlyHashesTheSame() throws Exception {
        assertThat(ContentHash.of(json("{\"amount\":12.50}"))).isEqualTo(ContentHash.of(json("{\"amount\":12.5}")));
    }

    @Test
    void anyChangedValueChangesTheHash() throws Exception {
        assertThat(ContentHash.of(json("{\"amount\":12.5,\"lines\":[1,2]}")))
                .isNotEqualTo(ContentHash.of(json("{\"amount\":12.5,\"lines\":[2,1]}")));
    }

    @Test
    void ignoredTopLevelFieldsLeaveTheHashAlone() throws Exception {
        assertThat(ContentHash.of(json("{\"name\":\"A\",\"updatedTime\":\"2025-01-01T00:00:00Z\"}"),
                Set.of("updatedTime")))
                .isEqualTo(ContentHash.of(json("{\"name\":\"A\",\"updatedTime\":\"2026-02-02T00:00:00Z\"}"),
                        Set.of("updatedTime")));
    }
}
