package com.billsync.local.runtime.bench;

import com.billsync.billcom.BillcomKind;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.SimOrg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thirteen Bill.com lists a sync reads, with the simulator's count of each, and the lower bound on the calls
 * that read them: {@code ceil(records / 100)} per list (at least one call, even for an empty list) plus one login.
 */
final class Lists {

    /** One list: its v3 endpoint as the simulator counts it, our client's kind and the simulator's. */
    record Entry(String endpoint, BillcomKind<?> kind, SimKind simKind) {
    }

    static final String DOCUMENTS_ENDPOINT = "GET /v3/documents/bills/{billId}";
    static final String LOGIN_ENDPOINT = "POST /v3/login";

    /** Bills last: the baselines spend most of their time there and extrapolate from it when over budget. */
    static final List<Entry> ALL = List.of(
            entry(BillcomKind.VENDORS, SimKind.VENDOR),
            entry(BillcomKind.BANK_ACCOUNTS, SimKind.BANK_ACCOUNT),
            entry(BillcomKind.CHART_OF_ACCOUNTS, SimKind.CHART_OF_ACCOUNT),
            entry(BillcomKind.VENDOR_CREDITS, SimKind.VENDOR_CREDIT),
            entry(BillcomKind.PAYMENTS, SimKind.PAYMENT),
            entry(BillcomKind.ITEMS, SimKind.ITEM),
            entry(BillcomKind.CUSTOMERS, SimKind.CUSTOMER),
            entry(BillcomKind.DEPARTMENTS, SimKind.DEPARTMENT),
            entry(BillcomKind.JOBS, SimKind.JOB),
            entry(BillcomKind.LOCATIONS, SimKind.LOCATION),
            entry(BillcomKind.ACCOUNTING_CLASSES, SimKind.ACCOUNTING_CLASS),
            entry(BillcomKind.EMPLOYEES, SimKind.EMPLOYEE),
            entry(BillcomKind.BILLS, SimKind.BILL));

    private Lists() {
    }

    private static Entry entry(BillcomKind<?> kind, SimKind simKind) {
        return new Entry("GET /v3" + kind.path(), kind, simKind);
    }

    /** Records per list endpoint, from the simulator's ground truth. */
    static Map<String, Integer> records(SimOrg org) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ALL.forEach(e -> out.put(e.endpoint(), org.list(e.simKind()).size()));
        return out;
    }

    static long pages(int records) {
        return Math.max(1, (records + 99) / 100);
    }

    /** Per list endpoint, the fewest calls that can read it; plus the login under {@link #LOGIN_ENDPOINT}. */
    static Map<String, Long> bound(Map<String, Integer> records) {
        Map<String, Long> out = new LinkedHashMap<>();
        records.forEach((endpoint, n) -> out.put(endpoint, pages(n)));
        out.put(LOGIN_ENDPOINT, 1L);
        return out;
    }

    static long total(Map<String, Long> calls) {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The calls without the per-bill document listings, which the bound leaves out. */
    static long withoutDocuments(Map<String, Long> calls) {
        return total(calls) - calls.getOrDefault(DOCUMENTS_ENDPOINT, 0L);
    }
}
