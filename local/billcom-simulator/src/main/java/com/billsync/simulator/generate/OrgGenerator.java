package com.billsync.simulator.generate;

import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.SimUser;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.OrgData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Fills an organization with a consistent, reproducible data set of a given size. */
public final class OrgGenerator {
    /** The login the generator adds to every generated organization (fake demo credentials). */
    public static final String DEFAULT_USER_EMAIL = "demo@billsync.example";
    public static final String DEFAULT_USER_PASSWORD = "demo-password";

    private OrgGenerator() {
    }

    public static String companyName(long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        return Words.COMPANY_A.get(random.nextInt(Words.COMPANY_A.size())) + " "
                + Words.COMPANY_B.get(random.nextInt(Words.COMPANY_B.size())) + " Holdings";
    }

    public static void generate(OrgData org, long seed, OrgSize size) {
        Gen g = new Gen(seed, org);
        SimUser user = org.addUser(DEFAULT_USER_EMAIL, DEFAULT_USER_PASSWORD);
        List<String> approvers = List.of(user.userId(), org.newId("006"), org.newId("006"));
        int bankCount = 3 + size.vendors() / 500;

        CoaGenerator.Coa coa = CoaGenerator.generate(g, size.accounts(), bankCount - 1);
        List<ObjectNode> vendors = MasterData.vendors(g, size.vendors());
        List<ObjectNode> customers = MasterData.customers(g, size.customers());
        List<ObjectNode> items = MasterData.items(g, size.items(), coa);
        List<ObjectNode> banks = MasterData.banks(g, bankCount, coa, org.name());
        List<ObjectNode> departments = MasterData.dimension(g, SimKind.DEPARTMENT, size.departments(),
                cycling(Words.DEPARTMENTS));
        List<ObjectNode> jobs = MasterData.dimension(g, SimKind.JOB, size.jobs(),
                i -> "Project " + Words.COMPANY_A.get(i % Words.COMPANY_A.size()) + " " + (1001 + i));
        List<ObjectNode> locations = MasterData.dimension(g, SimKind.LOCATION, size.locations(),
                cycling(Words.CITIES));
        List<ObjectNode> classes = MasterData.dimension(g, SimKind.ACCOUNTING_CLASS, size.classes(),
                cycling(Words.CLASSES));
        List<ObjectNode> employees = MasterData.employees(g, size.employees());

        Refs refs = new Refs(vendors, Refs.active(vendors), coa, Refs.active(items), Refs.active(departments),
                Refs.active(jobs), Refs.active(locations), Refs.active(classes), Refs.active(employees),
                Refs.active(customers), user.userId(), approvers);
        List<BillWork> bills = BillGenerator.generate(g, size.bills(), refs);
        Map<String, List<BillWork>> payableByVendor = new HashMap<>();
        bills.stream().filter(b -> b.payable)
                .forEach(b -> payableByVendor.computeIfAbsent(b.vendorId, k -> new ArrayList<>()).add(b));
        List<CreditGenerator.Credit> credits = CreditGenerator.generate(g, size.credits(), refs, payableByVendor);
        Map<String, List<CreditGenerator.Credit>> creditsByBill = new HashMap<>();
        credits.stream().filter(c -> c.bill() != null)
                .forEach(c -> creditsByBill.computeIfAbsent(c.bill().id, k -> new ArrayList<>()).add(c));
        Map<String, ObjectNode> vendorsById = new HashMap<>();
        vendors.forEach(v -> vendorsById.put(v.path("id").asText(), v));
        List<ObjectNode> fundingBanks = banks.stream().filter(b -> b.path("status").asText().equals("SUCCESS"))
                .toList();
        String fallbackGl = coa.banks().isEmpty() ? null : coa.banks().get(0).path("id").asText();
        List<ObjectNode> payments = PaymentGenerator.generate(g, size.payments(), bills,
                new PaymentGenerator.Sources(fundingBanks, fallbackGl, vendorsById, creditsByBill, user.userId()));

        Map<String, Long> balances = new HashMap<>();
        for (BillWork bill : bills) {
            bill.finish();
            if (!bill.node.path("archived").asBoolean()) {
                balances.merge(bill.vendorId, Json.cents(bill.node, "dueAmount"), Long::sum);
            }
        }
        vendors.forEach(v -> ((ObjectNode) v.get("balance"))
                .set("amount", Json.money(balances.getOrDefault(v.path("id").asText(), 0L))));
        documents(g, org, bills);

        coa.accounts().forEach(n -> org.store(SimKind.CHART_OF_ACCOUNT, n));
        vendors.forEach(n -> org.store(SimKind.VENDOR, n));
        customers.forEach(n -> org.store(SimKind.CUSTOMER, n));
        items.forEach(n -> org.store(SimKind.ITEM, n));
        banks.forEach(n -> org.store(SimKind.BANK_ACCOUNT, n));
        departments.forEach(n -> org.store(SimKind.DEPARTMENT, n));
        jobs.forEach(n -> org.store(SimKind.JOB, n));
        locations.forEach(n -> org.store(SimKind.LOCATION, n));
        classes.forEach(n -> org.store(SimKind.ACCOUNTING_CLASS, n));
        employees.forEach(n -> org.store(SimKind.EMPLOYEE, n));
        bills.forEach(b -> org.store(SimKind.BILL, b.node));
        credits.forEach(c -> org.store(SimKind.VENDOR_CREDIT, c.node()));
        payments.forEach(n -> org.store(SimKind.PAYMENT, n));
    }

    /** About a third of bills carry one to three documents (the scanned invoice, its pages, a receipt). */
    private static void documents(Gen g, OrgData org, List<BillWork> bills) {
        for (BillWork bill : bills) {
            if (!g.chance(0.3)) {
                continue;
            }
            String number = bill.node.path("invoice").path("invoiceNumber").asText().replaceAll("[^A-Za-z0-9-]", "");
            int count = g.between(1, 3);
            for (int d = 0; d < count; d++) {
                String name = switch (d) {
                    case 0 -> number + ".pdf";
                    case 1 -> number + "-page2.pdf";
                    default -> "receipt-" + number + ".jpg";
                };
                Instant created = g.notAfterNow(bill.created.plus(Duration.ofMinutes(g.between(1, 240))));
                org.addDocument(bill.id, name, created);
            }
        }
    }

    private static Function<Integer, String> cycling(List<String> names) {
        return i -> i < names.size() ? names.get(i) : names.get(i % names.size()) + " " + (i / names.size() + 1);
    }
}
