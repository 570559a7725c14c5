package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.model.ApprovalStatus;
import com.billsync.billcom.model.BankAccount;
import com.billsync.billcom.model.Bill;
import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.billcom.model.Payment;
import com.billsync.billcom.model.V2Bill;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bill.com's camelCase payloads map onto the records; unknown fields are ignored. */
class ModelMappingTest {

    private static JsonNode json(String s) throws Exception {
        return BillcomJson.MAPPER.readTree(s);
    }

    @Test
    void mapsAV3BillWithLinesClassificationsAndApprovers() throws Exception {
        Bill bill = BillcomJson.mapOrThrow(json("""
                {"id":"00n02JZNIEYMNPY99iz9","archived":false,"vendorId":"00901","vendorName":"Acme",
                 "dueDate":"2026-02-01","invoice":{"invoiceNumber":"INV-7","invoiceDate":"2026-01-02"},
                 "amount":120.50,"paymentStatus":"UNPAID","approvalStatus":"APPROVED",
                 "classifications":{"chartOfAccountId":"0ca1","departmentId":"0de1"},
                 "billLineItems":[{"id":"bli1","amount":120.50,"description":"Widgets",
                   "classifications":{"chartOfAccountId":"0ca2","jobId":"job1"}}],
                 "approvers":[{"userId":"006a","status":"APPROVED","approverOrder":1,
                   "statusChangedTime":"2026-01-03T10:00:00.000+00:00"}],
                 "updatedTime":"2026-01-03T10:00:00.000+00:00","brandNewField":{"x":1}}
                """), Bill.class, "bill");

        assertThat(bill.amount()).isEqualByComparingTo("120.50");
        assertThat(bill.invoice().invoiceDate()).isEqualTo(LocalDate.parse("2026-01-02"));
        assertThat(bill.approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(bill.billLineItems()).singleElement()
                .satisfies(l -> assertThat(l.classifications().jobId()).isEqualTo("job1"));
        assertThat(bill.approvers().get(0).statusChangedTime()).isEqualTo(Instant.parse("2026-01-03T10:00:00Z"));
        assertThat(bill.updatedTime()).isEqualTo(Instant.parse("2026-01-03T10:00:00Z"));
    }

    @Test
    void billWithoutApprovalStatusHasNullStatusAndEmptyLists() throws Exception {
        Bill bill = BillcomJson.mapOrThrow(json("{\"id\":\"00n1\"}"), Bill.class, "bill");

        assertThat(bill.approvalStatus()).isNull();
        assertThat(bill.billLineItems()).isEmpty();
    }

    @Test
    void mapsPaymentWithFundingAccountBillPaymentsAndVoidInfoGivenAsObject() throws Exception {
        Payment p = BillcomJson.mapOrThrow(json("""
                {"id":"stp1","amount":50,"vendorId":"00901","processDate":"2026-01-05",
                 "fundingAccount":{"type":"BANK_ACCOUNT","id":"bac1"},
                 "billPayments":[{"id":"blp1","billId":"00n1","amount":50,"vendorCredits":[{"id":"vcr1","amount":5}]}],
                 "status":"VOID","voidInfo":{"voidDate":"2026-01-06T00:00:00.000+00:00","voidReason":"dup"}}
                """), Payment.class, "payment");

        assertThat(p.fundingAccount().id()).isEqualTo("bac1");
        assertThat(p.billPayments().get(0).vendorCredits().get(0).amount()).isEqualByComparingTo("5");
        assertThat(p.voidInfo()).singleElement().satisfies(v -> assertThat(v.voidReason()).isEqualTo("dup"));
    }

    @Test
    void mapsBankAccountDefaultFlagsAndChartOfAccountType() throws Exception {
        BankAccount bank = BillcomJson.mapOrThrow(
                json("{\"id\":\"bac1\",\"default\":{\"payables\":true,\"receivables\":false}}"), BankAccount.class, "b");
        ChartOfAccount coa = BillcomJson.mapOrThrow(
                json("{\"id\":\"0ca1\",\"name\":\"Rent\",\"account\":{\"type\":\"EXPENSE\",\"number\":\"6100\"}}"),
                ChartOfAccount.class, "c");

        assertThat(bank.defaultUse().payables()).isTrue();
        assertThat(coa.account().number()).isEqualTo("6100");
    }

    @Test
    void mapsV2BillWithCompactOffsetsAndApprovalCode() throws Exception {
        V2Bill bill = BillcomJson.mapOrThrow(json("""
                {"entity":"Bill","id":"00n1","isActive":"1","approvalStatus":"3","amount":10.00,
                 "departmentId":"00000000000000000000","vendorId":"00901",
                 "invoiceDate":"2026-01-02","createdTime":"2026-01-02T07:00:00.000+0000",
                 "billLineItems":[{"entity":"BillLineItem","id":"bli1","chartOfAccountId":"0ca1","amount":10.00}]}
                """), V2Bill.class, "v2 bill");

        assertThat(bill.approval()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(bill.active()).isTrue();
        assertThat(bill.createdTime()).isEqualTo(Instant.parse("2026-01-02T07:00:00Z"));
        assertThat(bill.billLineItems().get(0).chartOfAccountId()).isEqualTo("0ca1");
    }

    @Test
    void v2AllZeroIdMeansNoId() throws Exception {
        V2Bill bill = BillcomJson.mapOrThrow(json("""
                {"id":"00n1","vendorId":"00901","departmentId":"00000000000000000000",
                 "billLineItems":[{"id":"bli1","jobId":"00000000000000000000"}]}
                """), V2Bill.class, "v2 bill");

        assertThat(bill.departmentId()).isNull();
        assertThat(bill.vendorId()).isEqualTo("00901");
        assertThat(bill.billLineItems().get(0).jobId()).isNull();
    }

    @Test
    void amountGivenAsObjectIsMalformedWithIdAndFieldInTheReason() throws Exception {
        JsonNode raw = json("{\"id\":\"00nBAD\",\"amount\":{\"value\":1}}");

        var mapped = BillcomJson.map(raw, Bill.class);

        assertThat(mapped.record()).isNull();
        assertThat(mapped.malformed().id()).isEqualTo("00nBAD");
        assertThat(mapped.malformed().reason()).startsWith("amount");
        assertThat(mapped.malformed().rawJson()).isEqualTo(raw.toString());
    }

    @Test
    void recordWithoutIdIsMalformedWithoutId() throws Exception {
        var mapped = BillcomJson.map(json("{\"name\":\"No id\"}"), ChartOfAccount.class);

        assertThat(mapped.malformed().id()).isNull();
        assertThat(mapped.malformed().reason()).contains("no id");
    }

    @Test
    void numericStringsAreAcceptedAsAmounts() throws Exception {
        Bill bill = BillcomJson.mapOrThrow(json("{\"id\":\"00n1\",\"amount\":\"12.30\"}"), Bill.class, "bill");

        assertThat(bill.amount()).isEqualTo(new BigDecimal("12.30"));
    }
}
