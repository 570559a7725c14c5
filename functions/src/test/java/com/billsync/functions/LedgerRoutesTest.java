package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Companies and GL accounts: create, list (paginated), get, update, deactivate, and the chart's rules. */
class LedgerRoutesTest {

    private static ApiFixture fixture;
    private Client api;
    private String company;
    private String accounts;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
    }

    @BeforeEach
    void newCompany() {
        api = fixture.as("tenant-" + UUID.randomUUID());
        Response created = api.post("/api/companies/", Bodies.company("Ledger Co"));
        company = created.text("id");
        accounts = "/api/companies/" + company + "/accounts/";
    }

    @Test
    void aCreatedCompanyIsListedAndReadBack() {
        Response created = api.post("/api/companies/", Bodies.company("Second Co"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().get("location")).isEqualTo("/api/companies/" + created.text("id") + "/");
        assertThat(created.text("base_currency")).isEqualTo("USD");
        assertThat(api.get("/api/companies/").body().path("items")).extracting(c -> c.path("id").asText())
                .containsExactlyInAnyOrder(company, created.text("id"));
        assertThat(api.get("/api/companies/" + created.text("id") + "/").text("name")).isEqualTo("Second Co");
    }

    @Test
    void accountsPageThroughWithTheCursor() {
        for (int i = 0; i < 5; i++) {
            api.post(accounts, Bodies.account("10" + i, "Account " + i, "expense"));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = api.get(accounts + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.body().path("items").forEach(a -> seen.add(a.path("id").asText()));
            cursor = page.text("next_cursor");
            pages++;
        } while (cursor != null);

        assertThat(seen).hasSize(5);
        assertThat(pages).isBetween(3, 4);
    }

    @Test
    void anAccountNumberIsUniqueWithinTheCompany() {
        String first = api.post(accounts, Bodies.account("1000", "Bank", "bank")).text("id");

        Response duplicate = api.post(accounts, Bodies.account("1000", "Other bank", "bank"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("account_number_taken");
        assertThat(duplicate.body().path("error").path("details").path("account_id").asText()).isEqualTo(first);
    }

    @Test
    void renumberingFreesTheOldNumber() {
        String id = api.post(accounts, Bodies.account("1000", "Bank", "bank")).text("id");

        Response renumbered = api.patch(accounts + id + "/", "{\"number\":\"1001\"}");

        assertThat(renumbered.text("number")).isEqualTo("1001");
        assertThat(renumbered.body().path("version").asLong()).isEqualTo(2);
        assertThat(api.post(accounts, Bodies.account("1000", "New bank", "bank")).status()).isEqualTo(201);
        assertThat(api.post(accounts, Bodies.account("1001", "Clash", "bank")).status()).isEqualTo(409);
    }

    @Test
    void updateChangesNameTypeAndParent() {
        String parent = api.post(accounts, Bodies.account("6000", "Expenses", "expense")).text("id");
        String id = api.post(accounts, Bodies.account("6100", "Travel", "other")).text("id");

        Response updated = api.patch(accounts + id + "/",
                "{\"name\":\"Travel and meals\",\"type\":\"expense\",\"parent_id\":\"" + parent + "\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("name")).isEqualTo("Travel and meals");
        assertThat(updated.text("type")).isEqualTo("expense");
        assertThat(updated.text("parent_id")).isEqualTo(parent);
        assertThat(api.get(accounts + id + "/").text("parent_id")).isEqualTo(parent);
    }

    @Test
    void aParentMustNotBeADescendant() {
        String parent = api.post(accounts, Bodies.account("6000", "Expenses", "expense")).text("id");
        String child = api.post(accounts, Bodies.object().put("number", "6100").put("name", "Travel")
                .put("type", "expense").put("parent_id", parent).toString()).text("id");

        Response cycle = api.patch(accounts + parent + "/", "{\"parent_id\":\"" + child + "\"}");

        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.body().path("error").path("details").path("fields").has("parent_id")).isTrue();
    }

    @Test
    void aParentMustExistInTheCompany() {
        Response response = api.post(accounts, Bodies.object().put("name", "Orphan").put("type", "expense")
                .put("parent_id", "acct_missing").toString());

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void deactivatingAParentWithActiveChildrenIsRefusedUntilTheChildrenAreInactive() {
        String parent = api.post(accounts, Bodies.account("6000", "Expenses", "expense")).text("id");
        String child = api.post(accounts, Bodies.object().put("number", "6100").put("name", "Travel")
                .put("type", "expense").put("parent_id", parent).toString()).text("id");

        Response refused = api.patch(accounts + parent + "/", "{\"active\":false}");
        assertThat(refused.errorCode()).isEqualTo("account_has_active_children");

        assertThat(api.patch(accounts + child + "/", "{\"active\":false}").text("active")).isEqualTo("false");
        Response deactivated = api.patch(accounts + parent + "/", "{\"active\":false}");
        assertThat(deactivated.body().path("active").asBoolean()).isFalse();
    }

    @Test
    void anEmptyPatchChangesNothing() {
        String id = api.post(accounts, Bodies.account("1000", "Bank", "bank")).text("id");

        Response response = api.patch(accounts + id + "/", "{}");

        assertThat(response.body().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void importedRecordListsAreEmptyBeforeAnySync() {
        for (String kind : new String[] {"vendors", "customers", "items", "bills", "vendor-payments",
                "vendor-credits", "dimensions/departments", "dimensions/jobs", "dimensions/locations",
                "dimensions/accounting-classes", "dimensions/employees"}) {
            Response list = api.get("/api/companies/" + company + "/" + kind + "/");
            assertThat(list.status()).as(kind).isEqualTo(200);
            assertThat(list.body().path("items")).as(kind).isEmpty();
            assertThat(list.body().path("next_cursor").isNull()).isTrue();
        }
    }

    @Test
    void anUnknownRecordIsNotFound() {
        assertThat(api.get("/api/companies/" + company + "/vendors/ven_missing/").status()).isEqualTo(404);
        assertThat(api.get(accounts + "acct_missing/").status()).isEqualTo(404);
    }
}
