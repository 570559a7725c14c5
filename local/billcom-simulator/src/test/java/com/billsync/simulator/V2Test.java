package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class V2Test {
    private final SimFixture f = new SimFixture();
    private final String session = v2Login(f);

    @AfterEach
    void close() {
        f.close();
    }

    private static String v2Login(SimFixture f) {
        Http.Response r = f.http.form("/v2/Login.json", Map.of("userName", f.user.email(), "password",
                f.user.password(), "orgId", f.org.organizationId(), "devKey", SimFixture.DEV_KEY));
        return r.json().get("response_data").get("sessionId").asText();
    }

    private Http.Response call(String path, String data) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("devKey", SimFixture.DEV_KEY);
        form.put("sessionId", session);
        form.put("data", data);
        return f.http.form(path, form);
    }

    private List<JsonNode> data(Http.Response r) {
        assertThat(r.json().get("response_status").asInt()).as(r.body()).isZero();
        List<JsonNode> out = new ArrayList<>();
        r.json().get("response_data").forEach(out::add);
        return out;
    }

    @Test
    void loginAnswersTheSuccessEnvelope() {
        Http.Response r = f.http.form("/v2/Login.json", Map.of("userName", f.user.email(), "password",
                f.user.password(), "orgId", f.org.organizationId(), "devKey", SimFixture.DEV_KEY));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("response_status").asInt()).isZero();
        assertThat(r.json().get("response_message").asText()).isEqualTo("Success");
        JsonNode data = r.json().get("response_data");
        assertThat(data.get("orgId").asText()).isEqualTo(f.org.organizationId());
        assertThat(data.get("usersId").asText()).isEqualTo(f.user.userId());
        assertThat(data.get("apiEndPoint").asText()).isEqualTo(f.sim.v2BaseUrl().toString());
    }

    @Test
    void badPasswordAnswersTheErrorEnvelopeWithHttp200() {
        Http.Response r = f.http.form("/v2/Login.json", Map.of("userName", f.user.email(), "password", "x",
                "orgId", f.org.organizationId(), "devKey", SimFixture.DEV_KEY));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("response_status").asInt()).isEqualTo(1);
        assertThat(r.json().get("response_message").asText()).isEqualTo("Error");
        assertThat(r.code()).isEqualTo("BDC_1101");
        assertThat(r.json().get("response_data").get("error_message").asText()).isNotBlank();
    }

    @Test
    void v2SessionIsUnknownToV3() {
        Http.Response r = new Http(f.sim.baseUrl()).auth(SimFixture.DEV_KEY, session).get("/v3/bills");

        assertThat(r.code()).isEqualTo("BDC_1109");
    }

    @Test
    void listBillsPagesByStartAndMax() {
        List<JsonNode> first = data(call("/v2/List/Bill.json", "{\"start\":0,\"max\":40}"));
        List<JsonNode> rest = data(call("/v2/List/Bill.json", "{\"start\":40,\"max\":40}"));

        assertThat(first).hasSize(40);
        assertThat(rest).hasSize(20);
        List<String> ids = new ArrayList<>(Pages.ids(first));
        ids.addAll(Pages.ids(rest));
        assertThat(ids).containsExactlyElementsOf(f.org.list(SimKind.BILL).stream()
                .map(b -> b.get("id").asText()).toList());
    }

    @Test
    void maxAbove999IsAnError() {
        assertThat(call("/v2/List/Bill.json", "{\"max\":1000}").code()).isEqualTo("BDC_1129");
    }

    @Test
    void billsCarryNumericApprovalAndPaymentCodes() {
        Map<String, String> approval = Map.of("UNASSIGNED", "0", "ASSIGNED", "1", "APPROVED", "3",
                "APPROVING", "4", "DENIED", "5");
        Map<String, String> payment = Map.of("PAID", "0", "UNPAID", "1", "PARTIAL", "2", "SCHEDULED", "4");
        for (JsonNode v2 : data(call("/v2/List/Bill.json", "{}"))) {
            ObjectNode v3 = f.org.get(SimKind.BILL, v2.get("id").asText()).orElseThrow();
            assertThat(v2.get("entity").asText()).isEqualTo("Bill");
            assertThat(v2.get("approvalStatus").asText()).isEqualTo(approval.get(v3.get("approvalStatus").asText()));
            assertThat(v2.get("paymentStatus").asText()).isEqualTo(payment.get(v3.get("paymentStatus").asText()));
            assertThat(v2.get("isActive").asText()).isEqualTo(v3.get("archived").asBoolean() ? "2" : "1");
            assertThat(v2.get("invoiceNumber").asText()).isEqualTo(v3.get("invoice").get("invoiceNumber").asText());
            assertThat(v2.get("billLineItems")).hasSameSizeAs(v3.get("billLineItems"));
            assertThat(v2.get("updatedTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
        }
    }

    @Test
    void listFiltersWithSymbolicOperators() {
        List<JsonNode> approving = data(call("/v2/List/Bill.json",
                "{\"filters\":[{\"field\":\"approvalStatus\",\"op\":\"=\",\"value\":\"4\"}]}"));
        long truth = f.org.list(SimKind.BILL).stream()
                .filter(b -> b.get("approvalStatus").asText().equals("APPROVING")).count();
        assertThat(approving).hasSize((int) truth).isNotEmpty();

        List<JsonNode> recent = data(call("/v2/List/Bill.json", "{\"filters\":[{\"field\":\"updatedTime\","
                + "\"op\":\">=\",\"value\":\"2026-01-01T00:00:00.000+0000\"}]}"));
        long recentTruth = f.org.list(SimKind.BILL).stream()
                .filter(b -> b.get("updatedTime").asText().compareTo("2026-01-01") >= 0).count();
        assertThat(recent).hasSize((int) recentTruth);
    }

    @Test
    void listFiltersByIdList() {
        List<String> some = f.org.list(SimKind.BILL).stream().skip(5).limit(4).map(b -> b.get("id").asText())
                .toList();

        List<JsonNode> found = data(call("/v2/List/Bill.json", "{\"filters\":[{\"field\":\"id\",\"op\":\"in\","
                + "\"value\":\"" + String.join(",", some) + "\"}]}"));

        assertThat(Pages.ids(found)).containsExactlyElementsOf(some);
    }

    @Test
    void listSortsDescending() {
        List<JsonNode> bills = data(call("/v2/List/Bill.json",
                "{\"sort\":[{\"field\":\"createdTime\",\"asc\":\"false\"}]}"));

        assertThat(bills).isSortedAccordingTo((a, b) -> b.get("createdTime").asText()
                .compareTo(a.get("createdTime").asText()));
    }

    @Test
    void unknownFilterFieldAndOperatorAreErrors() {
        assertThat(call("/v2/List/Bill.json", "{\"filters\":[{\"field\":\"colour\",\"op\":\"=\",\"value\":\"1\"}]}")
                .code()).isEqualTo("BDC_1130");
        assertThat(call("/v2/List/Bill.json", "{\"filters\":[{\"field\":\"id\",\"op\":\"~\",\"value\":\"1\"}]}")
                .code()).isEqualTo("BDC_1131");
    }

    @Test
    void readBillAnswersOneBill() {
        String id = f.org.list(SimKind.BILL).get(3).get("id").asText();

        Http.Response r = call("/v2/Crud/Read/Bill.json", "{\"id\":\"" + id + "\"}");

        assertThat(r.json().get("response_data").get("id").asText()).isEqualTo(id);
    }

    @Test
    void readingAnUnknownBillIsBdc1205() {
        assertThat(call("/v2/Crud/Read/Bill.json", "{\"id\":\"00n02NOSUCHBILLxxxxx\"}").code()).isEqualTo("BDC_1205");
    }

    @Test
    void badDataJsonIsBdc1122() {
        assertThat(call("/v2/Crud/Read/Bill.json", "{oops").code()).isEqualTo("BDC_1122");
    }

    @Test
    void approvalCodesStayOnV2WhenV3HidesThem() {
        try (SimFixture hidden = new SimFixture(b -> b.approvalStatusOnV3Bills(false))) {
            String v2Session = v2Login(hidden);
            Http.Response r = hidden.http.form("/v2/List/Bill.json",
                    Map.of("devKey", SimFixture.DEV_KEY, "sessionId", v2Session, "data", "{}"));
            assertThat(r.json().get("response_data").findValuesAsText("approvalStatus")).hasSize(60)
                    .contains("3");
        }
    }

    @Test
    void sentPaysCarryStatusCodesAndTheirGlAccount() {
        Map<String, String> codes = Map.of("APPROVING", "0", "SCHEDULED", "1", "PAID", "2", "CANCELLED", "3",
                "VOID", "4");
        List<JsonNode> sentPays = data(call("/v2/List/SentPay.json", "{}"));

        assertThat(sentPays).hasSize(f.org.list(SimKind.PAYMENT).size());
        for (JsonNode sp : sentPays) {
            ObjectNode v3 = f.org.get(SimKind.PAYMENT, sp.get("id").asText()).orElseThrow();
            assertThat(sp.get("entity").asText()).isEqualTo("SentPay");
            assertThat(sp.get("status").asText()).isEqualTo(codes.get(v3.get("status").asText()));
            String gl = sp.get("chartOfAccountId").asText();
            ObjectNode account = f.org.get(SimKind.CHART_OF_ACCOUNT, gl).orElseThrow();
            assertThat(account.get("account").get("type").asText()).isEqualTo("BANK");
            assertThat(sp.get("billPays")).hasSameSizeAs(v3.get("billPayments"));
            sp.get("billPays").forEach(bp -> assertThat(bp.get("chartOfAccountId").asText()).isEqualTo(gl));
        }
    }

    @Test
    void paymentsFromABankWithoutGlLinkStillHaveAGlAccountOnV2() {
        List<String> unlinkedBanks = f.org.list(SimKind.BANK_ACCOUNT).stream()
                .filter(b -> !b.has("chartOfAccountId")).map(b -> b.get("id").asText()).toList();
        ObjectNode payment = f.org.list(SimKind.PAYMENT).stream()
                .filter(p -> unlinkedBanks.contains(p.get("fundingAccount").get("id").asText()))
                .findFirst().orElseThrow();

        Http.Response r = call("/v2/Crud/Read/SentPay.json", "{\"id\":\"" + payment.get("id").asText() + "\"}");

        assertThat(r.json().get("response_data").get("chartOfAccountId").asText()).startsWith("0ca");
    }

    @Test
    void logoutEndsTheV2Session() {
        call("/v2/Logout.json", "{}");

        assertThat(call("/v2/List/Bill.json", "{}").code()).isEqualTo("BDC_1109");
    }

    @Test
    void unknownV2PathIs404WithTheEnvelope() {
        Http.Response r = call("/v2/List/Nothing.json", "{}");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("BDC_1121");
    }
}
