package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import org.junit.jupiter.api.Test;

/** The sample events in the repository's {@code events/} folder are real requests the api function accepts. */
class SampleEventsTest {

    private static final ApiFixture FIXTURE = ApiFixture.create();

    @Test
    void theCreateCompanySampleCreatesACompany() {
        var response = FIXTURE.invoke(EventLoader.loadApiGatewayHttpEvent("../events/api-create-company.json"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("name")).isEqualTo("Acme Holdings");
    }

    @Test
    void theConnectSamplePassesValidationAndNamesItsExampleCompany() {
        var response = FIXTURE.invoke(EventLoader.loadApiGatewayHttpEvent("../events/api-connect-integration.json"));

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.body().path("error").path("message").asText()).contains("cmp_01EXAMPLE");
    }
}
