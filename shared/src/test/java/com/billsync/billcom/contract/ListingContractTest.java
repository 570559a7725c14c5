package com.billsync.billcom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomException;
import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.ListCheckpoint;
import com.billsync.billcom.ListQuery;
import com.billsync.billcom.Page;
import com.billsync.billcom.PageIterator;
import com.billsync.billcom.model.BillDocument;
import com.billsync.billcom.model.Vendor;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListingContractTest {

    /** Enough vendors for three pages (100, 100, 50); the rest small. */
    private static final OrgSize SIZE = new OrgSize(250, 20, 10, 5, 40, 10, 10, 4, 5, 3, 4, 5);

    private static SimFixture f;
    private BillcomClient client;

    @BeforeAll
    static void start() {
        f = SimFixture.start(SIZE);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void newClient() {
        f.sim.faults().reset();
        f.sim.resetCounters();
        client = f.client();
    }

    private static List<String> simIds(SimKind kind) {
        return f.org.list(kind).stream().map(n -> n.get("id").asText()).toList();
    }

    @Test
    void pagesEveryRecordExactlyOnceHundredAtATime() {
        PageIterator<Vendor> pages = client.list(BillcomKind.VENDORS, ListQuery.all());
        List<Integer> sizes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (pages.hasNext()) {
            Page<Vendor> page = pages.next();
            sizes.add(page.size());
            page.records().forEach(v -> ids.add(v.id()));
        }

        assertThat(sizes).containsExactly(100, 100, 50);
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(simIds(SimKind.VENDOR));
        assertThat(f.calls("GET /v3/vendors")).isEqualTo(3);
    }

    @Test
    void incrementalQueryReturnsOnlyRecordsUpdatedSinceTheCursor() {
        f.clock.advance(Duration.ofHours(1));
        Instant cursor = f.clock.instant();
        f.clock.advance(Duration.ofMinutes(1));
        List<String> touched = simIds(SimKind.VENDOR).subList(10, 13);
        touched.forEach(id -> {
            f.org.update(SimKind.VENDOR, id, n -> n.put("phone", "555-0100"));
            f.clock.advance(Duration.ofSeconds(5));
        });

        List<Vendor> changed = client.list(BillcomKind.VENDORS, ListQuery.updatedSince(cursor)).remainingRecords();

        assertThat(changed).extracting(Vendor::id).containsExactlyElementsOf(touched);
        assertThat(changed).allSatisfy(v -> assertThat(v.updatedTime()).isAfterOrEqualTo(cursor));
    }

    @Test
    void resumingFromACheckpointContinuesWhereTheListingLeftOff() {
        PageIterator<Vendor> first = client.list(BillcomKind.VENDORS, ListQuery.all());
        List<String> seen = new ArrayList<>();
        first.next().records().forEach(v -> seen.add(v.id()));
        ListCheckpoint saved = first.checkpoint();

        // A new client, as after a Lambda restart, resumes from the saved checkpoint.
        f.client().list(BillcomKind.VENDORS, ListQuery.all(), saved).remainingRecords().forEach(v -> seen.add(v.id()));

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(simIds(SimKind.VENDOR));
        assertThat(f.calls("GET /v3/vendors")).isEqualTo(3);
    }

    @Test
    void incrementalCheckpointResumesTheSameQuery() {
        Instant cursor = Instant.parse("2000-01-01T00:00:00Z");
        PageIterator<Vendor> first = client.list(BillcomKind.VENDORS, ListQuery.updatedSince(cursor));
        List<String> seen = new ArrayList<>();
        first.next().records().forEach(v -> seen.add(v.id()));
        ListCheckpoint saved = first.checkpoint();

        client.list(BillcomKind.VENDORS, ListQuery.all(), saved).remainingRecords().forEach(v -> seen.add(v.id()));

        assertThat(saved.cursorValue()).isEqualTo(cursor.toString());
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(simIds(SimKind.VENDOR));
    }

    @Test
    void everyKindListsAllItsRecordsWithoutMalformedOnes() {
        record Expect(BillcomKind<?> kind, SimKind simKind) {
        }
        for (Expect e : List.of(new Expect(BillcomKind.BILLS, SimKind.BILL),
                new Expect(BillcomKind.VENDOR_CREDITS, SimKind.VENDOR_CREDIT),
                new Expect(BillcomKind.PAYMENTS, SimKind.PAYMENT), new Expect(BillcomKind.CUSTOMERS, SimKind.CUSTOMER),
                new Expect(BillcomKind.BANK_ACCOUNTS, SimKind.BANK_ACCOUNT),
                new Expect(BillcomKind.CHART_OF_ACCOUNTS, SimKind.CHART_OF_ACCOUNT),
                new Expect(BillcomKind.ITEMS, SimKind.ITEM), new Expect(BillcomKind.DEPARTMENTS, SimKind.DEPARTMENT),
                new Expect(BillcomKind.JOBS, SimKind.JOB), new Expect(BillcomKind.LOCATIONS, SimKind.LOCATION),
                new Expect(BillcomKind.ACCOUNTING_CLASSES, SimKind.ACCOUNTING_CLASS),
                new Expect(BillcomKind.EMPLOYEES, SimKind.EMPLOYEE))) {
            PageIterator<?> pages = client.list(e.kind(), ListQuery.all());
            int records = 0;
            while (pages.hasNext()) {
                Page<?> page = pages.next();
                assertThat(page.malformed()).as(e.kind().name()).isEmpty();
                records += page.records().size();
            }
            assertThat(records).as(e.kind().name()).isEqualTo(f.org.list(e.simKind()).size());
        }
    }

    @Test
    void getOfAnUnknownIdIsNotFound() {
        assertThatThrownBy(() -> client.get(BillcomKind.VENDORS, "00902NOSUCHVENDOR000"))
                .isInstanceOf(BillcomException.NotFound.class);
    }

    @Test
    void getReadsOneRecord() {
        String id = simIds(SimKind.BILL).get(3);

        assertThat(client.get(BillcomKind.BILLS, id).id()).isEqualTo(id);
    }

    @Test
    void listsTheDocumentsOfABill() {
        String billId = simIds(SimKind.BILL).get(0);
        f.org.addBillDocument(billId, "invoice-1.pdf");
        f.org.addBillDocument(billId, "receipt.png");

        List<BillDocument> docs = client.billDocuments(billId).remainingRecords();

        assertThat(docs).extracting(BillDocument::name).contains("invoice-1.pdf", "receipt.png");
        assertThat(docs).allSatisfy(d -> assertThat(d.id()).isNotBlank());
        assertThat(f.calls("GET /v3/documents/bills/{billId}")).isPositive();
    }

    @Test
    void clientCountsCallsAsTheSimulatorSeesThem() {
        client.list(BillcomKind.VENDORS, ListQuery.all()).remainingRecords();

        assertThat(client.calls().get("GET /v3/vendors")).isEqualTo(f.calls("GET /v3/vendors")).isEqualTo(3);
        assertThat(client.calls().total()).isEqualTo(f.sim.totalCalls());
    }

    @Test
    void malformedRecordIsReportedAndTheRestOfThePageIsParsed() {
        // Its own organization, so the bad bill does not disturb the other tests.
        var org = f.sim.createOrganization(com.billsync.simulator.OrgSpec.empty());
        org.addUser("ap@example.com", SimFixture.PASSWORD);
        BillcomClient own = BillcomClient.builder(f.config(),
                new com.billsync.billcom.BillcomCredentials(f.devKey, "ap@example.com", SimFixture.PASSWORD,
                        org.organizationId())).build();
        ObjectNode good = f.org.list(SimKind.VENDOR).get(0).deepCopy();
        good.remove("id");
        String vendorId = org.create(SimKind.VENDOR, good).get("id").asText();
        ObjectNode bad = f.org.list(SimKind.BILL).get(0).deepCopy();
        bad.put("vendorId", vendorId);
        bad.putObject("amount").put("value", 12);
        String badId = org.putRaw(SimKind.BILL, bad);
        ObjectNode fine = f.org.list(SimKind.BILL).get(1).deepCopy();
        fine.put("vendorId", vendorId);
        fine.put("id", "00n02FINEBILL0000001");
        String fineId = org.putRaw(SimKind.BILL, fine);

        Page<com.billsync.billcom.model.Bill> page = own.list(BillcomKind.BILLS, ListQuery.all()).next();

        assertThat(page.records()).extracting(com.billsync.billcom.model.Bill::id).containsExactly(fineId);
        assertThat(page.malformed()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(badId);
            assertThat(m.reason()).contains("amount");
            assertThat(m.rawJson()).contains("\"value\":12");
        });
    }
}
