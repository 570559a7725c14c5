package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.BillcomOrg;
import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import com.billsync.simulator.FaultKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connect failures, the default dev key, validate, PATCH rotation and DELETE. */
class IntegrationLifecycleTest {

    private static ApiFixture fixture;
    private static ApiFixture withDefault;
    private Client api;
    private BillcomOrg org;

    @BeforeAll
    static void start() {
        fixture = ApiFixture.create();
        withDefault = ApiFixture.withDefaultDevKey();
    }

    @BeforeEach
    void newTenant() {
        fixture.drainQueue();
        api = fixture.as("tenant-" + UUID.randomUUID());
        org = ApiFixture.organization();
    }

    private String company(Client client) {
        return client.post("/api/companies/", Bodies.company("Co " + UUID.randomUUID())).text("id");
    }

    @Test
    void wrongPasswordLeavesTheIntegrationInErrorWithBillcomsCode() {
        ObjectNode body = Bodies.connect(company(api), org).put("password", "wrong-" + UUID.randomUUID());

        Response response = api.post("/api/integrations/bill_com/", body.toString());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("billcom_auth_failed");
        var details = response.body().path("error").path("details");
        assertThat(details.path("billcom_code").asText()).isEqualTo("BDC_1101");
        assertThat(details.path("billcom_message").asText()).isNotBlank();
        Response stored = api.get("/api/integrations/bill_com/" + details.path("integration_id").asText() + "/");
        assertThat(stored.text("status")).isEqualTo("error");
        assertThat(stored.body().path("last_error").path("code").asText()).isEqualTo("BDC_1101");
        assertThat(stored.text("seed_run_id")).isNull();
        assertThat(fixture.drainQueue()).isEmpty();
    }

    @Test
    void wrongDevKeyIsRejectedWithBillcomsDevKeyCode() {
        ObjectNode body = Bodies.connect(company(api), org).put("dev_key", "not-registered-" + UUID.randomUUID());

        Response response = api.post("/api/integrations/bill_com/", body.toString());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().path("error").path("details").path("billcom_code").asText()).isEqualTo("BDC_1102");
    }

    @Test
    void omittedDevKeyUsesTheDeploymentDefault() {
        Client client = withDefault.as("tenant-" + UUID.randomUUID());
        ObjectNode body = Bodies.connect(company(client), org);
        body.remove("dev_key");

        Response response = client.post("/api/integrations/bill_com/", body.toString());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo("connected");
    }

    @Test
    void omittedDevKeyWithoutADefaultIsABadRequestThatWritesNothing() {
        String companyId = company(api);
        ObjectNode body = Bodies.connect(companyId, org);
        body.remove("dev_key");

        Response response = api.post("/api/integrations/bill_com/", body.toString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("default_dev_key_missing");
        assertThat(api.get("/api/integrations/bill_com/?company_id=" + companyId).body().path("items")).isEmpty();
    }

    @Test
    void aSecondIntegrationForTheCompanyIsAConflict() {
        String companyId = company(api);
        String first = api.post("/api/integrations/bill_com/", Bodies.connect(companyId, org).toString()).text("id");
        fixture.drainQueue();

        Response second = api.post("/api/integrations/bill_com/", Bodies.connect(companyId, org).toString());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCode()).isEqualTo("integration_exists");
        assertThat(second.body().path("error").path("details").path("integration_id").asText()).isEqualTo(first);
    }

    @Test
    void patchWithCorrectCredentialsRotatesTheSecretConnectsAndEnqueuesTheSeed() {
        ObjectNode body = Bodies.connect(company(api), org).put("password", "wrong-" + UUID.randomUUID());
        String id = api.post("/api/integrations/bill_com/", body.toString()).body().path("error").path("details")
                .path("integration_id").asText();
        String path = "/api/integrations/bill_com/" + id + "/";

        Response patched = api.patch(path, Bodies.object().put("password", org.password())
                .put("display_name", "Renamed").toString());

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.text("status")).isEqualTo("connected");
        assertThat(patched.text("display_name")).isEqualTo("Renamed");
        assertThat(patched.text("seed_run_id")).isNotNull();
        assertThat(fixture.drainQueue()).hasSize(5);
        String secret = fixture.aws.secretsManager().getSecretValue(b -> b.secretId(
                fixture.secretPrefix + "integrations/" + id + "/credentials")).secretString();
        assertThat(ApiFixture.json(secret).path("password").asText()).isEqualTo(org.password());
    }

    @Test
    void patchWithRejectedCredentialsChangesNothing() {
        String id = api.post("/api/integrations/bill_com/", Bodies.connect(company(api), org).toString()).text("id");
        fixture.drainQueue();
        String path = "/api/integrations/bill_com/" + id + "/";

        Response patched = api.patch(path, Bodies.object().put("password", "wrong-" + UUID.randomUUID())
                .put("display_name", "Should not apply").toString());

        assertThat(patched.status()).isEqualTo(401);
        Response stored = api.get(path);
        assertThat(stored.text("status")).isEqualTo("connected");
        assertThat(stored.text("display_name")).isEqualTo("Main Bill.com org");
        assertThat(api.post(path + "validate/", null).status()).isEqualTo(200);
    }

    @Test
    void validateReportsRejectionAndMovesAConnectedIntegrationToError() {
        String id = api.post("/api/integrations/bill_com/", Bodies.connect(company(api), org).toString()).text("id");
        fixture.drainQueue();
        storedPasswordNoLongerWorks(id);

        Response validated = api.post("/api/integrations/bill_com/" + id + "/validate/", "{}");

        assertThat(validated.status()).isEqualTo(401);
        assertThat(api.get("/api/integrations/bill_com/" + id + "/").text("status")).isEqualTo("error");
        assertThat(fixture.drainQueue()).isEmpty();
    }

    @Test
    void deleteDisconnectsSchedulesTheSecretsDeletionAndFreesTheCompany() {
        String companyId = company(api);
        String id = api.post("/api/integrations/bill_com/", Bodies.connect(companyId, org).toString()).text("id");
        fixture.drainQueue();
        String path = "/api/integrations/bill_com/" + id + "/";

        assertThat(api.delete(path).status()).isEqualTo(204);
        assertThat(api.delete(path).status()).isEqualTo(204);

        assertThat(api.get(path).text("status")).isEqualTo("disconnected");
        assertThat(api.post(path + "trigger-sync/", null).errorCode()).isEqualTo("not_connected");
        var described = fixture.aws.secretsManager().describeSecret(b -> b.secretId(
                fixture.secretPrefix + "integrations/" + id + "/credentials"));
        assertThat(described.deletedDate()).isNotNull();
        Response again = api.post("/api/integrations/bill_com/", Bodies.connect(companyId, org).toString());
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(api.get("/api/companies/" + companyId + "/").status()).isEqualTo(200);
    }

    @Test
    void billcomUnreachableLeavesItPendingUntilValidate() {
        ApiFixture.simulator().faults().failNext(1, FaultKind.SERVER_ERROR);

        Response response = api.post("/api/integrations/bill_com/", Bodies.connect(company(api), org).toString());

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.errorCode()).isEqualTo("billcom_unavailable");
        String path = "/api/integrations/bill_com/" + response.body().path("error").path("details")
                .path("integration_id").asText() + "/";
        assertThat(api.get(path).text("status")).isEqualTo("pending");
        Response validated = api.post(path + "validate/", null);
        assertThat(validated.text("status")).isEqualTo("connected");
        assertThat(fixture.drainQueue()).hasSize(5);
    }

    @Test
    void theOrganizationCannotChangeOnceDataWasPulled() {
        String id = api.post("/api/integrations/bill_com/", Bodies.connect(company(api), org).toString()).text("id");
        fixture.drainQueue();

        Response response = api.patch("/api/integrations/bill_com/" + id + "/",
                Bodies.object().put("organization_id", ApiFixture.organization().id()).toString());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCode()).isEqualTo("organization_locked");
    }

    @Test
    void aDisconnectedIntegrationRefusesChanges() {
        String id = api.post("/api/integrations/bill_com/", Bodies.connect(company(api), org).toString()).text("id");
        fixture.drainQueue();
        String path = "/api/integrations/bill_com/" + id + "/";
        api.delete(path);

        assertThat(api.patch(path, "{\"display_name\":\"Back\"}").errorCode()).isEqualTo("integration_disconnected");
        assertThat(api.post(path + "validate/", null).errorCode()).isEqualTo("integration_disconnected");
    }

    /** As if the password had been changed in Bill.com: the stored one is now wrong. */
    private void storedPasswordNoLongerWorks(String integrationId) {
        String name = fixture.secretPrefix + "integrations/" + integrationId + "/credentials";
        ObjectNode stored = (ObjectNode) ApiFixture.json(
                fixture.aws.secretsManager().getSecretValue(b -> b.secretId(name)).secretString());
        stored.put("password", "outdated-" + UUID.randomUUID());
        fixture.aws.secretsManager().putSecretValue(b -> b.secretId(name).secretString(stored.toString()));
    }
}
