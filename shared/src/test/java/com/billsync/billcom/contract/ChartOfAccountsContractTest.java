package com.billsync.billcom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.billsync.billcom.BillcomClient;
import com.billsync.billcom.BillcomException;
import com.billsync.billcom.ChartOfAccountPatch;
import com.billsync.billcom.ChartOfAccountsWriter;
import com.billsync.billcom.NewChartOfAccount;
import com.billsync.billcom.model.AccountInfo;
import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.simulator.OrgSize;
import com.billsync.simulator.SimKind;
import com.billsync.simulator.WriteRecord;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chart-of-accounts writes, checked in the simulator's write log. */
class ChartOfAccountsContractTest {

    private static SimFixture f;
    private ChartOfAccountsWriter coa;

    @BeforeAll
    static void start() {
        f = SimFixture.start(OrgSize.DEMO);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void reset() {
        f.sim.faults().reset();
        BillcomClient client = f.client();
        client.login();
        f.sim.clearWriteLog();
        coa = client.chartOfAccounts();
    }

    private static WriteRecord onlyWrite() {
        List<WriteRecord> log = f.sim.writeLog();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).kind()).isEqualTo(SimKind.CHART_OF_ACCOUNT);
        return log.get(0);
    }

    private ChartOfAccount created(String name, String number) {
        ChartOfAccount account = coa.create(new NewChartOfAccount(name, null, null, new AccountInfo("EXPENSE", number)));
        f.sim.clearWriteLog();
        return account;
    }

    @Test
    void createsAnAccount() {
        ChartOfAccount made = coa.create(new NewChartOfAccount("Prepaid Expenses", "Paid ahead", null,
                new AccountInfo("OTHER_CURRENT_ASSET", "1-020")));

        WriteRecord w = onlyWrite();
        assertThat(w.method()).isEqualTo("POST");
        assertThat(w.objectId()).isEqualTo(made.id());
        assertThat(w.after().get("name").asText()).isEqualTo("Prepaid Expenses");
        assertThat(w.after().at("/account/number").asText()).isEqualTo("1-020");
        assertThat(made.account()).isEqualTo(new AccountInfo("OTHER_CURRENT_ASSET", "1-020"));
    }

    @Test
    void createsAChildUnderItsParent() {
        ChartOfAccount parent = created("Office", "6900");

        ChartOfAccount child = coa.create(new NewChartOfAccount("Office Supplies", null, parent.id(),
                new AccountInfo("EXPENSE", "6910")));

        assertThat(child.parentId()).isEqualTo(parent.id());
        assertThat(onlyWrite().after().get("parentId").asText()).isEqualTo(parent.id());
    }

    @Test
    void patchesOnlyTheChangedFields() {
        ChartOfAccount account = created("Postage", "6950");

        ChartOfAccount patched = coa.patch(ChartOfAccountPatch.of(account.id()).withName("Postage and Delivery"));

        WriteRecord w = onlyWrite();
        assertThat(w.method()).isEqualTo("PATCH");
        assertThat(w.before().get("name").asText()).isEqualTo("Postage");
        assertThat(w.after().get("name").asText()).isEqualTo("Postage and Delivery");
        assertThat(w.after().at("/account/number").asText()).isEqualTo("6950");
        assertThat(patched.name()).isEqualTo("Postage and Delivery");
    }

    @Test
    void movesAnAccountToTheTopLevel() {
        ChartOfAccount parent = created("Utilities", "7000");
        ChartOfAccount child = coa.create(new NewChartOfAccount("Water", null, parent.id(), new AccountInfo("EXPENSE", "7010")));
        f.sim.clearWriteLog();

        ChartOfAccount moved = coa.patch(ChartOfAccountPatch.of(child.id()).withoutParent());

        assertThat(moved.parentId()).isNull();
        assertThat(onlyWrite().before().get("parentId").asText()).isEqualTo(parent.id());
    }

    @Test
    void archivesAndRestoresAnAccount() {
        ChartOfAccount account = created("Dues", "6960");

        assertThat(coa.archive(account.id()).archived()).isTrue();
        WriteRecord archived = onlyWrite();
        f.sim.clearWriteLog();
        assertThat(coa.restore(account.id()).archived()).isFalse();
        WriteRecord restored = onlyWrite();

        assertThat(archived.after().get("archived").asBoolean()).isTrue();
        assertThat(archived.path()).endsWith("/archive");
        assertThat(restored.after().get("archived").asBoolean()).isFalse();
        assertThat(restored.path()).endsWith("/restore");
    }

    @Test
    void bulkCreatesAccounts() {
        List<ChartOfAccount> made = coa.bulkCreate(List.of(
                new NewChartOfAccount("Bulk A", null, null, new AccountInfo("EXPENSE", "8001")),
                new NewChartOfAccount("Bulk B", null, null, new AccountInfo("INCOME", "8002"))));

        assertThat(made).extracting(ChartOfAccount::name).containsExactly("Bulk A", "Bulk B");
        assertThat(f.sim.writeLog()).extracting(WriteRecord::objectId)
                .containsExactlyInAnyOrderElementsOf(made.stream().map(ChartOfAccount::id).toList());
    }

    @Test
    void bulkPatchesArchivesAndRestoresAccounts() {
        ChartOfAccount a = created("Bulk P1", "8101");
        ChartOfAccount b = created("Bulk P2", "8102");

        List<ChartOfAccount> patched = coa.bulkPatch(List.of(ChartOfAccountPatch.of(a.id()).withName("Bulk P1x"),
                ChartOfAccountPatch.of(b.id()).withDescription("second")));
        List<ChartOfAccount> archived = coa.bulkArchive(List.of(a.id(), b.id()));
        List<ChartOfAccount> restored = coa.bulkRestore(List.of(a.id(), b.id()));

        assertThat(patched).extracting(ChartOfAccount::name).containsExactly("Bulk P1x", "Bulk P2");
        assertThat(archived).allSatisfy(x -> assertThat(x.archived()).isTrue());
        assertThat(restored).allSatisfy(x -> assertThat(x.archived()).isFalse());
        assertThat(f.sim.writeLog()).hasSize(6).extracting(WriteRecord::method)
                .containsExactly("PATCH", "PATCH", "POST", "POST", "POST", "POST");
        assertThat(f.org.get(SimKind.CHART_OF_ACCOUNT, a.id()).orElseThrow().get("name").asText()).isEqualTo("Bulk P1x");
    }

    @Test
    void createRejectedByValidationIsRejectedWithItsCode() {
        assertThatThrownBy(() -> coa.create(new NewChartOfAccount("", null, null, new AccountInfo("EXPENSE", "9999"))))
                .isInstanceOfSatisfying(BillcomException.Rejected.class, e -> assertThat(e.code()).startsWith("BDC_"));
        assertThat(f.sim.writeLog()).isEmpty();
    }
}
