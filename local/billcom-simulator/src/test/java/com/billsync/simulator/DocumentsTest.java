package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentsTest {
    private final SimFixture f = new SimFixture(b -> b, OrgSpec.empty());
    private final String billId = f.org.create(SimKind.BILL, Http.JSON.createObjectNode().put("amount", 10))
            .get("id").asText();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void documentsOfABillPageWithMaxAndPage() {
        for (int i = 0; i < 5; i++) {
            f.org.addBillDocument(billId, "scan-" + i + ".pdf");
        }

        List<JsonNode> docs = Pages.all(f.http, "/v3/documents/bills/" + billId, "max=2");

        assertThat(docs).hasSize(5);
        assertThat(Pages.ids(docs)).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("00h").hasSize(20));
        assertThat(docs.get(0).fieldNames()).toIterable()
                .containsExactly("id", "name", "createdTime", "downloadLink");
    }

    @Test
    void billWithoutDocumentsAnswersEmptyResults() {
        JsonNode page = f.http.get("/v3/documents/bills/" + billId).json();

        assertThat(page.get("results")).isEmpty();
        assertThat(page.has("nextPage")).isFalse();
    }

    @Test
    void unknownBillIs404() {
        Http.Response r = f.http.get("/v3/documents/bills/00n02NONEXISTENTBILL");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("BDC_1205");
    }

    @Test
    void documentIsReadableByIdAndDownloadable() {
        ObjectNode doc = f.org.addBillDocument(billId, "invoice.pdf");

        assertThat(f.http.get("/v3/documents/" + doc.get("id").asText()).json()).isEqualTo(doc);
        String link = doc.get("downloadLink").asText();
        assertThat(link).startsWith(f.sim.baseUrl().toString());
        Http.Response download = f.http.get(link.substring(f.sim.baseUrl().toString().length()));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF");
    }

    @Test
    void generatedOrganizationsHaveDocumentsOnSomeBills() {
        try (SimFixture generated = new SimFixture()) {
            long withDocs = generated.org.list(SimKind.BILL).stream()
                    .filter(b -> !generated.org.billDocuments(b.get("id").asText()).isEmpty()).count();
            assertThat(withDocs).isBetween(5L, 40L);
        }
    }
}
