package com.billsync.local.runtime.bench;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomConfig;
import com.billsync.billcom.BillcomCredentials;
import com.billsync.billcom.BillcomKind;
import com.billsync.billcom.ListQuery;
import com.billsync.billcom.Page;
import com.billsync.billcom.PageIterator;
import com.billsync.billcom.model.ApprovalStatus;
import com.billsync.billcom.model.Bill;
import com.billsync.billcom.model.V2Bill;
import com.billsync.simulator.BillcomSimulator;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.SimOrg;
import com.billsync.simulator.SimUser;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two ways others pull the same data, written with our own Bill.com client on the same simulator, one
 * request at a time (the client's limiter never has more than one in flight):
 *
 * <ul>
 *   <li><b>sequential</b>: every v3 list page by page, as the open-source Bill.com connectors do;</li>
 *   <li><b>seed</b>: the same, but each bill's approval status read with one legacy v2 {@code Crud/Read/Bill}
 *       call per bill, as the system the seed documents describe does.</li>
 * </ul>
 *
 * Both then read the document metadata of every approved, active bill, one call per bill, as billsync must for
 * the bills it imports, so wall times compare like for like (document calls are reported apart). A run that
 * passes its time budget stops inside the bills list and is extrapolated from the bill pages it did, at their
 * measured pace: every bill page costs the same calls.
 */
final class Baselines {

    enum Strategy {
        SEQUENTIAL("sequential"), SEED("seed");

        final String label;

        Strategy(String label) {
            this.label = label;
        }
    }

    /**
     * @param calls        per endpoint (extrapolated ones scaled up)
     * @param billPagesDone bill pages actually read (of {@code billPages})
     */
    record Result(Strategy strategy, Map<String, Long> calls, long wallMillis, boolean extrapolated, long billPagesDone,
                  long billPages, int maxConcurrency) {
    }

    private Baselines() {
    }

    static Result run(Strategy strategy, BillcomSimulator sim, SimOrg org, Duration budget) {
        String devKey = sim.registerDevKey("bench-dev-key-" + strategy.label);
        SimUser user = org.users().get(0);
        BillcomClient client = BillcomClient.builder(BillcomConfig.of(sim.v3BaseUrl(), sim.v2BaseUrl()),
                new BillcomCredentials(devKey, user.email(), user.password(), org.organizationId())).build();
        sim.resetCounters();
        long billPages = Lists.pages(org.list(SimKind.BILL).size());
        long t0 = System.nanoTime();
        long billsStarted = 0;
        Map<String, Long> beforeBills = Map.of();
        long billPagesDone = 0;
        for (Lists.Entry list : Lists.ALL) {
            if (list.kind() != BillcomKind.BILLS) {
                PageIterator<?> pages = client.list(list.kind(), ListQuery.all());
                while (pages.hasNext()) {
                    pages.next();
                }
                continue;
            }
            billsStarted = System.nanoTime();
            beforeBills = new TreeMap<>(sim.calls());
            PageIterator<Bill> pages = client.list(BillcomKind.BILLS, ListQuery.all());
            while (pages.hasNext()) {
                Page<Bill> page = pages.next();
                for (Bill bill : page.records()) {
                    boolean importable;
                    if (strategy == Strategy.SEED) {
                        V2Bill v2 = client.v2().readBill(bill.id());
                        importable = v2.approval() == ApprovalStatus.APPROVED && v2.active();
                    } else {
                        importable = bill.approvalStatus() == ApprovalStatus.APPROVED && !bill.archived();
                    }
                    if (importable) {
                        client.billDocuments(bill.id()).remainingRecords();
                    }
                }
                billPagesDone++;
                if (pages.hasNext() && Duration.ofNanos(System.nanoTime() - t0).compareTo(budget) > 0) {
                    break;
                }
            }
        }
        long end = System.nanoTime();
        Map<String, Long> calls = new TreeMap<>(sim.calls());
        boolean extrapolated = billPagesDone < billPages;
        Duration wall = Duration.ofNanos(end - t0);
        if (extrapolated) {
            // The pages left cost what the pages read cost, on average: same size, same calls per bill.
            double factor = (double) billPages / billPagesDone;
            for (Map.Entry<String, Long> e : calls.entrySet()) {
                long inBills = e.getValue() - beforeBills.getOrDefault(e.getKey(), 0L);
                if (!e.getKey().contains("login") && !e.getKey().contains("Login")) {
                    e.setValue(e.getValue() - inBills + Math.round(inBills * factor));
                }
            }
            wall = Duration.ofNanos(billsStarted - t0 + Math.round((end - billsStarted) * factor));
        }
        return new Result(strategy, calls, wall.toMillis(), extrapolated, billPagesDone, billPages, sim.maxObservedConcurrency());
    }
}
