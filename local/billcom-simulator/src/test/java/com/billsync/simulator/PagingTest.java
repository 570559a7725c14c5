package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagingTest {
    private final SimFixture f = new SimFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void defaultPageSizeIsTwenty() {
        Http.Response r = f.http.get("/v3/bills");

        assertThat(r.json().get("results")).hasSize(20);
    }

    @Test
    void maxOfOneAndOfOneHundredAreAccepted() {
        assertThat(f.http.get("/v3/bills?max=1").json().get("results")).hasSize(1);
        assertThat(f.http.get("/v3/bills?max=100").json().get("results")).hasSize(60);
    }

    @Test
    void maxOutsideOneToOneHundredIs400() {
        for (String max : List.of("0", "101", "-5", "ten")) {
            Http.Response r = f.http.get("/v3/bills?max=" + max);
            assertThat(r.status()).as(max).isEqualTo(400);
            assertThat(r.code()).as(max).isEqualTo("BDC_1129");
        }
    }

    @Test
    void firstPageHasNextButNoPrev() {
        JsonNode page = f.http.get("/v3/bills?max=25").json();

        assertThat(page.has("nextPage")).isTrue();
        assertThat(page.has("prevPage")).isFalse();
    }

    @Test
    void lastPageHasPrevButNoNext() {
        JsonNode first = f.http.get("/v3/bills?max=50").json();
        JsonNode last = f.http.get("/v3/bills?max=50&page=" + Http.enc(first.get("nextPage").asText())).json();

        assertThat(last.get("results")).hasSize(10);
        assertThat(last.has("nextPage")).isFalse();
        assertThat(last.has("prevPage")).isTrue();
    }

    @Test
    void singlePageListHasNeitherToken() {
        JsonNode page = f.http.get("/v3/vendors?max=100").json();

        assertThat(page.fieldNames()).toIterable().containsExactly("results");
    }

    @Test
    void walkingNextPagesSeesEveryRecordOnceInIdOrder() {
        List<String> ids = Pages.ids(Pages.all(f.http, "/v3/bills", "max=7"));

        List<String> truth = f.org.list(SimKind.BILL).stream().map(b -> b.get("id").asText()).toList();
        assertThat(ids).containsExactlyElementsOf(truth);
    }

    @Test
    void prevPageReturnsThePreviousPage() {
        JsonNode first = f.http.get("/v3/bills?max=10").json();
        JsonNode second = f.http.get("/v3/bills?max=10&page=" + Http.enc(first.get("nextPage").asText())).json();
        JsonNode back = f.http.get("/v3/bills?max=10&page=" + Http.enc(second.get("prevPage").asText())).json();

        assertThat(Pages.ids(list(back.get("results")))).containsExactlyElementsOf(Pages.ids(list(first.get("results"))));
        assertThat(back.has("prevPage")).isFalse();
        assertThat(back.has("nextPage")).isTrue();
    }

    @Test
    void recordsEditedBetweenPagesAreEachSeenExactlyOnce() {
        List<String> truth = f.org.list(SimKind.BILL).stream().map(b -> b.get("id").asText()).toList();
        List<String> seen = new ArrayList<>();
        String token = null;
        int page = 0;
        do {
            JsonNode r = f.http.get("/v3/bills?max=8" + (token == null ? "" : "&page=" + Http.enc(token))).json();
            r.get("results").forEach(b -> seen.add(b.get("id").asText()));
            // Between pages, Bill.com users edit and archive bills both already seen and not yet seen.
            f.org.update(SimKind.BILL, truth.get(page), b -> b.put("description", "edited"));
            f.org.archive(SimKind.BILL, truth.get(truth.size() - 1 - page));
            page++;
            token = r.has("nextPage") ? r.get("nextPage").asText() : null;
        } while (token != null);

        assertThat(seen).containsExactlyElementsOf(truth);
    }

    @Test
    void recordsMovedByEditsInUpdatedTimeOrderAreNotSkipped() {
        Set<String> seen = new HashSet<>();
        String token = null;
        do {
            JsonNode r = f.http.get("/v3/vendors?max=4&sort=updatedTime:asc"
                    + (token == null ? "" : "&page=" + Http.enc(token))).json();
            r.get("results").forEach(v -> seen.add(v.get("id").asText()));
            // An edit moves a record to the end of updatedTime order: it may be seen again, never skipped.
            f.clock.advance(java.time.Duration.ofSeconds(1));
            String firstResult = r.get("results").get(0).get("id").asText();
            f.org.update(SimKind.VENDOR, firstResult, v -> v.put("phone", "555-000-0000"));
            token = r.has("nextPage") ? r.get("nextPage").asText() : null;
        } while (token != null);

        assertThat(seen).containsAll(f.org.list(SimKind.VENDOR).stream().map(v -> v.get("id").asText()).toList());
    }

    @Test
    void recordsCreatedDuringPagingAfterTheCursorAreIncluded() {
        JsonNode first = f.http.get("/v3/vendors?max=5&sort=createdTime:asc").json();
        f.clock.advance(java.time.Duration.ofMinutes(1));
        ObjectNode created = f.org.create(SimKind.VENDOR, Http.JSON.createObjectNode().put("name", "Newcomer LLC"));

        List<String> rest = Pages.ids(Pages.all(f.http, "/v3/vendors", "max=5", first.get("nextPage").asText()));

        assertThat(rest).endsWith(created.get("id").asText());
    }

    @Test
    void tokenCarriesTheQuerySoLaterPagesKeepTheFilter() {
        List<JsonNode> unpaid = Pages.all(f.http, "/v3/bills", "max=3&filters=" + Http.enc("paymentStatus:eq:\"UNPAID\""));

        assertThat(unpaid).isNotEmpty().allSatisfy(b -> assertThat(b.get("paymentStatus").asText()).isEqualTo("UNPAID"));
        long truth = f.org.list(SimKind.BILL).stream()
                .filter(b -> b.get("paymentStatus").asText().equals("UNPAID")).count();
        assertThat(unpaid).hasSize((int) truth);
    }

    @Test
    void tokenOfAnotherListIs400() {
        String billsToken = f.http.get("/v3/bills?max=5").json().get("nextPage").asText();

        Http.Response r = f.http.get("/v3/vendors?page=" + Http.enc(billsToken));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1129");
    }

    @Test
    void garbageTokenIs400() {
        Http.Response r = f.http.get("/v3/bills?page=not-a-token");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BDC_1129");
    }

    @Test
    void everyListEndpointPagesItsKind() {
        for (SimKind kind : SimKind.values()) {
            List<String> ids = Pages.ids(Pages.all(f.http, "/v3/" + kind.v3Path(), "max=100"));
            assertThat(ids).as(kind.name()).hasSize(f.org.list(kind).size()).isNotEmpty()
                    .allSatisfy(id -> assertThat(id).startsWith(kind.idPrefix()).hasSize(20));
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
