package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.api.RouteTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code openapi.yaml} (in this module's resources) and the router's route table describe the same API. */
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static JsonNode doc;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi.yaml")) {
            assertThat(in).as("openapi.yaml on the classpath").isNotNull();
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static List<String> documented() {
        List<String> signatures = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                signatures.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return signatures;
    }

    @Test
    void everyRouteIsDocumented() {
        assertThat(documented()).containsAll(RouteTable.signatures());
    }

    @Test
    void everyDocumentedOperationIsARoute() {
        assertThat(RouteTable.signatures()).containsAll(documented());
    }

    @Test
    void operationIdsAreUnique() {
        List<String> ids = new ArrayList<>();
        doc.path("paths").forEach(path -> path.properties().forEach(op -> ids.add(op.getValue().path("operationId")
                .asText())));
        assertThat(ids).doesNotHaveDuplicates().doesNotContain("");
    }

    @Test
    void everyPathParameterIsDeclared() {
        doc.path("paths").properties().forEach(path -> {
            Matcher m = Pattern.compile("\\{([a-z_]+)}").matcher(path.getKey());
            Set<String> inPath = new HashSet<>();
            while (m.find()) {
                inPath.add(m.group(1));
            }
            path.getValue().properties().forEach(op -> {
                Set<String> declared = new HashSet<>();
                op.getValue().path("parameters").forEach(p -> {
                    JsonNode param = resolve(p);
                    if ("path".equals(param.path("in").asText())) {
                        declared.add(param.path("name").asText());
                    }
                });
                assertThat(declared).as(op.getKey() + " " + path.getKey()).isEqualTo(inPath);
            });
        });
    }

    @Test
    void everyReferenceResolves() {
        Matcher m = Pattern.compile("\"\\$ref\":\"([^\"]+)\"").matcher(doc.toString());
        while (m.find()) {
            assertThat(refNode(m.group(1)).isMissingNode()).as(m.group(1)).isFalse();
        }
    }

    @Test
    void everyOperationDocumentsSuccessAndUnauthorized() {
        doc.path("paths").forEach(path -> path.properties().forEach(op -> {
            JsonNode responses = op.getValue().path("responses");
            List<String> codes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(codes::add);
            assertThat(codes).as(op.getValue().path("operationId").asText())
                    .contains("401").anyMatch(c -> c.startsWith("2"));
        }));
    }

    private static JsonNode refNode(String ref) {
        return doc.at(ref.substring(1));
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? refNode(node.get("$ref").asText()) : node;
    }
}
