package com.billsync.simulator.generate;

import com.billsync.simulator.SimKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small business's chart of accounts: a fixed core (banks, AP, a credit card, income and expense parents with
 * children) in an order that keeps parents before children and the kinds a sync needs first, then extra bank and
 * expense sub-accounts for larger sizes. A few leaf accounts are archived.
 */
final class CoaGenerator {
    private record Template(String number, String name, String type, String parent) {
    }

    /** The generated accounts, with lookups the other generators need. */
    record Coa(List<ObjectNode> accounts, List<ObjectNode> banks, List<ObjectNode> lineAccounts,
               List<ObjectNode> income, List<ObjectNode> cogs, List<ObjectNode> fixedAssets) {
    }

    private static final List<Template> CORE = List.of(
            t("1000", "Operating Checking", "BANK", null),
            t("2000", "Accounts Payable", "ACCOUNTS_PAYABLE", null),
            t("2100", "Company Visa", "CREDIT_CARD", null),
            t("4000", "Sales", "INCOME", null),
            t("6000", "Operating Expenses", "EXPENSE", null),
            t("6100", "Office Supplies", "EXPENSE", "6000"),
            t("6200", "Rent", "EXPENSE", "6000"),
            t("5000", "Cost of Goods Sold", "COST_OF_GOODS_SOLD", null),
            t("5100", "Materials", "COST_OF_GOODS_SOLD", "5000"),
            t("1010", "Money Market Savings", "BANK", null),
            t("1200", "Accounts Receivable", "ACCOUNTS_RECEIVABLE", null),
            t("1300", "Prepaid Expenses", "OTHER_CURRENT_ASSET", null),
            t("1500", "Fixed Assets", "FIXED_ASSET", null),
            t("1510", "Computer Equipment", "FIXED_ASSET", "1500"),
            t("3000", "Owner's Equity", "EQUITY", null),
            t("3100", "Retained Earnings", "EQUITY", null),
            t("4010", "Product Sales", "INCOME", "4000"),
            t("4020", "Service Revenue", "INCOME", "4000"),
            t("6300", "Software Subscriptions", "EXPENSE", "6000"),
            t("6400", "Professional Fees", "EXPENSE", "6000"),
            t("6410", "Legal Fees", "EXPENSE", "6400"),
            t("6420", "Accounting Fees", "EXPENSE", "6400"),
            t("6500", "Travel", "EXPENSE", "6000"),
            t("6510", "Meals", "EXPENSE", "6500"),
            t("6600", "Utilities", "EXPENSE", "6000"),
            t("6700", "Insurance", "EXPENSE", "6000"),
            t("6800", "Advertising", "EXPENSE", "6000"),
            t("6900", "Bank Service Charges", "EXPENSE", "6000"),
            t("5200", "Freight In", "COST_OF_GOODS_SOLD", "5000"),
            t("5300", "Subcontractors", "COST_OF_GOODS_SOLD", "5000"),
            t("2110", "Corporate Amex", "CREDIT_CARD", null),
            t("2200", "Accrued Liabilities", "OTHER_CURRENT_LIABILITY", null),
            t("2300", "Sales Tax Payable", "OTHER_CURRENT_LIABILITY", null),
            t("2700", "Long-term Loan", "LONG_TERM_LIABILITY", null),
            t("1310", "Prepaid Insurance", "OTHER_CURRENT_ASSET", "1300"),
            t("1520", "Furniture and Fixtures", "FIXED_ASSET", "1500"),
            t("1530", "Vehicles", "FIXED_ASSET", "1500"),
            t("1590", "Accumulated Depreciation", "FIXED_ASSET", "1500"),
            t("1800", "Security Deposits", "OTHER_ASSET", null),
            t("4900", "Interest Income", "OTHER_INCOME", null),
            t("7000", "Depreciation Expense", "OTHER_EXPENSE", null),
            t("7100", "Interest Expense", "OTHER_EXPENSE", null),
            t("1020", "Payroll Checking", "BANK", null),
            t("6050", "Payroll Expenses", "EXPENSE", "6000"),
            t("6051", "Wages", "EXPENSE", "6050"),
            t("6052", "Payroll Taxes", "EXPENSE", "6050"),
            t("9000", "Purchase Orders", "NON_POSTING", null));
    /** Bills post to these. */
    private static final Set<String> LINE_TYPES = Set.of("EXPENSE", "COST_OF_GOODS_SOLD", "FIXED_ASSET",
            "OTHER_CURRENT_ASSET", "OTHER_EXPENSE");

    private CoaGenerator() {
    }

    private static Template t(String number, String name, String type, String parent) {
        return new Template(number, name, type, parent);
    }

    static Coa generate(Gen g, int count, int bankAccounts) {
        List<Template> plan = new ArrayList<>(CORE.subList(0, Math.min(count, CORE.size())));
        long banks = plan.stream().filter(t -> t.type().equals("BANK")).count();
        for (int n = 1030; plan.size() < count && banks < bankAccounts; n += 10, banks++) {
            plan.add(t(String.valueOf(n), "Checking " + n, "BANK", null));
        }
        List<String> expenseParents = List.of("6000", "6400", "6500", "5000");
        Set<String> names = new HashSet<>();
        plan.forEach(t -> names.add(t.name()));
        for (int n = 6001; plan.size() < count; n++) {
            if (n % 10 == 0 || n == 6050 || n == 6051 || n == 6052) {
                continue;
            }
            String name = g.pick(Words.EXPENSE_NAMES);
            if (!names.add(name)) {
                name = name + " " + n;
                names.add(name);
            }
            boolean income = g.chance(0.1);
            plan.add(income
                    ? t(String.valueOf(n - 2000), "Revenue - " + name, "INCOME", "4000")
                    : t(String.valueOf(n), name, "EXPENSE", g.pick(expenseParents)));
        }

        Map<String, String> idByNumber = new HashMap<>();
        List<ObjectNode> accounts = new ArrayList<>();
        Coa coa = new Coa(accounts, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        int archivable = Math.max(2, count / 50);
        for (int i = 0; i < plan.size(); i++) {
            Template t = plan.get(i);
            ObjectNode account = Gen.object();
            String id = g.id(SimKind.CHART_OF_ACCOUNT);
            idByNumber.put(t.number(), id);
            // Archive a few late, non-core leaves: never a bank, AP or a parent.
            boolean archived = i >= 20 && archivable > 0 && t.parent() != null && g.chance(0.15)
                    && plan.stream().noneMatch(o -> t.number().equals(o.parent()));
            if (archived) {
                archivable--;
            }
            account.put("id", id);
            account.put("archived", archived);
            account.put("name", t.name());
            if (g.chance(0.3)) {
                account.put("description", t.name() + " (" + t.type().toLowerCase().replace('_', ' ') + ")");
            }
            if (t.parent() != null && idByNumber.containsKey(t.parent())) {
                account.put("parentId", idByNumber.get(t.parent()));
            }
            ObjectNode kind = account.putObject("account");
            kind.put("type", t.type());
            kind.put("number", t.number());
            g.stampMasterData(account);
            accounts.add(account);
            if (archived) {
                continue;
            }
            switch (t.type()) {
                case "BANK" -> coa.banks().add(account);
                case "INCOME" -> coa.income().add(account);
                default -> { }
            }
            if (t.type().equals("COST_OF_GOODS_SOLD")) {
                coa.cogs().add(account);
            }
            if (t.type().equals("FIXED_ASSET") && !t.name().startsWith("Accumulated")) {
                coa.fixedAssets().add(account);
            }
            if (LINE_TYPES.contains(t.type()) && !t.name().startsWith("Accumulated")) {
                coa.lineAccounts().add(account);
            }
        }
        return coa;
    }
}
