package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadTest {
    private final SimFixture f = new SimFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void getByIdAnswersTheStoredObjectForEveryKind() {
        for (SimKind kind : SimKind.values()) {
            ObjectNode truth = f.org.list(kind).get(0);

            Http.Response r = f.http.get("/v3/" + kind.v3Path() + "/" + truth.get("id").asText());

            assertThat(r.status()).as(kind.name()).isEqualTo(200);
            assertThat(r.json()).as(kind.name()).isEqualTo(Http.wire(truth));
        }
    }

    @Test
    void unknownIdIs404Bdc1205() {
        Http.Response r = f.http.get("/v3/vendors/00902AAAAAAAAAAAaaaa");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("BDC_1205");
    }

    @Test
    void listAndGetServeTheSameJson() {
        JsonNode fromList = f.http.get("/v3/bills?max=1").json().get("results").get(0);

        JsonNode fromGet = f.http.get("/v3/bills/" + fromList.get("id").asText()).json();

        assertThat(fromGet).isEqualTo(fromList);
    }

    @Test
    void moneyKeepsTwoDecimals() {
        ObjectNode bill = f.org.list(SimKind.BILL).get(0);

        String raw = f.http.get("/v3/bills/" + bill.get("id").asText()).body();

        assertThat(raw).containsPattern("\"amount\":\\d+\\.\\d{2}[,}]");
    }

    @Test
    void billsCarryApprovalFieldsByDefault() {
        JsonNode bill = f.http.get("/v3/bills?max=1").json().get("results").get(0);

        assertThat(bill.has("approvalStatus")).isTrue();
    }

    @Test
    void billsOmitApprovalFieldsWhenConfigured() {
        try (SimFixture noApprovals = new SimFixture(b -> b.approvalStatusOnV3Bills(false))) {
            for (JsonNode bill : Pages.all(noApprovals.http, "/v3/bills", "max=100")) {
                assertThat(bill.has("approvalStatus")).isFalse();
                assertThat(bill.has("approvers")).isFalse();
                assertThat(bill.has("paymentStatus")).isTrue();
            }
            String id = noApprovals.org.list(SimKind.BILL).get(0).get("id").asText();
            assertThat(noApprovals.http.get("/v3/bills/" + id).json().has("approvalStatus")).isFalse();
            assertThat(noApprovals.org.get(SimKind.BILL, id).orElseThrow().has("approvalStatus")).isTrue();
        }
    }

    @Test
    void hiddenApprovalStatusCannotBeFilteredOn() {
        try (SimFixture noApprovals = new SimFixture(b -> b.approvalStatusOnV3Bills(false))) {
            Http.Response r = noApprovals.http.get("/v3/bills?filters=" + Http.enc("approvalStatus:eq:\"APPROVED\""));

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("BDC_1130");
        }
    }

    @Test
    void malformedRawRecordsAreServedAsStored() {
        ObjectNode raw = Http.JSON.createObjectNode();
        raw.put("id", "00n02RAWRAWRAWRAWraw");
        raw.put("amount", "not a number");
        raw.putArray("billLineItems").add("not an object");
        f.org.putRaw(SimKind.BILL, raw);

        assertThat(f.http.get("/v3/bills/00n02RAWRAWRAWRAWraw").json()).isEqualTo(raw);
        assertThat(Pages.ids(Pages.all(f.http, "/v3/bills", "max=100"))).contains("00n02RAWRAWRAWRAWraw");
    }

    @Test
    void rawRecordsWithoutIdStillPage() {
        ObjectNode raw = Http.JSON.createObjectNode().put("name", "no id at all");
        f.org.putRaw(SimKind.VENDOR, raw);

        assertThat(Pages.all(f.http, "/v3/vendors", "max=100")).contains(raw);
    }
}
