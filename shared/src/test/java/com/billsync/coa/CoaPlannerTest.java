package com.billsync.coa;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.model.AccountInfo;
import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.ledger.AccountType;
import com.billsync.ledger.LedgerAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner's rules on plain inputs: GL accounts, mirrored Bill.com rows, mappings. */
class CoaPlannerTest {

    private static final Instant T = Instant.parse("2026-06-01T12:00:00Z");

    private final List<LedgerAccount> ledger = new ArrayList<>();
    private final List<ChartOfAccount> billcom = new ArrayList<>();
    private final Map<String, String> mappings = new HashMap<>();
    private final Set<String> pending = new HashSet<>();
    private final Map<String, Optional<String>> funding = new HashMap<>();

    private LedgerAccount account(String id, String number, String name, AccountType type, String parent,
                                  boolean active) {
        LedgerAccount a = new LedgerAccount("cmp", id, Optional.ofNullable(number), name, type,
                Optional.ofNullable(parent), active, 1, T, T);
        ledger.add(a);
        return a;
    }

    private LedgerAccount account(String id, String number, String name, AccountType type, String parent) {
        return account(id, number, name, type, parent, true);
    }

    private ChartOfAccount row(String id, String number, String name, String type, String parent, boolean archived) {
        ChartOfAccount r = new ChartOfAccount(id, archived, name, null, parent, new AccountInfo(type, number), T, T);
        billcom.add(r);
        return r;
    }

    private void mapped(String rowId, String ledgerId) {
        mappings.put(rowId, ledgerId);
    }

    private CoaPlan plan() {
        return CoaPlanner.plan(new CoaInputs(ledger, billcom, mappings, pending, funding));
    }

    private static List<CoaMutation> of(CoaPlan plan, CoaAction action) {
        return plan.mutations().stream().filter(m -> m.action() == action).toList();
    }

    private static CoaConflict.Code conflictOf(CoaPlan plan, String ledgerId) {
        return plan.conflicts().stream().filter(c -> c.ledgerAccountId().orElse("").equals(ledgerId))
                .map(CoaConflict::code).findFirst().orElse(null);
    }

    @Test
    void createsUnmappedActiveAccountsWithParentsBeforeChildrenOverADeepTree() {
        account("a5", "5000", "Level 5", AccountType.EXPENSE, "a4");
        account("a4", "4000", "Level 4", AccountType.EXPENSE, "a3");
        account("a1", "1000", "Level 1", AccountType.EXPENSE, null);
        account("a3", "3000", "Level 3", AccountType.EXPENSE, "a2");
        account("a2", "2000", "Level 2", AccountType.EXPENSE, "a1");
        account("b2", "2100", "Other level 2", AccountType.EXPENSE, "a1");

        CoaPlan plan = plan();

        assertThat(plan.mutations()).extracting(CoaMutation::action).containsOnly(CoaAction.CREATE);
        assertThat(plan.mutations()).extracting(CoaMutation::ledgerAccountId)
                .containsExactly("a1", "a2", "b2", "a3", "a4", "a5");
        assertThat(plan.mutations()).extracting(CoaMutation::depth).containsExactly(0, 1, 1, 2, 3, 4);
        CoaMutation a3 = plan.mutations().get(3);
        assertThat(a3.after().parentLedgerId()).contains("a2");
        assertThat(a3.after().parentId()).isEmpty();
        assertThat(a3.after().type()).isEqualTo("EXPENSE");
        assertThat(a3.before()).isEmpty();
    }

    @Test
    void aChildOfAMappedParentIsCreatedUnderTheParentsRow() {
        account("p", "6000", "Office", AccountType.EXPENSE, null);
        account("c", "6100", "Supplies", AccountType.EXPENSE, "p");
        row("0caP", "6000", "Office", "EXPENSE", null, false);
        mapped("0caP", "p");

        CoaPlan plan = plan();

        assertThat(plan.mutations()).singleElement().satisfies(m -> {
            assertThat(m.action()).isEqualTo(CoaAction.CREATE);
            assertThat(m.after().parentId()).contains("0caP");
        });
    }

    @Test
    void aMappedPairThatDiffersIsUpdatedWithBeforeAndAfter() {
        account("p", "6000", "Office", AccountType.EXPENSE, null);
        account("x", "6200", "Rent & utilities", AccountType.EXPENSE, "p");
        row("0caP", "6000", "Office", "EXPENSE", null, false);
        row("0caX", "6250", "Rent", "INCOME", null, false);
        mapped("0caP", "p");
        mapped("0caX", "x");

        CoaMutation update = plan().mutations().get(0);

        assertThat(update.action()).isEqualTo(CoaAction.UPDATE);
        assertThat(update.changes()).containsExactly("name", "number", "type", "parent");
        assertThat(update.before()).get().extracting(CoaRow::name, CoaRow::number, CoaRow::type, CoaRow::parentId)
                .containsExactly("Rent", Optional.of("6250"), "INCOME", Optional.empty());
        assertThat(update.after()).extracting(CoaRow::name, CoaRow::number, CoaRow::type, CoaRow::parentId)
                .containsExactly("Rent & utilities", Optional.of("6200"), "EXPENSE", Optional.of("0caP"));
    }

    @Test
    void aBillcomTypeTheLedgerTypeAcceptsIsKept() {
        account("f", "1500", "Equipment", AccountType.ASSET, null);
        row("0caF", "1500", "Equipment", "FIXED_ASSET", null, false);
        mapped("0caF", "f");

        assertThat(plan().isEmpty()).isTrue();
    }

    @Test
    void aLedgerAccountWithoutANumberLeavesTheRowsNumberAlone() {
        account("b", null, "Operating bank", AccountType.BANK, null);
        row("0caB", "1010", "Operating bank", "BANK", null, false);
        mapped("0caB", "b");

        assertThat(plan().isEmpty()).isTrue();
    }

    @Test
    void anAlignedChartNeedsNothing() {
        account("p", "6000", "Office", AccountType.EXPENSE, null);
        account("c", "6100", "Supplies", AccountType.EXPENSE, "p");
        row("0caP", "6000", "Office", "EXPENSE", null, false);
        row("0caC", "6100", "Supplies", "EXPENSE", "0caP", false);
        mapped("0caP", "p");
        mapped("0caC", "c");

        CoaPlan plan = plan();

        assertThat(plan.mutations()).isEmpty();
        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.untouched()).isEmpty();
    }

    @Test
    void aDeactivatedAccountsRowIsArchivedAndAReactivatedOnesRestored() {
        account("gone", "6300", "Travel", AccountType.EXPENSE, null, false);
        account("back", "6400", "Meals", AccountType.EXPENSE, null);
        row("0caG", "6300", "Travel", "EXPENSE", null, false);
        row("0caB", "6400", "Meals", "EXPENSE", null, true);
        mapped("0caG", "gone");
        mapped("0caB", "back");

        CoaPlan plan = plan();

        assertThat(of(plan, CoaAction.ARCHIVE)).singleElement().satisfies(m -> {
            assertThat(m.billcomId()).contains("0caG");
            assertThat(m.before().orElseThrow().archived()).isFalse();
            assertThat(m.after().archived()).isTrue();
        });
        assertThat(of(plan, CoaAction.RESTORE)).singleElement().satisfies(m ->
                assertThat(m.billcomId()).contains("0caB"));
        assertThat(plan.mutations()).hasSize(2);
    }

    @Test
    void anInactiveUnmappedAccountIsNotCreated() {
        account("old", "6500", "Old", AccountType.EXPENSE, null, false);

        assertThat(plan().isEmpty()).isTrue();
    }

    @Test
    void anUnmappedAccountMatchesTheUnmappedRowWithItsNumberAndTypeThenIsUpdated() {
        account("f", "1500", "Machinery", AccountType.ASSET, null);
        row("0caF", "1500", "Equipment", "FIXED_ASSET", null, false);

        CoaPlan plan = plan();

        assertThat(plan.mutations()).extracting(CoaMutation::action).containsExactly(CoaAction.MAP, CoaAction.UPDATE);
        assertThat(plan.mutations()).allSatisfy(m -> assertThat(m.billcomId()).contains("0caF"));
        assertThat(plan.mutations().get(1).changes()).containsExactly("name");
        assertThat(plan.mutations().get(1).after().type()).isEqualTo("FIXED_ASSET");
        assertThat(plan.untouched()).isEmpty();
    }

    @Test
    void anActiveRowIsPreferredToAnArchivedOneAndAnArchivedMatchIsRestored() {
        account("a", "7000", "Fees", AccountType.INCOME, null);
        account("b", "7100", "Interest", AccountType.INCOME, null);
        row("0caA1", "7000", "Fees", "INCOME", null, true);
        row("0caA2", "7000", "Fees", "OTHER_INCOME", null, false);
        row("0caB", "7100", "Interest", "INCOME", null, true);

        CoaPlan plan = plan();

        assertThat(plan.mutations()).extracting(m -> m.action() + " " + m.billcomId().orElseThrow())
                .containsExactly("MAP 0caA2", "MAP 0caB", "RESTORE 0caB");
        assertThat(plan.untouched()).extracting(CoaPlan.Untouched::billcomId).containsExactly("0caA1");
    }

    @Test
    void theSameNumberWithAnotherTypeIsAConflictAndNothingIsCreated() {
        account("a", "4000", "Sales", AccountType.INCOME, null);
        row("0caA", "4000", "Sales", "EXPENSE", null, false);

        CoaPlan plan = plan();

        assertThat(plan.mutations()).isEmpty();
        assertThat(conflictOf(plan, "a")).isEqualTo(CoaConflict.Code.NUMBER_TYPE_MISMATCH);
        assertThat(plan.conflicts().get(0).billcomId()).contains("0caA");
    }

    @Test
    void twoRowsThatFitEquallyAreAmbiguous() {
        account("a", "4000", "Sales", AccountType.INCOME, null);
        row("0caA", "4000", "Sales", "INCOME", null, false);
        row("0caB", "4000", "Sales again", "OTHER_INCOME", null, false);

        CoaPlan plan = plan();

        assertThat(plan.mutations()).isEmpty();
        assertThat(conflictOf(plan, "a")).isEqualTo(CoaConflict.Code.AMBIGUOUS_MATCH);
    }

    @Test
    void aCycleIsAConflictAndItsDescendantsCannotBePlaced() {
        account("x", "1", "X", AccountType.EXPENSE, "y");
        account("y", "2", "Y", AccountType.EXPENSE, "x");
        account("z", "3", "Z", AccountType.EXPENSE, "y");
        account("ok", "4", "Fine", AccountType.EXPENSE, null);

        CoaPlan plan = plan();

        assertThat(conflictOf(plan, "x")).isEqualTo(CoaConflict.Code.CYCLE);
        assertThat(conflictOf(plan, "y")).isEqualTo(CoaConflict.Code.CYCLE);
        assertThat(conflictOf(plan, "z")).isEqualTo(CoaConflict.Code.PARENT_UNPLACEABLE);
        assertThat(plan.mutations()).extracting(CoaMutation::ledgerAccountId).containsExactly("ok");
    }

    @Test
    void aParentThatIsNotAnAccountIsAConflict() {
        account("c", "6100", "Supplies", AccountType.EXPENSE, "nowhere");

        CoaPlan plan = plan();

        assertThat(conflictOf(plan, "c")).isEqualTo(CoaConflict.Code.PARENT_MISSING);
        assertThat(plan.mutations()).isEmpty();
    }

    @Test
    void aChildOfAnInactiveUnmappedParentCannotBePlaced() {
        account("p", "6000", "Office", AccountType.EXPENSE, null, false);
        account("c", "6100", "Supplies", AccountType.EXPENSE, "p");

        CoaPlan plan = plan();

        assertThat(conflictOf(plan, "c")).isEqualTo(CoaConflict.Code.PARENT_UNPLACEABLE);
        assertThat(plan.mutations()).isEmpty();
    }

    @Test
    void aParentInConflictTakesItsChildrenWithIt() {
        account("p", "6000", "Office", AccountType.EXPENSE, null);
        account("c", "6100", "Supplies", AccountType.EXPENSE, "p");
        account("g", "6110", "Paper", AccountType.EXPENSE, "c");
        row("0caP", "6000", "Office", "INCOME", null, false);

        CoaPlan plan = plan();

        assertThat(conflictOf(plan, "p")).isEqualTo(CoaConflict.Code.NUMBER_TYPE_MISMATCH);
        assertThat(conflictOf(plan, "c")).isEqualTo(CoaConflict.Code.PARENT_UNPLACEABLE);
        assertThat(conflictOf(plan, "g")).isEqualTo(CoaConflict.Code.PARENT_UNPLACEABLE);
        assertThat(plan.mutations()).isEmpty();
    }

    @Test
    void billcomRowsWithoutALedgerCounterpartAreListedAndLeftAlone() {
        account("a", "6000", "Office", AccountType.EXPENSE, null);
        row("0caA", "6000", "Office", "EXPENSE", null, false);
        row("0caZ", "9999", "Suspense", "EXPENSE", null, false);
        row("0caY", null, "Ask my accountant", "EXPENSE", "0caZ", true);
        mapped("0caA", "a");
        mapped("0caY", "deleted-ledger-account");

        CoaPlan plan = plan();

        assertThat(plan.mutations()).isEmpty();
        assertThat(plan.untouched()).extracting(CoaPlan.Untouched::billcomId).containsExactly("0caY", "0caZ");
    }

    @Test
    void anAccountWhoseEarlierCreateIsUnconfirmedIsNotPlannedAgain() {
        account("a", "6000", "Office", AccountType.EXPENSE, null);
        pending.add("a");

        CoaPlan plan = plan();

        assertThat(plan.mutations()).isEmpty();
        assertThat(conflictOf(plan, "a")).isEqualTo(CoaConflict.Code.CREATE_PENDING);
    }

    @Test
    void aNumberlessAccountMatchesANumberlessRowOfTheSameNameAndType() {
        account("b", null, "Operating Bank", AccountType.BANK, null);
        row("0caB", null, "operating bank", "BANK", null, false);

        CoaPlan plan = plan();

        assertThat(plan.mutations()).extracting(CoaMutation::action).containsExactly(CoaAction.MAP, CoaAction.UPDATE);
        assertThat(plan.mutations().get(1).changes()).containsExactly("name");
    }

    @Test
    void swappingParentAndChildMovesLevelByLevelSoNoRowIsEverItsOwnAncestor() {
        account("a", "1", "A", AccountType.EXPENSE, "b");
        account("b", "2", "B", AccountType.EXPENSE, null);
        row("0caA", "1", "A", "EXPENSE", null, false);
        row("0caB", "2", "B", "EXPENSE", "0caA", false);
        mapped("0caA", "a");
        mapped("0caB", "b");

        CoaPlan plan = plan();

        assertThat(plan.mutations()).extracting(m -> m.ledgerAccountId() + "@" + CoaPlanner.wave(m))
                .containsExactly("b@0", "a@1");
        assertThat(plan.mutations().get(0).after().parentId()).isEmpty();
        assertThat(plan.mutations().get(1).after().parentId()).contains("0caB");
    }

    @Test
    void theFingerprintDependsOnThePlanNotOnTheOrderOfTheInputs() {
        account("p", "6000", "Office", AccountType.EXPENSE, null);
        account("c", "6100", "Supplies", AccountType.EXPENSE, "p");
        account("d", "6200", "Postage", AccountType.EXPENSE, "p");
        String first = plan().fingerprint();
        Collections.reverse(ledger);

        assertThat(plan().fingerprint()).isEqualTo(first).matches("[0-9a-f]{32}");

        ledger.set(0, new LedgerAccount("cmp", "d", Optional.of("6200"), "Stamps", AccountType.EXPENSE,
                Optional.of("p"), true, 2, T, T));
        assertThat(plan().fingerprint()).isNotEqualTo(first);
    }

    @Test
    void whatIsLeftOfAPlanOnceItsParentsExistKeepsItsMutationsKeys() {
        account("p", "6000", "Office", AccountType.EXPENSE, null);
        account("c", "6100", "Supplies", AccountType.EXPENSE, "p");
        account("m", "6200", "Postage", AccountType.EXPENSE, null);
        row("0caM", "6200", "Postage", "EXPENSE", null, false);
        mapped("0caM", "m");
        ledger.set(2, new LedgerAccount("cmp", "m", Optional.of("6200"), "Postage", AccountType.EXPENSE,
                Optional.of("p"), true, 2, T, T));
        CoaPlan whole = plan();

        row("0caP", "6000", "Office", "EXPENSE", null, false);
        mapped("0caP", "p");
        CoaPlan rest = plan();

        assertThat(whole.mutations()).extracting(CoaMutation::ledgerAccountId).containsExactly("p", "m", "c");
        assertThat(rest.mutations()).extracting(CoaMutation::key)
                .containsExactly(whole.mutations().get(1).key(), whole.mutations().get(2).key());
    }

    @Test
    void aBankAccountMappedAsAFundingAccountTakesItsBankAccountsChartRow() {
        account("bank", null, "First Simulated Bank - Operating", AccountType.BANK, null);
        row("0caOp", "1010", "Operating account", "BANK", null, false);
        funding.put("bank", Optional.of("0caOp"));

        CoaPlan plan = plan();

        assertThat(plan.mutations()).extracting(m -> m.action() + " " + m.billcomId().orElse("-"))
                .containsExactly("MAP 0caOp", "UPDATE 0caOp");
        assertThat(plan.mutations().get(1).changes()).containsExactly("name");
        assertThat(plan.mutations().get(1).after().number()).contains("1010");
    }

    @Test
    void aBankAccountWhoseChartRowIsTakenOrMissingIsNotCreatedBesideIt() {
        account("coaBank", "1010", "Operating account", AccountType.BANK, null);
        account("fundingBank", null, "First Simulated Bank - Operating", AccountType.BANK, null);
        account("cardOnly", null, "Corporate card", AccountType.CREDIT_CARD, null);
        row("0caOp", "1010", "Operating account", "BANK", null, false);
        mapped("0caOp", "coaBank");
        funding.put("fundingBank", Optional.of("0caOp"));
        funding.put("cardOnly", Optional.empty());

        CoaPlan plan = plan();

        assertThat(plan.mutations()).isEmpty();
        assertThat(plan.conflicts()).isEmpty();
    }
}
