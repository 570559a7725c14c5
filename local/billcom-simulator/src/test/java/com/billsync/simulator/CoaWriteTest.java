package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoaWriteTest {
    private static final String COA = "/v3/classifications/chart-of-accounts";
    private final SimFixture f = new SimFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private String anyActiveAccount() {
        return f.org.list(SimKind.CHART_OF_ACCOUNT).stream().filter(a -> !a.get("archived").asBoolean())
                .findFirst().orElseThrow().get("id").asText();
    }

    private static Map<String, Object> account(String name, String type, String number) {
        return Map.of("name", name, "account", Map.of("type", type, "number", number));
    }

    @Test
    void createAnswers201WithTheFullObject() {
        f.clock.advance(Duration.ofMinutes(5));

        Http.Response r = f.http.post(COA, account("Prepaid Rent", "OTHER_CURRENT_ASSET", "1320"));

        assertThat(r.status()).isEqualTo(201);
        JsonNode created = r.json();
        assertThat(created.get("id").asText()).startsWith("0ca").hasSize(20);
        assertThat(created.get("archived").asBoolean()).isFalse();
        assertThat(created.get("account").get("type").asText()).isEqualTo("OTHER_CURRENT_ASSET");
        assertThat(created.get("account").get("number").asText()).isEqualTo("1320");
        assertThat(created.get("createdTime").asText()).isEqualTo("2026-06-01T12:05:00.000+00:00");
        assertThat(f.org.get(SimKind.CHART_OF_ACCOUNT, created.get("id").asText())).isPresent();
    }

    @Test
    void createIsRecordedInTheWriteLogWithoutBefore() {
        JsonNode created = f.http.post(COA, account("Prepaid Rent", "OTHER_CURRENT_ASSET", "1320")).json();

        List<WriteRecord> log = f.sim.writeLog();
        assertThat(log).hasSize(1);
        WriteRecord w = log.get(0);
        assertThat(w.method()).isEqualTo("POST");
        assertThat(w.path()).isEqualTo(COA);
        assertThat(w.kind()).isEqualTo(SimKind.CHART_OF_ACCOUNT);
        assertThat(w.orgId()).isEqualTo(f.org.organizationId());
        assertThat(w.objectId()).isEqualTo(created.get("id").asText());
        assertThat(w.before()).isNull();
        assertThat(Http.wire(w.after())).isEqualTo(created);
        assertThat(w.time()).isEqualTo(SimFixture.START);
    }

    @Test
    void createWithParentKeepsTheParent() {
        String parent = anyActiveAccount();

        JsonNode created = f.http.post(COA, Map.of("name", "Child", "parentId", parent,
                "account", Map.of("type", "EXPENSE"))).json();

        assertThat(created.get("parentId").asText()).isEqualTo(parent);
    }

    @Test
    void createWithoutNameIs400Bdc1117() {
        Http.Response r = f.http.post(COA, Map.of("account", Map.of("type", "EXPENSE")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1117");
        assertThat(f.sim.writeLog()).isEmpty();
    }

    @Test
    void createWithoutAccountTypeIs400Bdc1117() {
        assertThat(f.http.post(COA, Map.of("name", "No type")).code()).isEqualTo("BDC_1117");
    }

    @Test
    void createWithUnknownAccountTypeIs400Bdc1119() {
        Http.Response r = f.http.post(COA, account("Odd", "MAGIC", "1"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1119");
    }

    @Test
    void createWithUnknownParentIs400Bdc1119() {
        Http.Response r = f.http.post(COA, Map.of("name", "Orphan", "parentId", "0ca02NOSUCHPARENTxxxx",
                "account", Map.of("type", "EXPENSE")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1119");
    }

    @Test
    void unparsableBodyIs400Bdc1122() {
        assertThat(f.http.post(COA, "{not json").code()).isEqualTo("BDC_1122");
    }

    @Test
    void patchChangesOnlyGivenFieldsAndBumpsUpdatedTime() {
        String id = anyActiveAccount();
        ObjectNode before = f.org.get(SimKind.CHART_OF_ACCOUNT, id).orElseThrow();
        f.clock.advance(Duration.ofMinutes(30));

        Http.Response r = f.http.patch(COA + "/" + id, Map.of("name", "Renamed", "account", Map.of("number", "9999")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("Renamed");
        assertThat(r.json().get("account").get("number").asText()).isEqualTo("9999");
        assertThat(r.json().get("account").get("type")).isEqualTo(before.get("account").get("type"));
        assertThat(r.json().get("updatedTime").asText()).isEqualTo("2026-06-01T12:30:00.000+00:00");
        WriteRecord w = f.sim.writeLog().get(0);
        assertThat(w.method()).isEqualTo("PATCH");
        assertThat(Http.wire(w.before())).isEqualTo(Http.wire(before));
        assertThat(w.after().get("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void patchCannotMakeAnAccountItsOwnAncestor() {
        String parent = anyActiveAccount();
        String child = f.http.post(COA, Map.of("name", "Child", "parentId", parent,
                "account", Map.of("type", "EXPENSE"))).json().get("id").asText();

        Http.Response r = f.http.patch(COA + "/" + parent, Map.of("parentId", child));

        assertThat(r.code()).isEqualTo("BDC_1119");
    }

    @Test
    void patchOfUnknownAccountIs404() {
        Http.Response r = f.http.patch(COA + "/0ca02NOSUCHACCOUNTxx", Map.of("name", "x"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("BDC_1205");
    }

    @Test
    void archiveAndRestoreAnswerTheFullObject() {
        String id = anyActiveAccount();
        f.clock.advance(Duration.ofMinutes(1));

        JsonNode archived = f.http.post(COA + "/" + id + "/archive", "").json();
        JsonNode restored = f.http.post(COA + "/" + id + "/restore", "").json();

        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(archived.get("name")).isNotNull();
        assertThat(restored.get("archived").asBoolean()).isFalse();
        assertThat(f.sim.writeLog()).extracting(WriteRecord::path)
                .containsExactly(COA + "/" + id + "/archive", COA + "/" + id + "/restore");
    }

    @Test
    void archivingTwiceChangesNothingTheSecondTime() {
        String id = anyActiveAccount();
        f.clock.advance(Duration.ofMinutes(1));
        JsonNode first = f.http.post(COA + "/" + id + "/archive", "").json();
        f.clock.advance(Duration.ofMinutes(1));

        Http.Response second = f.http.post(COA + "/" + id + "/archive", "");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first);
        WriteRecord repeat = f.sim.writeLog().get(1);
        assertThat(repeat.after()).isEqualTo(repeat.before());
    }

    @Test
    void bulkCreateAnswersTheWrapperAndLogsEachAccount() {
        Http.Response r = f.http.post(COA + "/bulk", List.of(account("A", "EXPENSE", "6991"),
                account("B", "INCOME", "4991")));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("chartOfAccounts")).hasSize(2);
        assertThat(f.sim.writeLog()).hasSize(2).allSatisfy(w -> assertThat(w.path()).isEqualTo(COA + "/bulk"));
    }

    @Test
    void bulkCreateIsAllOrNothing() {
        int before = f.org.list(SimKind.CHART_OF_ACCOUNT).size();

        Http.Response r = f.http.post(COA + "/bulk", List.of(account("A", "EXPENSE", "6991"),
                account("B", "NOPE", "4991")));

        assertThat(r.code()).isEqualTo("BDC_1119");
        assertThat(f.org.list(SimKind.CHART_OF_ACCOUNT)).hasSize(before);
        assertThat(f.sim.writeLog()).isEmpty();
    }

    @Test
    void bulkPatchUpdatesEveryGivenAccount() {
        List<String> ids = f.org.list(SimKind.CHART_OF_ACCOUNT).stream().limit(2).map(a -> a.get("id").asText())
                .toList();

        Http.Response r = f.http.patch(COA + "/bulk", List.of(Map.of("id", ids.get(0), "name", "One"),
                Map.of("id", ids.get(1), "name", "Two")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("chartOfAccounts").findValuesAsText("name")).containsExactly("One", "Two");
        assertThat(f.org.get(SimKind.CHART_OF_ACCOUNT, ids.get(1)).orElseThrow().get("name").asText())
                .isEqualTo("Two");
    }

    @Test
    void bulkPatchWithAnUnknownIdChangesNothing() {
        String id = anyActiveAccount();
        String name = f.org.get(SimKind.CHART_OF_ACCOUNT, id).orElseThrow().get("name").asText();

        Http.Response r = f.http.patch(COA + "/bulk", List.of(Map.of("id", id, "name", "Changed"),
                Map.of("id", "0ca02NOSUCHACCOUNTxx", "name", "Ghost")));

        assertThat(r.status()).isEqualTo(404);
        assertThat(f.org.get(SimKind.CHART_OF_ACCOUNT, id).orElseThrow().get("name").asText()).isEqualTo(name);
    }

    @Test
    void bulkArchiveAndRestoreTakeIdsInTheQuery() {
        List<String> ids = f.org.list(SimKind.CHART_OF_ACCOUNT).stream()
                .filter(a -> !a.get("archived").asBoolean()).limit(3).map(a -> a.get("id").asText()).toList();
        String query = "?ids=" + String.join(",", ids);

        JsonNode archived = f.http.post(COA + "/bulk/archive" + query, "").json();
        assertThat(archived.get("chartOfAccounts").findValuesAsText("archived")).containsOnly("true").hasSize(3);

        JsonNode restored = f.http.post(COA + "/bulk/restore" + query, "").json();
        assertThat(restored.get("chartOfAccounts").findValuesAsText("archived")).containsOnly("false").hasSize(3);
        assertThat(f.sim.writeLog()).hasSize(6);
    }

    @Test
    void bulkArchiveWithoutIdsIs400Bdc1108() {
        assertThat(f.http.post(COA + "/bulk/archive", "").code()).isEqualTo("BDC_1108");
    }

    @Test
    void clearWriteLogEmptiesIt() {
        f.http.post(COA, account("Temp", "EXPENSE", "6998"));

        f.sim.clearWriteLog();

        assertThat(f.sim.writeLog()).isEmpty();
    }

    @Test
    void writtenAccountsShowUpInIncrementalLists() {
        f.clock.advance(Duration.ofDays(1));
        Http http = f.newSession();
        String since = "2026-06-02T00:00:00.000Z";
        String id = anyActiveAccount();
        http.patch(COA + "/" + id, Map.of("description", "touched"));

        List<JsonNode> changed = Pages.all(http, COA, "max=100&filters="
                + Http.enc("updatedTime:gte:\"" + since + "\""));

        assertThat(Pages.ids(changed)).containsExactly(id);
    }
}
