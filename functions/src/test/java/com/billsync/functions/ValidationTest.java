package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Bad input gets a clear 4xx in SPEC's error shape, and changes nothing. */
class ValidationTest {

    private static final String TENANT = "tenant-" + UUID.randomUUID();
    private static ApiFixture fixture;
    private static Client api;
    private static String companyId;
    private static String accountId;
    private static String integrationId;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
        api = fixture.as(TENANT);
        companyId = api.post("/api/companies/", Bodies.company("Validation Co")).text("id");
        accountId = api.post("/api/companies/" + companyId + "/accounts/", Bodies.account("1000", "Bank", "bank"))
                .text("id");
        integrationId = api.post("/api/integrations/bill_com/",
                Bodies.connect(companyId, ApiFixture.organization()).toString()).text("id");
        fixture.drainQueue();
    }

    static Stream<Arguments> badRequests() {
        String connect = "/api/integrations/bill_com/";
        String valid = "{\"company_id\":\"cmp_x\",\"username\":\"u@example.com\",\"password\":\"p\","
                + "\"organization_id\":\"00801ABC\",\"dev_key\":\"d\"";
        return Stream.of(
                Arguments.of("missing fields", "POST", connect, "{}", 400, "validation_failed",
                        List.of("company_id", "username", "password", "organization_id")),
                Arguments.of("unknown field", "POST", connect, valid + ",\"colour\":\"red\"}", 400,
                        "validation_failed", List.of("colour")),
                Arguments.of("wrong type", "POST", connect, valid + ",\"auto_sync\":\"yes\"}", 400,
                        "validation_failed", List.of("auto_sync")),
                Arguments.of("impossible date", "POST", connect, valid + ",\"cutoff_date\":\"2025-13-01\"}", 400,
                        "validation_failed", List.of("cutoff_date")),
                Arguments.of("date in another format", "POST", connect, valid + ",\"cutoff_date\":\"01/02/2025\"}",
                        400, "validation_failed", List.of("cutoff_date")),
                Arguments.of("organization id not 008", "POST", connect,
                        valid.replace("00801ABC", "00901ABC") + "}", 400, "validation_failed",
                        List.of("organization_id")),
                Arguments.of("unknown coa mode", "POST", connect, valid + ",\"coa_alignment\":\"sometimes\"}", 400,
                        "validation_failed", List.of("coa_alignment")),
                Arguments.of("malformed JSON", "POST", connect, "{\"company_id\": ", 400, "malformed_json", List.of()),
                Arguments.of("duplicate key", "POST", connect, "{\"name\":\"a\",\"name\":\"b\"}", 400,
                        "malformed_json", List.of()),
                Arguments.of("body not an object", "POST", "/api/companies/", "[1,2]", 400, "validation_failed",
                        List.of()),
                Arguments.of("empty body", "POST", "/api/companies/", "", 400, "validation_failed", List.of()),
                Arguments.of("unknown currency", "POST", "/api/companies/",
                        "{\"name\":\"X\",\"base_currency\":\"XYZ\"}", 400, "validation_failed",
                        List.of("base_currency")),
                Arguments.of("name of the wrong type", "POST", "/api/companies/",
                        "{\"name\":42,\"base_currency\":\"USD\"}", 400, "validation_failed", List.of("name")),
                Arguments.of("unknown route", "GET", "/api/nothing-here/", null, 404, "not_found", List.of()),
                Arguments.of("unknown nested route", "GET", "/api/companies/c/ledgers/", null, 404, "not_found",
                        List.of()),
                Arguments.of("wrong method", "DELETE", "/api/companies/", null, 405, "method_not_allowed", List.of()),
                Arguments.of("unknown query parameter", "GET", "/api/companies/?colour=red", null, 400,
                        "validation_failed", List.of("colour")),
                Arguments.of("limit out of range", "GET", "/api/companies/?limit=500", null, 400,
                        "validation_failed", List.of("limit")),
                Arguments.of("garbage cursor", "GET", "/api/companies/?cursor=bm90LWEtY3Vyc29y", null, 400,
                        "invalid_cursor", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestsGetAClearError(String name, String method, String path, String body, int status, String code,
                                   List<String> named) {
        Response response = api.send(method, path, body, Map.of());

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.body().path("error").path("message").asText()).isNotBlank();
        assertThat(response.body().path("error").has("details")).isTrue();
        named.forEach(field -> assertThat(response.body().path("error").toString()).contains(field));
    }

    @Test
    void wrongMethodNamesTheAllowedOnes() {
        Response response = api.send("DELETE", "/api/companies/", null, Map.of());

        assertThat(response.headers().get("allow")).isEqualTo("POST, GET");
    }

    @Test
    void trailingSlashIsOptional() {
        assertThat(api.get("/api/companies/" + companyId).status()).isEqualTo(200);
        assertThat(api.get("/api/companies/" + companyId + "/").status()).isEqualTo(200);
    }

    @Test
    void oversizedBodyIsRefused() {
        String big = "{\"name\":\"" + "x".repeat(70_000) + "\",\"base_currency\":\"USD\"}";

        Response response = api.post("/api/companies/", big);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("payload_too_large");
    }

    @Test
    void nonJsonContentTypeIsRefused() {
        Response response = api.send("POST", "/api/companies/", Bodies.company("X"),
                Map.of("content-type", "text/plain"));

        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void aCursorOfAnotherListIsInvalid() {
        api.post("/api/companies/" + companyId + "/accounts/", Bodies.account("1001", "Bank 2", "bank"));
        String cursor = api.get("/api/companies/" + companyId + "/accounts/?limit=1").text("next_cursor");
        assertThat(cursor).isNotNull();

        Response response = api.get("/api/companies/?cursor=" + cursor);

        assertThat(response.errorCode()).isEqualTo("invalid_cursor");
    }

    @Test
    void mappingBodyNeedsExactlyOneOfLedgerIdAndCreate() {
        String path = "/api/integrations/bill_com/" + integrationId + "/mappings/vendors/00901X/";

        assertThat(api.put(path, "{}").errorCode()).isEqualTo("validation_failed");
        assertThat(api.put(path, "{\"create\":false}").errorCode()).isEqualTo("validation_failed");
        assertThat(api.put(path, "{\"create\":true,\"ledger_id\":\"ven_1\"}").errorCode())
                .isEqualTo("validation_failed");
    }

    @Test
    void unknownMappingKindIsNotFound() {
        Response response = api.get("/api/integrations/bill_com/" + integrationId + "/mappings/invoices/");

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void accountTypeOutsideTheLedgersTypesIsRejected() {
        Response response = api.post("/api/companies/" + companyId + "/accounts/",
                Bodies.account("7000", "Odd", "suspense"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("error").path("details").path("fields").path("type").asText())
                .contains("bank", "credit_card", "cost_of_goods_sold");
    }

    @Test
    void malformedIfMatchIsRejected() {
        Response response = api.send("PATCH", "/api/companies/" + companyId + "/accounts/" + accountId + "/",
                "{\"name\":\"Renamed\"}", Map.of("if-match", "yesterday"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(api.get("/api/companies/" + companyId + "/accounts/" + accountId + "/").text("name"))
                .isEqualTo("Bank");
    }

    @Test
    void rejectedRequestsWriteNothing() {
        long before = itemCount();
        badRequests().forEach(args -> {
            Object[] a = args.get();
            api.send((String) a[1], (String) a[2], (String) a[3], Map.of());
        });

        assertThat(itemCount()).isEqualTo(before);
    }

    private static long itemCount() {
        return fixture.aws.dynamoDb().scanPaginator(b -> b.tableName(fixture.tableName)).items().stream()
                .filter(item -> !item.getOrDefault("entity", AttributeValue.fromS("")).s().equals("error"))
                .count();
    }
}
