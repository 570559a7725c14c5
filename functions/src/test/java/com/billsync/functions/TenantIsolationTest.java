package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.api.RouteTable;
import com.billsync.functions.ApiFixture.BillcomOrg;
import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Another tenant gets 404 on every route that names tenant A's resources, and changes nothing of A's. */
class TenantIsolationTest {

    private static ApiFixture fixture;
    private static Client owner;
    private static Client intruder;
    private static Map<String, String> ids;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
        owner = fixture.as("tenant-a-" + UUID.randomUUID());
        intruder = fixture.as("tenant-b-" + UUID.randomUUID());
        BillcomOrg org = ApiFixture.organization();
        String company = owner.post("/api/companies/", Bodies.company("Tenant A Co")).text("id");
        String account = owner.post("/api/companies/" + company + "/accounts/",
                Bodies.account("1000", "Bank", "bank")).text("id");
        Response connected = owner.post("/api/integrations/bill_com/", Bodies.connect(company, org).toString());
        String integration = connected.text("id");
        String seed = connected.text("seed_run_id");
        fixture.completeSeed(integration, seed, org.org());
        fixture.drainQueue();
        String base = "/api/integrations/bill_com/" + integration + "/";
        String vendorBcid = owner.get(base + "mappings/vendors/").body().path("items").get(0).path("external_id")
                .asText();
        String vendor = owner.put(base + "mappings/vendors/" + vendorBcid + "/", "{\"create\":true}").body()
                .path("mapping").path("ledger_id").asText();
        ids = Map.of("company_id", company, "account_id", account, "integration_id", integration,
                "run_id", seed, "kind", "vendors", "external_id", vendorBcid, "record_id", vendor);
    }

    static Stream<String> routesNamingAResource() {
        return RouteTable.signatures().stream().filter(s -> s.contains("{company_id}") || s.contains("{integration_id}"));
    }

    static Stream<String> allRoutes() {
        return RouteTable.signatures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routesNamingAResource")
    void anotherTenantGetsNotFound(String signature) {
        Response response = call(intruder, signature);

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("not_found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRoutes")
    void aRequestWithoutTenantClaimIsUnauthorized(String signature) {
        Response response = call(fixture.anonymous(), signature);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void anotherTenantCannotConnectToTheCompany() {
        Response response = intruder.post("/api/integrations/bill_com/",
                Bodies.connect(ids.get("company_id"), ApiFixture.organization()).toString());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void anotherTenantsListsShowNothingOfTheOwners() {
        assertThat(intruder.get("/api/companies/").body().path("items")).isEmpty();
        assertThat(intruder.get("/api/integrations/bill_com/").body().path("items")).isEmpty();
        assertThat(intruder.get("/api/integrations/bill_com/?company_id=" + ids.get("company_id")).status())
                .isEqualTo(404);
    }

    @Test
    void theIntrudersWritesChangedNothing() {
        allRoutes().forEach(signature -> call(intruder, signature));

        String base = "/api/integrations/bill_com/" + ids.get("integration_id") + "/";
        Response integration = owner.get(base);
        assertThat(integration.text("status")).isEqualTo("connected");
        assertThat(integration.text("display_name")).isEqualTo("Main Bill.com org");
        assertThat(owner.get(base + "mappings/vendors/").body().path("items").get(0).path("mapping")
                .path("ledger_id").asText()).isEqualTo(ids.get("record_id"));
        assertThat(owner.get("/api/companies/" + ids.get("company_id") + "/accounts/" + ids.get("account_id") + "/")
                .text("name")).isEqualTo("Bank");
        assertThat(owner.get("/api/companies/" + ids.get("company_id") + "/accounts/").body().path("items"))
                .hasSize(1);
        assertThat(owner.get(base + "sync-runs/").body().path("items")).hasSize(1);
    }

    /** Calls the route with the owner's ids and a body that would be valid for it. */
    private static Response call(Client client, String signature) {
        String method = signature.substring(0, signature.indexOf(' '));
        String path = signature.substring(signature.indexOf(' ') + 1);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        String body = switch (method) {
            case "POST" -> path.endsWith("/accounts/") ? Bodies.account("2000", "Intruder", "expense")
                    : path.equals("/api/companies/") ? Bodies.company("Intruder Co") : null;
            case "PATCH" -> path.contains("/accounts/") ? "{\"name\":\"Hijacked\"}" : "{\"display_name\":\"Hijacked\"}";
            case "PUT" -> "{\"create\":true}";
            default -> null;
        };
        if (path.equals("/api/integrations/bill_com/") && method.equals("POST")) {
            body = Bodies.connect(ids.get("company_id"), ApiFixture.organization()).toString();
        }
        return client.send(method, path, body, Map.of());
    }
}
