package com.billsync.sync.steps;

import com.billsync.billcom.model.BankAccount;
import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.billcom.model.Customer;
import com.billsync.billcom.model.Dimension;
import com.billsync.billcom.model.Employee;
import com.billsync.billcom.model.Item;
import com.billsync.billcom.model.Vendor;
import com.billsync.coa.CoaAligner;
import com.billsync.mapping.BillcomKind;
import com.billsync.runs.SyncStep;
import com.billsync.sync.StepHandler;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which handler runs which step; the seed plan's steps are the same master-data handlers. */
public final class Steps {

    private Steps() {
    }

    /** @param aligner chart-of-accounts alignment, run by the accounts step after its pull */
    public static Map<SyncStep, StepHandler> handlers(CoaAligner aligner) {
        Map<SyncStep, StepHandler> handlers = new EnumMap<>(SyncStep.class);
        handlers.put(SyncStep.VENDORS, new MasterDataStep(List.of(new MasterDataStep.Source<>("vendors",
                com.billsync.billcom.BillcomKind.VENDORS, BillcomKind.VENDORS, "vendor", Vendor::id,
                Vendor::updatedTime, true))));
        handlers.put(SyncStep.FUNDING_ACCOUNTS, new MasterDataStep(List.of(new MasterDataStep.Source<>(
                "funding-accounts", com.billsync.billcom.BillcomKind.BANK_ACCOUNTS, BillcomKind.FUNDING_ACCOUNTS,
                "funding_account", BankAccount::id, BankAccount::updatedTime, false))));
        StepHandler accounts = new MasterDataStep(List.of(new MasterDataStep.Source<>("accounts",
                com.billsync.billcom.BillcomKind.CHART_OF_ACCOUNTS, BillcomKind.ACCOUNTS, "account",
                ChartOfAccount::id, ChartOfAccount::updatedTime, false)));
        // Alignment after the pull, on a current mirror; a resumed step skips the finished pull and aligns again.
        handlers.put(SyncStep.ACCOUNTS, ctx -> {
            accounts.run(ctx);
            aligner.align(ctx);
        });
        handlers.put(SyncStep.BILLS, new BillsStep());
        handlers.put(SyncStep.VENDOR_CREDITS, new VendorCreditsStep());
        handlers.put(SyncStep.VENDOR_PAYMENTS, new VendorPaymentsStep());
        handlers.put(SyncStep.ITEMS, new MasterDataStep(List.of(new MasterDataStep.Source<>("items",
                com.billsync.billcom.BillcomKind.ITEMS, BillcomKind.ITEMS, "item", Item::id, Item::updatedTime,
                true))));
        handlers.put(SyncStep.CUSTOMERS, new MasterDataStep(List.of(new MasterDataStep.Source<>("customers",
                com.billsync.billcom.BillcomKind.CUSTOMERS, BillcomKind.CUSTOMERS, "customer", Customer::id,
                Customer::updatedTime, true))));
        handlers.put(SyncStep.CLASSIFICATIONS, new MasterDataStep(List.of(
                dimension("departments", com.billsync.billcom.BillcomKind.DEPARTMENTS, BillcomKind.DEPARTMENTS,
                        "department"),
                dimension("jobs", com.billsync.billcom.BillcomKind.JOBS, BillcomKind.JOBS, "job"),
                dimension("locations", com.billsync.billcom.BillcomKind.LOCATIONS, BillcomKind.LOCATIONS,
                        "location"),
                dimension("accounting-classes", com.billsync.billcom.BillcomKind.ACCOUNTING_CLASSES,
                        BillcomKind.ACCOUNTING_CLASSES, "accounting_class"),
                new MasterDataStep.Source<>("employees", com.billsync.billcom.BillcomKind.EMPLOYEES,
                        BillcomKind.EMPLOYEES, "employee", Employee::id, Employee::updatedTime, true))));
        return handlers;
    }

    private static MasterDataStep.Source<Dimension> dimension(String name,
                                                              com.billsync.billcom.BillcomKind<Dimension> kind,
                                                              BillcomKind mirrorKind, String entityType) {
        return new MasterDataStep.Source<>(name, kind, mirrorKind, entityType, Dimension::id, Dimension::updatedTime,
                true);
    }
}
