package com.billsync.billcom;

import com.billsync.billcom.model.BankAccount;
import com.billsync.billcom.model.Bill;
import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.billcom.model.Customer;
import com.billsync.billcom.model.Dimension;
import com.billsync.billcom.model.Employee;
import com.billsync.billcom.model.Item;
import com.billsync.billcom.model.Payment;
import com.billsync.billcom.model.Vendor;
import com.billsync.billcom.model.VendorCredit;
import java.util.List;

/**
 * A kind of Bill.com record billsync lists through v3: its path under the v3 base URL and its model.
 *
 * @param name a short name for logs
 * @param path e.g. {@code /vendors}
 * @param type the record class
 */
public record BillcomKind<T>(String name, String path, Class<T> type) {

    public static final BillcomKind<Vendor> VENDORS = new BillcomKind<>("vendors", "/vendors", Vendor.class);
    public static final BillcomKind<Bill> BILLS = new BillcomKind<>("bills", "/bills", Bill.class);
    public static final BillcomKind<VendorCredit> VENDOR_CREDITS =
            new BillcomKind<>("vendor-credits", "/vendor-credits", VendorCredit.class);
    public static final BillcomKind<Payment> PAYMENTS = new BillcomKind<>("payments", "/payments", Payment.class);
    public static final BillcomKind<Customer> CUSTOMERS =
            new BillcomKind<>("customers", "/customers", Customer.class);
    public static final BillcomKind<BankAccount> BANK_ACCOUNTS =
            new BillcomKind<>("bank-accounts", "/funding-accounts/banks", BankAccount.class);
    public static final BillcomKind<ChartOfAccount> CHART_OF_ACCOUNTS =
            new BillcomKind<>("chart-of-accounts", "/classifications/chart-of-accounts", ChartOfAccount.class);
    public static final BillcomKind<Item> ITEMS = new BillcomKind<>("items", "/classifications/items", Item.class);
    public static final BillcomKind<Dimension> DEPARTMENTS =
            new BillcomKind<>("departments", "/classifications/departments", Dimension.class);
    public static final BillcomKind<Dimension> JOBS =
            new BillcomKind<>("jobs", "/classifications/jobs", Dimension.class);
    public static final BillcomKind<Dimension> LOCATIONS =
            new BillcomKind<>("locations", "/classifications/locations", Dimension.class);
    public static final BillcomKind<Dimension> ACCOUNTING_CLASSES =
            new BillcomKind<>("accounting-classes", "/classifications/accounting-classes", Dimension.class);
    public static final BillcomKind<Employee> EMPLOYEES =
            new BillcomKind<>("employees", "/classifications/employees", Employee.class);

    /** Every kind, in the order of the full sync plan. */
    public static List<BillcomKind<?>> values() {
        return List.of(VENDORS, BANK_ACCOUNTS, CHART_OF_ACCOUNTS, BILLS, VENDOR_CREDITS, PAYMENTS, ITEMS, CUSTOMERS,
                DEPARTMENTS, JOBS, LOCATIONS, ACCOUNTING_CLASSES, EMPLOYEES);
    }
}
