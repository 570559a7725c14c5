package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.BillcomOrg;
import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mapping mirrored Bill.com rows to ledger records. */
class MappingRoutesTest {

    private static ApiFixture fixture;
    private Client api;
    private String company;
    private String base;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
    }

    @BeforeEach
    void seededIntegration() {
        api = fixture.as("tenant-" + UUID.randomUUID());
        BillcomOrg org = ApiFixture.organization();
        company = api.post("/api/companies/", Bodies.company("Mapping Co")).text("id");
        Response connected = api.post("/api/integrations/bill_com/", Bodies.connect(company, org).toString());
        base = "/api/integrations/bill_com/" + connected.text("id") + "/mappings/";
        fixture.completeSeed(connected.text("id"), connected.text("seed_run_id"), org.org());
        fixture.drainQueue();
    }

    private JsonNode rows(String kind) {
        return api.get(base + kind + "/?limit=100").body().path("items");
    }

    private String ledgerAccount(String number, String type) {
        return api.post("/api/companies/" + company + "/accounts/", Bodies.account(number, "Acct " + number, type))
                .text("id");
    }

    @Test
    void fundingAccountsMapOnlyToBankOrCreditCardAccounts() {
        String bac = rows("funding-accounts").get(0).path("external_id").asText();
        String expense = ledgerAccount("6000", "expense");
        String bank = ledgerAccount("1000", "bank");

        Response refused = api.put(base + "funding-accounts/" + bac + "/", "{\"ledger_id\":\"" + expense + "\"}");
        Response mapped = api.put(base + "funding-accounts/" + bac + "/", "{\"ledger_id\":\"" + bank + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(mapped.status()).isEqualTo(200);
        assertThat(mapped.body().path("mapping").path("ledger_id").asText()).isEqualTo(bank);
    }

    @Test
    void mappingToARecordOfAnotherKindOrNoRecordIsNotFound() {
        String vendor = rows("vendors").get(0).path("external_id").asText();
        String account = ledgerAccount("1000", "bank");

        assertThat(api.put(base + "vendors/" + vendor + "/", "{\"ledger_id\":\"" + account + "\"}").status())
                .isEqualTo(404);
        assertThat(api.put(base + "vendors/" + vendor + "/", "{\"ledger_id\":\"ven_missing\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aRowMissingFromTheMirrorCannotBeMapped() {
        Response response = api.put(base + "vendors/00900000000000000000/", "{\"create\":true}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().path("error").path("message").asText()).contains("Run a sync");
    }

    @Test
    void repeatingAMappingIsANoOp() {
        String vendor = rows("vendors").get(0).path("external_id").asText();
        Response created = api.put(base + "vendors/" + vendor + "/", "{\"create\":true}");
        String ledgerId = created.body().path("mapping").path("ledger_id").asText();

        Response again = api.put(base + "vendors/" + vendor + "/", "{\"create\":true}");
        Response same = api.put(base + "vendors/" + vendor + "/", "{\"ledger_id\":\"" + ledgerId + "\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("created").asBoolean()).isFalse();
        assertThat(same.body().path("mapping").path("ledger_id").asText()).isEqualTo(ledgerId);
        assertThat(api.get("/api/companies/" + company + "/vendors/").body().path("items")).hasSize(1);
    }

    @Test
    void unmapThenCreateReusesTheLedgerRecordCreatedBefore() {
        String vendor = rows("vendors").get(0).path("external_id").asText();
        String ledgerId = api.put(base + "vendors/" + vendor + "/", "{\"create\":true}").body().path("mapping")
                .path("ledger_id").asText();

        assertThat(api.delete(base + "vendors/" + vendor + "/").status()).isEqualTo(204);
        assertThat(rows("vendors").get(0).path("mapping").isNull()).isTrue();
        Response recreated = api.put(base + "vendors/" + vendor + "/", "{\"create\":true}");

        assertThat(recreated.body().path("mapping").path("ledger_id").asText()).isEqualTo(ledgerId);
        assertThat(api.get("/api/companies/" + company + "/vendors/").body().path("items")).hasSize(1);
        assertThat(api.delete(base + "vendors/" + vendor + "/").status()).isEqualTo(204);
        assertThat(api.delete(base + "vendors/" + vendor + "/").status()).isEqualTo(204);
    }

    @Test
    void creatingAnAccountFromBillcomKeepsItsNumberTypeAndName() {
        JsonNode row = rows("accounts").get(0);

        Response created = api.put(base + "accounts/" + row.path("external_id").asText() + "/", "{\"create\":true}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Response account = api.get("/api/companies/" + company + "/accounts/"
                + created.body().path("mapping").path("ledger_id").asText() + "/");
        assertThat(account.text("name")).isEqualTo(row.path("name").asText());
        assertThat(account.text("number")).isEqualTo(row.path("details").path("number").asText(null));
    }

    @Test
    void creatingAChildAccountFirstCreatesItsParentsSoTheLedgerKeepsBillcomsTree() {
        JsonNode accounts = rows("accounts");
        JsonNode child = null;
        for (JsonNode row : accounts) {
            if (!row.path("details").path("parent_id").asText("").isEmpty()) {
                child = row;
                break;
            }
        }
        assertThat(child).as("the generated chart has a child account").isNotNull();
        String parentExternalId = child.path("details").path("parent_id").asText();

        Response created = api.put(base + "accounts/" + child.path("external_id").asText() + "/", "{\"create\":true}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String parentLedgerId = null;
        for (JsonNode row : rows("accounts")) {
            if (row.path("external_id").asText().equals(parentExternalId)) {
                parentLedgerId = row.path("mapping").path("ledger_id").asText(null);
            }
        }
        assertThat(parentLedgerId).as("the parent row was created and mapped too").isNotNull();
        Response account = api.get("/api/companies/" + company + "/accounts/"
                + created.body().path("mapping").path("ledger_id").asText() + "/");
        assertThat(account.text("parent_id")).isEqualTo(parentLedgerId);
    }

    @Test
    void creatingAnAccountWhoseNumberTheLedgerUsesIsAConflictNamingTheAccount() {
        JsonNode row = rows("accounts").get(0);
        String number = row.path("details").path("number").asText();
        String existing = ledgerAccount(number, "expense");

        Response response = api.put(base + "accounts/" + row.path("external_id").asText() + "/", "{\"create\":true}");

        assertThat(response.errorCode()).isEqualTo("account_number_taken");
        assertThat(response.body().path("error").path("details").path("account_id").asText()).isEqualTo(existing);
    }

    @Test
    void everyMappableKindIsListed() {
        for (String kind : new String[] {"vendors", "accounts", "funding-accounts", "items", "customers",
                "departments", "jobs", "locations", "accounting-classes", "employees"}) {
            assertThat(api.get(base + kind + "/").status()).as(kind).isEqualTo(200);
        }
        assertThat(rows("funding-accounts").get(0).path("name").asText()).isNotBlank();
    }
}
