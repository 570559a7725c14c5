package com.billsync.billcom.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.ListQuery;
import com.billsync.billcom.Page;
import com.billsync.billcom.PageIterator;
import com.billsync.billcom.V2ListQuery;
import com.billsync.billcom.model.Bill;
import com.billsync.billcom.model.Payment;
import com.billsync.billcom.model.V2Bill;
import com.billsync.billcom.model.V2SentPay;
import com.billsync.billcom.session.InMemorySessionProvider;
import com.billsync.simulator.FaultKind;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class V2ContractTest {

    private static SimFixture f;
    private BillcomClient client;

    @BeforeAll
    static void start() {
        f = SimFixture.start(OrgSize.DEMO);
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

    @Test
    void listsEveryBillAcrossPages() {
        PageIterator<V2Bill> pages = client.v2().listBills(V2ListQuery.all().withPageSize(25));
        List<String> ids = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        while (pages.hasNext()) {
            Page<V2Bill> p = pages.next();
            sizes.add(p.size());
            p.records().forEach(b -> ids.add(b.id()));
        }

        assertThat(ids).doesNotHaveDuplicates().hasSize(f.org.list(SimKind.BILL).size());
        assertThat(sizes).containsExactly(25, 25, 10);
    }

    @Test
    void v2ApprovalStatusMapsToTheSameEnumAsV3() {
        Map<String, Bill> v3 = client.list(BillcomKind.BILLS, ListQuery.all()).remainingRecords().stream()
                .collect(Collectors.toMap(Bill::id, Function.identity()));

        List<V2Bill> v2 = client.v2().listBills(V2ListQuery.all()).remainingRecords();

        assertThat(v2).isNotEmpty().allSatisfy(b -> assertThat(b.approval()).as(b.id())
                .isEqualTo(v3.get(b.id()).approvalStatus()));
    }

    @Test
    void readsOneBillWithItsLines() {
        String id = f.org.list(SimKind.BILL).get(5).get("id").asText();

        V2Bill bill = client.v2().readBill(id);

        assertThat(bill.id()).isEqualTo(id);
        assertThat(bill.billLineItems()).isNotEmpty().allSatisfy(l -> assertThat(l.billId()).isEqualTo(id));
    }

    @Test
    void sentPaysCarryTheGlAccountV3PaymentsLack() {
        List<Payment> v3 = client.list(BillcomKind.PAYMENTS, ListQuery.all()).remainingRecords();

        List<V2SentPay> v2 = client.v2().listSentPays(V2ListQuery.all()).remainingRecords();
        V2SentPay one = client.v2().readSentPay(v3.get(0).id());

        assertThat(v2).extracting(V2SentPay::id).containsExactlyInAnyOrderElementsOf(v3.stream().map(Payment::id).toList());
        assertThat(v2).allSatisfy(p -> assertThat(p.chartOfAccountId()).startsWith("0ca"));
        assertThat(one.id()).isEqualTo(v3.get(0).id());
    }

    @Test
    void invalidV2SessionLogsInAgainThroughV2() {
        client = f.clientBuilder(f.credentials()).sessionProvider(new InMemorySessionProvider()).build();
        client.v2().listBills(V2ListQuery.all()).next();
        f.sim.faults().failNext(1, FaultKind.SESSION_INVALID);

        String id = f.org.list(SimKind.BILL).get(0).get("id").asText();
        assertThat(client.v2().readBill(id).id()).isEqualTo(id);
        assertThat(f.calls("POST /v2/Login.json")).isEqualTo(2);
        assertThat(f.calls("POST /v3/login")).isZero();
    }
}
