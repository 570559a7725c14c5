package com.billsync.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.functions.ApiFixture.BillcomOrg;
import com.billsync.functions.ApiFixture.Client;
import com.billsync.functions.ApiFixture.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs every credential-touching flow, then searches everything the API answered, every item in the table and
 * every log line for the test's passwords, dev keys and each Bill.com session id that was issued.
 */
class NoSecretsLeakTest {

    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static PrintStream originalErr;
    private static PrintStream originalOut;
    private static ApiFixture fixture;
    private static final Set<String> secrets = new LinkedHashSet<>();

    @BeforeAll
    static void captureLogs() {
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(new Tee(originalErr), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new Tee(originalOut), true, StandardCharsets.UTF_8));
        fixture = ApiFixture.withDefaultDevKey();
    }

    @AfterAll
    static void restore() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    @Test
    void noCredentialOrSessionIdAppearsInResponsesItemsOrLogs() {
        Client api = fixture.as("tenant-" + UUID.randomUUID());
        BillcomOrg org = ApiFixture.organization();
        String wrongPassword = "wrong-password-" + UUID.randomUUID();
        secrets.addAll(List.of(org.password(), wrongPassword, ApiFixture.DEV_KEY, ApiFixture.DEFAULT_DEV_KEY));

        String company = api.post("/api/companies/", Bodies.company("Leak Co")).text("id");
        api.post("/api/companies/" + company + "/accounts/", Bodies.account("1000", "Bank", "bank"));
        Response failed = api.post("/api/integrations/bill_com/",
                Bodies.connect(company, org).put("password", wrongPassword).toString());
        String id = failed.body().path("error").path("details").path("integration_id").asText();
        String base = "/api/integrations/bill_com/" + id + "/";
        api.post(base + "validate/", null);
        api.patch(base, Bodies.object().put("password", org.password()).toString());
        rememberSessions(id);
        api.patch(base, Bodies.object().put("dev_key", ApiFixture.DEFAULT_DEV_KEY).toString());
        rememberSessions(id);
        api.post(base + "validate/", null);
        rememberSessions(id);
        fixture.completeSeed(id, api.get(base).text("seed_run_id"), org.org());
        api.get(base);
        api.get(base + "setup-status/");
        api.get(base + "errors/");
        api.get(base + "sync-runs/");
        api.get(base + "mappings/vendors/");
        api.get("/api/integrations/bill_com/?company_id=" + company);
        api.post("/api/integrations/bill_com/", "{\"password\": 12, \"dev_key\": \"" + ApiFixture.DEV_KEY + "\"");
        api.post("/api/integrations/bill_com/", "{\"password\":\"" + wrongPassword + "\",\"surprise\":1}");

        BillcomOrg other = ApiFixture.organization();
        secrets.add(other.password());
        String otherCompany = api.post("/api/companies/", Bodies.company("Leak Co 2")).text("id");
        var defaulted = Bodies.connect(otherCompany, other);
        defaulted.remove("dev_key");
        String otherId = api.post("/api/integrations/bill_com/", defaulted.toString()).text("id");
        rememberSessions(otherId);
        api.delete(base);
        api.delete("/api/integrations/bill_com/" + otherId + "/");
        fixture.drainQueue();

        assertThat(secrets.stream().filter(s -> s.startsWith("session:"))).as("sessions were issued").isNotEmpty();
        List<String> needles = new ArrayList<>(secrets.stream().map(s -> s.replaceFirst("^session:", "")).toList());
        // Every session id the simulator ever issued (v3 and v2), not only the ones stored at the end.
        needles.addAll(ApiFixture.simulator().issuedSessionIds());
        assertThat(ApiFixture.simulator().issuedSessionIds()).as("issued session ids").isNotEmpty();
        String responses = String.join("\n", fixture.responseBodies);
        String items = tableDump();
        String logs = LOG.toString(StandardCharsets.UTF_8);
        assertThat(responses).isNotBlank();
        assertThat(items).contains(id);
        assertThat(logs).contains("POST /api/integrations/bill_com/");
        for (String needle : needles) {
            assertThat(responses).as("responses").doesNotContain(needle);
            assertThat(items).as("DynamoDB items").doesNotContain(needle);
            assertThat(logs).as("log output").doesNotContain(needle);
        }
    }

    /** The session ids Bill.com issued for the integration, as stored in its session secret. */
    private static void rememberSessions(String integrationId) {
        String secret = fixture.aws.secretsManager().getSecretValue(b -> b.secretId(
                fixture.secretPrefix + "integrations/" + integrationId + "/session")).secretString();
        for (JsonNode session : ApiFixture.json(secret).path("sessions")) {
            secrets.add("session:" + session.path("session_id").asText());
        }
    }

    private static String tableDump() {
        List<String> dump = new ArrayList<>();
        fixture.aws.dynamoDb().scanPaginator(b -> b.tableName(fixture.tableName)).items()
                .forEach(item -> dump.add(render(item)));
        return String.join("\n", dump);
    }

    private static String render(Map<String, AttributeValue> item) {
        StringBuilder out = new StringBuilder();
        item.forEach((k, v) -> out.append(k).append('=').append(v.toString()).append(' '));
        return out.toString();
    }

    /** Writes to the original stream and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final PrintStream target;

        Tee(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
            synchronized (LOG) {
                LOG.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            target.write(b, off, len);
            synchronized (LOG) {
                LOG.write(b, off, len);
            }
        }
    }
}
