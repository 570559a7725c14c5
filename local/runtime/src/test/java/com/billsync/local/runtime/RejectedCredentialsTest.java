package com.billsync.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.BillcomCredentials;
import com.billsync.integration.CredentialVault;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationStatus;
import com.billsync.runs.StepStatus;
import com.billsync.runs.SyncPlan;
import com.billsync.runs.SyncStep;
import com.billsync.secrets.aws.SecretsManagerSecretStore;
import com.billsync.simulator.OrgSize;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The password changes in Bill.com while a run is under way: the next login is refused, which no retry can
 * fix. The integration goes to {@code error}, the run fails with {@code BILLCOM_AUTH_FAILED} (Bill.com's code in
 * the message), and the remaining steps end without work.
 */
class RejectedCredentialsTest {

    private static SyncFixture fx;
    private static MappedIntegration it;
    private static String run;

    @BeforeAll
    static void runWithStaleCredentials() {
        fx = new SyncFixture(91, OrgSize.DEMO);
        it = new MappedIntegration(fx);
        Integration integration = fx.stores.integrations().get(it.integrationId).orElseThrow();
        CredentialVault vault = new CredentialVault(new SecretsManagerSecretStore(fx.aws.secretsManager()),
                Optional.empty());
        BillcomCredentials stored = vault.read(integration.secretName());
        vault.rotate(integration.secretName(), new BillcomCredentials(stored.devKey(), stored.username(),
                "no-longer-the-password", stored.organizationId()));
        // The session dies after the vendors and funding-accounts steps; the accounts step must log in again.
        fx.sim.faults().invalidateSessionsAfterCalls(2);
        run = it.trigger();
        fx.drain();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void runFailsWithBillcomAuthFailedAndBillcomsCode() {
        JsonNode view = fx.run(it.integrationId, run);
        assertThat(view.get("status").asText()).isEqualTo("failed");
        List<JsonNode> errors = fx.pages(fx.integrationPath(it.integrationId) + "errors/?run_id=" + run
                + "&error_code=BILLCOM_AUTH_FAILED");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.get("status").asText()).isEqualTo("failed");
            assertThat(e.get("step").asText()).isEqualTo("accounts");
            assertThat(e.get("message").asText()).contains("BDC_1101", "PATCH");
        });
    }

    @Test
    void integrationGoesToErrorAndLeavesTheSchedule() {
        Integration after = fx.stores.integrations().get(it.integrationId).orElseThrow();
        assertThat(after.status()).isEqualTo(IntegrationStatus.ERROR);
        assertThat(after.lastError().orElseThrow().code()).isEqualTo("BDC_1101");
        assertThat(after.scheduled()).isFalse();
    }

    @Test
    void stepsAfterTheFailureEndWithoutWork() {
        List<SyncStep> steps = SyncPlan.FULL.steps();
        for (SyncStep step : steps.subList(steps.indexOf(SyncStep.BILLS), steps.size())) {
            assertThat(fx.stores.runs().get(it.integrationId, run).orElseThrow().steps().stream()
                    .filter(s -> s.step() == step).findFirst().orElseThrow().status()).as(step.wire())
                    .isEqualTo(StepStatus.SKIPPED);
        }
        assertThat(fx.pages("/api/companies/" + it.companyId + "/bills/")).isEmpty();
    }
}
