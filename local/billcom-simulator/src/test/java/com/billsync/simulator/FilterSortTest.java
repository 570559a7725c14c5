package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FilterSortTest {
    private final SimFixture f = new SimFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> query(SimKind kind, String filters) {
        return Pages.ids(Pages.all(f.http, "/v3/" + kind.v3Path(), "max=100&filters=" + Http.enc(filters))).stream()
                .sorted().toList();
    }

    private List<String> truth(SimKind kind, Predicate<ObjectNode> p) {
        return f.org.list(kind).stream().filter(p).map(n -> n.get("id").asText()).sorted().toList();
    }

    private String medianUpdatedTime() {
        List<String> times = f.org.list(SimKind.BILL).stream().map(b -> b.get("updatedTime").asText()).sorted()
                .toList();
        return times.get(times.size() / 2);
    }

    @Test
    void eqMatchesEqualValues() {
        assertThat(query(SimKind.VENDOR, "archived:eq:true"))
                .isNotEmpty().isEqualTo(truth(SimKind.VENDOR, v -> v.get("archived").asBoolean()));
    }

    @Test
    void neMatchesDifferentValues() {
        assertThat(query(SimKind.VENDOR, "archived:ne:true"))
                .isEqualTo(truth(SimKind.VENDOR, v -> !v.get("archived").asBoolean()));
    }

    @Test
    void gtAndGteCompareTimestamps() {
        String t = medianUpdatedTime();

        assertThat(query(SimKind.BILL, "updatedTime:gt:\"" + t + "\""))
                .isEqualTo(truth(SimKind.BILL, b -> b.get("updatedTime").asText().compareTo(t) > 0));
        assertThat(query(SimKind.BILL, "updatedTime:gte:\"" + t + "\""))
                .isEqualTo(truth(SimKind.BILL, b -> b.get("updatedTime").asText().compareTo(t) >= 0));
    }

    @Test
    void ltAndLteCompareTimestamps() {
        String t = medianUpdatedTime();

        assertThat(query(SimKind.BILL, "updatedTime:lt:\"" + t + "\""))
                .isEqualTo(truth(SimKind.BILL, b -> b.get("updatedTime").asText().compareTo(t) < 0));
        assertThat(query(SimKind.BILL, "updatedTime:lte:\"" + t + "\""))
                .isEqualTo(truth(SimKind.BILL, b -> b.get("updatedTime").asText().compareTo(t) <= 0));
    }

    @Test
    void inTakesAQuotedCommaSeparatedList() {
        assertThat(query(SimKind.BILL, "paymentStatus:in:\"PAID,SCHEDULED\""))
                .isEqualTo(truth(SimKind.BILL, b -> List.of("PAID", "SCHEDULED").contains(
                        b.get("paymentStatus").asText())));
    }

    @Test
    void inOnIdReturnsExactlyThoseRecords() {
        List<String> some = f.org.list(SimKind.BILL).stream().limit(3).map(b -> b.get("id").asText()).toList();

        assertThat(query(SimKind.BILL, "id:in:\"" + String.join(",", some) + "\"")).isEqualTo(some);
    }

    @Test
    void ninExcludesTheListedValues() {
        assertThat(query(SimKind.BILL, "paymentStatus:nin:\"PAID,SCHEDULED\""))
                .isEqualTo(truth(SimKind.BILL, b -> !List.of("PAID", "SCHEDULED").contains(
                        b.get("paymentStatus").asText())));
    }

    @Test
    void swMatchesPrefixesIgnoringCase() {
        String name = f.org.list(SimKind.VENDOR).get(0).get("name").asText();
        String prefix = name.substring(0, 3).toLowerCase();

        assertThat(query(SimKind.VENDOR, "name:sw:\"" + prefix + "\""))
                .contains(f.org.list(SimKind.VENDOR).get(0).get("id").asText())
                .isEqualTo(truth(SimKind.VENDOR, v -> v.get("name").asText().toLowerCase().startsWith(prefix)));
    }

    @Test
    void timestampValuesAcceptEveryDocumentedFormat() {
        List<String> expected = truth(SimKind.BILL, b -> b.get("updatedTime").asText()
                .compareTo("2025-06-01T00:00:00.000+00:00") >= 0);
        for (String value : List.of("2025-06-01", "2025-06-01T00:00", "2025-06-01T00:00:00",
                "2025-06-01T00:00:00.000", "2025-06-01T00:00:00.000Z", "2025-06-01T00:00:00.000+00:00",
                "2025-06-01T02:00:00.000+02:00")) {
            assertThat(query(SimKind.BILL, "updatedTime:gte:\"" + value + "\"")).as(value).isEqualTo(expected);
        }
    }

    @Test
    void unquotedValuesWork() {
        assertThat(query(SimKind.VENDOR, "archived:eq:false"))
                .isEqualTo(truth(SimKind.VENDOR, v -> !v.get("archived").asBoolean()));
    }

    @Test
    void filtersAreAndedTogether() {
        String vendorId = f.org.list(SimKind.BILL).get(0).get("vendorId").asText();

        assertThat(query(SimKind.BILL, "vendorId:eq:\"" + vendorId + "\",paymentStatus:eq:\"PAID\""))
                .isEqualTo(truth(SimKind.BILL, b -> b.get("vendorId").asText().equals(vendorId)
                        && b.get("paymentStatus").asText().equals("PAID")));
    }

    @Test
    void billClassificationFiltersMatchAnyLine() {
        JsonNode line = f.org.list(SimKind.BILL).get(0).get("billLineItems").get(0);
        String account = line.get("classifications").get("chartOfAccountId").asText();

        assertThat(query(SimKind.BILL, "classifications.chartOfAccountId:eq:\"" + account + "\""))
                .contains(f.org.list(SimKind.BILL).get(0).get("id").asText())
                .isEqualTo(truth(SimKind.BILL, b -> b.get("billLineItems").findValuesAsText("chartOfAccountId")
                        .contains(account)));
    }

    @Test
    void unknownFilterFieldIs400Bdc1130() {
        Http.Response r = f.http.get("/v3/vendors?filters=" + Http.enc("favouriteColour:eq:\"blue\""));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1130");
    }

    @Test
    void unknownOperatorIs400Bdc1131() {
        Http.Response r = f.http.get("/v3/vendors?filters=" + Http.enc("name:like:\"Acme\""));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1131");
    }

    @Test
    void unparsableTimestampIs400Bdc1119() {
        Http.Response r = f.http.get("/v3/bills?filters=" + Http.enc("updatedTime:gte:\"yesterday\""));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1119");
    }

    @Test
    void filterWithoutOperatorIs400() {
        Http.Response r = f.http.get("/v3/bills?filters=archived");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1129");
    }

    @Test
    void sortDescendingOrdersByFieldThenId() {
        List<JsonNode> bills = Pages.all(f.http, "/v3/bills", "max=100&sort=createdTime:desc");

        Comparator<JsonNode> expected = Comparator.<JsonNode, String>comparing(b -> b.get("createdTime").asText())
                .reversed().thenComparing(b -> b.get("id").asText());
        assertThat(bills).hasSize(60).isSortedAccordingTo(expected);
    }

    @Test
    void tiesAreBrokenById() {
        List<JsonNode> bills = Pages.all(f.http, "/v3/bills", "max=9&sort=approvalStatus:asc");

        assertThat(bills).isSortedAccordingTo(Comparator.<JsonNode, String>comparing(
                b -> b.get("approvalStatus").asText()).thenComparing(b -> b.get("id").asText()));
    }

    @Test
    void sortAscendingByName() {
        List<JsonNode> vendors = Pages.all(f.http, "/v3/vendors", "max=4&sort=name:asc");

        assertThat(vendors).isSortedAccordingTo(Comparator.comparing(v -> v.get("name").asText()));
    }

    @Test
    void unknownSortFieldIs400() {
        Http.Response r = f.http.get("/v3/bills?sort=colour:asc");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1129");
    }

    @Test
    void unknownSortDirectionIs400() {
        assertThat(f.http.get("/v3/bills?sort=createdTime:up").code()).isEqualTo("BDC_1129");
    }
}
