package com.billsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratorTest {
    private static final MutableClock CLOCK = new MutableClock(SimFixture.START);
    private static BillcomSimulator sim;
    private static SimOrg small;

    @BeforeAll
    static void start() {
        sim = BillcomSimulator.builder().clock(CLOCK).build();
        small = sim.createOrganization(OrgSpec.generated(42L, OrgSize.S));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static Set<String> ids(SimOrg org, SimKind kind) {
        return org.list(kind).stream().map(n -> n.get("id").asText()).collect(Collectors.toSet());
    }

    private static Map<String, Long> countBy(SimOrg org, SimKind kind, Function<ObjectNode, String> key) {
        return org.list(kind).stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    @Test
    void sameSeedGivesTheSameData() {
        SimOrg a = sim.createOrganization(OrgSpec.generated(5L, OrgSize.DEMO));
        SimOrg b = sim.createOrganization(OrgSpec.generated(5L, OrgSize.DEMO));

        assertThat(b.organizationId()).as("a taken org id is replaced").isNotEqualTo(a.organizationId());
        for (SimKind kind : SimKind.values()) {
            assertThat(b.list(kind)).as(kind.name()).isEqualTo(a.list(kind));
        }
        String billId = a.list(SimKind.BILL).get(0).get("id").asText();
        assertThat(b.billDocuments(billId)).isEqualTo(a.billDocuments(billId));
        assertThat(b.users()).isEqualTo(a.users());
    }

    @Test
    void differentSeedsGiveDifferentData() {
        SimOrg a = sim.createOrganization(OrgSpec.generated(1L, OrgSize.DEMO));
        SimOrg b = sim.createOrganization(OrgSpec.generated(2L, OrgSize.DEMO));

        assertThat(b.list(SimKind.VENDOR)).isNotEqualTo(a.list(SimKind.VENDOR));
    }

    @Test
    void sizeCountsAreHonoured() {
        OrgSize s = OrgSize.S;
        Map<SimKind, Integer> expected = Map.ofEntries(Map.entry(SimKind.VENDOR, s.vendors()),
                Map.entry(SimKind.BILL, s.bills()), Map.entry(SimKind.PAYMENT, s.payments()),
                Map.entry(SimKind.VENDOR_CREDIT, s.credits()), Map.entry(SimKind.CHART_OF_ACCOUNT, s.accounts()),
                Map.entry(SimKind.ITEM, s.items()), Map.entry(SimKind.CUSTOMER, s.customers()),
                Map.entry(SimKind.DEPARTMENT, s.departments()), Map.entry(SimKind.JOB, s.jobs()),
                Map.entry(SimKind.LOCATION, s.locations()), Map.entry(SimKind.ACCOUNTING_CLASS, s.classes()),
                Map.entry(SimKind.EMPLOYEE, s.employees()), Map.entry(SimKind.BANK_ACCOUNT, 3));
        expected.forEach((kind, n) -> assertThat(small.list(kind)).as(kind.name()).hasSize(n));
        assertThat(small.users()).hasSize(1);
    }

    @Test
    void sizeMGeneratesWellUnderAFewSeconds() {
        long start = System.nanoTime();
        SimOrg m = sim.createOrganization(OrgSpec.generated(3L, OrgSize.M));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(3_000);
        assertThat(m.list(SimKind.BILL)).hasSize(20_000);
        assertThat(m.list(SimKind.PAYMENT)).hasSize(12_000);
    }

    @Test
    void presetsParseByName() {
        assertThat(OrgSize.parse("demo")).isEqualTo(OrgSize.DEMO);
        assertThat(OrgSize.parse("M")).isEqualTo(OrgSize.M);
        assertThat(OrgSize.L.bills()).isEqualTo(5 * OrgSize.M.bills());
        assertThatThrownBy(() -> OrgSize.parse("xl")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsHaveTheKindPrefixAndTwentyCharacters() {
        for (SimKind kind : SimKind.values()) {
            assertThat(ids(small, kind)).as(kind.name())
                    .allSatisfy(id -> assertThat(id).startsWith(kind.idPrefix()).hasSize(20));
        }
        assertThat(small.organizationId()).startsWith("008").hasSize(20);
    }

    @Test
    void timestampsAreBillComShapedAndInThePast() {
        String now = "2026-06-01T12:00:00.000+00:00";
        for (SimKind kind : SimKind.values()) {
            for (ObjectNode n : small.list(kind)) {
                String created = n.get("createdTime").asText();
                String updated = n.get("updatedTime").asText();
                assertThat(created).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000\\+00:00");
                assertThat(created.compareTo(updated)).as(kind + " created <= updated").isLessThanOrEqualTo(0);
                assertThat(updated.compareTo(now)).as(kind + " updated <= now").isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void billsReferenceExistingRecords() {
        Set<String> vendors = ids(small, SimKind.VENDOR);
        Set<String> all = new HashSet<>();
        for (SimKind kind : List.of(SimKind.CHART_OF_ACCOUNT, SimKind.ITEM, SimKind.DEPARTMENT, SimKind.JOB,
                SimKind.LOCATION, SimKind.ACCOUNTING_CLASS, SimKind.EMPLOYEE, SimKind.CUSTOMER)) {
            all.addAll(ids(small, kind));
        }
        for (ObjectNode bill : small.list(SimKind.BILL)) {
            assertThat(vendors).contains(bill.get("vendorId").asText());
            assertThat(bill.get("billLineItems").size()).isBetween(1, 5);
            for (JsonNode line : bill.get("billLineItems")) {
                line.get("classifications").forEach(id -> assertThat(all).contains(id.asText()));
                assertThat(line.get("classifications").has("chartOfAccountId")).isTrue();
            }
        }
    }

    @Test
    void billLinesAddUpAndPaymentStatusFollowsTheMoney() {
        for (ObjectNode bill : small.list(SimKind.BILL)) {
            BigDecimal lines = BigDecimal.ZERO;
            for (JsonNode line : bill.get("billLineItems")) {
                lines = lines.add(line.get("amount").decimalValue());
            }
            BigDecimal amount = bill.get("amount").decimalValue();
            assertThat(lines).isEqualByComparingTo(amount);
            BigDecimal due = amount.subtract(bill.get("paidAmount").decimalValue())
                    .subtract(bill.get("creditAmount").decimalValue());
            assertThat(bill.get("dueAmount").decimalValue()).isEqualByComparingTo(due);
            String status = bill.get("paymentStatus").asText();
            if (due.signum() == 0) {
                assertThat(status).isEqualTo("PAID");
            } else {
                assertThat(status).isIn("UNPAID", "SCHEDULED", "PARTIAL");
            }
        }
    }

    @Test
    void approvalStatesAreSpreadWithMostApproved() {
        Map<String, Long> byStatus = countBy(small, SimKind.BILL, b -> b.get("approvalStatus").asText());

        assertThat(byStatus).containsOnlyKeys("APPROVED", "ASSIGNED", "APPROVING", "DENIED", "UNASSIGNED");
        assertThat(byStatus.get("APPROVED")).isGreaterThan(small.list(SimKind.BILL).size() / 2L);
    }

    @Test
    void onlyApprovedBillsArePaid() {
        assertThat(small.list(SimKind.BILL)).filteredOn(b -> !b.get("approvalStatus").asText().equals("APPROVED"))
                .allSatisfy(b -> assertThat(b.get("paidAmount").decimalValue()).isZero());
    }

    @Test
    void invoiceDatesSpreadOverAboutTwoYears() {
        List<LocalDate> dates = small.list(SimKind.BILL).stream()
                .map(b -> LocalDate.parse(b.get("invoice").get("invoiceDate").asText())).sorted().toList();

        assertThat(dates.get(0)).isAfterOrEqualTo(LocalDate.parse("2024-05-31"));
        assertThat(dates.get(dates.size() - 1)).isBefore(LocalDate.parse("2026-06-01"));
        assertThat(dates.get(0)).isBefore(LocalDate.parse("2024-08-01"));
    }

    @Test
    void aCoupleOfBillsDuplicateAVendorAndInvoiceNumber() {
        Map<String, Long> pairs = countBy(small, SimKind.BILL,
                b -> b.get("vendorId").asText() + "/" + b.get("invoice").get("invoiceNumber").asText());

        assertThat(pairs.values().stream().filter(n -> n > 1)).hasSize(2);
    }

    @Test
    void paymentsPayExistingBillsFromBankAccounts() {
        Set<String> bills = ids(small, SimKind.BILL);
        Set<String> banks = ids(small, SimKind.BANK_ACCOUNT);
        for (ObjectNode p : small.list(SimKind.PAYMENT)) {
            assertThat(p.get("billPayments")).isNotEmpty();
            p.get("billPayments").forEach(bp -> assertThat(bills).contains(bp.get("billId").asText()));
            assertThat(p.get("fundingAccount").get("type").asText()).isEqualTo("BANK_ACCOUNT");
            assertThat(banks).contains(p.get("fundingAccount").get("id").asText());
            assertThat(p.get("processDate").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        }
        assertThat(countBy(small, SimKind.PAYMENT, p -> p.get("status").asText()))
                .containsKeys("PAID", "SCHEDULED", "VOID", "CANCELLED");
    }

    @Test
    void creditsApplyToBillsOfTheirVendor() {
        Map<String, ObjectNode> bills = small.list(SimKind.BILL).stream()
                .collect(Collectors.toMap(b -> b.get("id").asText(), b -> b));
        List<ObjectNode> applied = small.list(SimKind.VENDOR_CREDIT).stream()
                .filter(c -> !c.get("usage").isEmpty()).toList();

        assertThat(applied).isNotEmpty().allSatisfy(c -> {
            ObjectNode bill = bills.get(c.get("usage").get(0).get("billId").asText());
            assertThat(bill.get("vendorId")).isEqualTo(c.get("vendorId"));
            assertThat(bill.get("creditAmount").decimalValue()).isPositive();
        });
        assertThat(small.list(SimKind.VENDOR_CREDIT)).allSatisfy(c -> assertThat(c.get("creditDate").asText())
                .matches("\\d{4}-\\d\\d-\\d\\d"));
    }

    @Test
    void banksLinkToBankAccountsExceptSome() {
        Map<String, ObjectNode> coa = small.list(SimKind.CHART_OF_ACCOUNT).stream()
                .collect(Collectors.toMap(a -> a.get("id").asText(), a -> a));
        List<ObjectNode> banks = small.list(SimKind.BANK_ACCOUNT);

        assertThat(banks).filteredOn(b -> !b.has("chartOfAccountId")).isNotEmpty();
        assertThat(banks).filteredOn(b -> b.has("chartOfAccountId")).isNotEmpty().allSatisfy(b -> assertThat(
                coa.get(b.get("chartOfAccountId").asText()).get("account").get("type").asText()).isEqualTo("BANK"));
    }

    @Test
    void chartOfAccountsHasRealisticTypesNumbersAndParents() {
        List<ObjectNode> coa = small.list(SimKind.CHART_OF_ACCOUNT);
        Set<String> ids = ids(small, SimKind.CHART_OF_ACCOUNT);

        assertThat(coa.stream().map(a -> a.get("account").get("type").asText()).collect(Collectors.toSet()))
                .contains("BANK", "CREDIT_CARD", "EXPENSE", "INCOME", "COST_OF_GOODS_SOLD", "ACCOUNTS_PAYABLE",
                        "EQUITY", "FIXED_ASSET", "OTHER_CURRENT_ASSET");
        assertThat(coa).allSatisfy(a -> assertThat(a.get("account").get("number").asText()).matches("\\d{4}"));
        assertThat(coa).filteredOn(a -> a.has("parentId")).isNotEmpty()
                .allSatisfy(a -> assertThat(ids).contains(a.get("parentId").asText()));
        assertThat(coa.stream().map(a -> a.get("account").get("number").asText()).distinct()).hasSize(coa.size());
        assertThat(coa).filteredOn(a -> a.get("archived").asBoolean()).isNotEmpty();
    }

    @Test
    void aFewVendorsAreArchived() {
        long archived = small.list(SimKind.VENDOR).stream().filter(v -> v.get("archived").asBoolean()).count();

        assertThat(archived).isBetween(1L, 20L);
    }

    @Test
    void everyDimensionIsGenerated() {
        for (SimKind kind : List.of(SimKind.DEPARTMENT, SimKind.JOB, SimKind.LOCATION, SimKind.ACCOUNTING_CLASS)) {
            assertThat(small.list(kind)).as(kind.name()).allSatisfy(d -> assertThat(d.has("name")).isTrue());
        }
        assertThat(small.list(SimKind.EMPLOYEE)).allSatisfy(e -> assertThat(e.has("firstName")).isTrue());
        assertThat(small.list(SimKind.DEPARTMENT)).filteredOn(d -> d.has("parentId")).isNotEmpty();
    }

    @Test
    void emptyOrganizationsHaveNoRecordsAndNoUsers() {
        SimOrg empty = sim.createOrganization(OrgSpec.empty());

        for (SimKind kind : SimKind.values()) {
            assertThat(empty.list(kind)).isEmpty();
        }
        assertThat(empty.users()).isEmpty();
    }
}
