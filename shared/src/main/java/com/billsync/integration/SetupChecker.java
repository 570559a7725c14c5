package com.billsync.integration;

import com.billsync.ledger.AccountType;
import com.billsync.ledger.LedgerAccount;
import com.billsync.ledger.LedgerStore;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.Mapping;
import com.billsync.mapping.MappingStore;
import com.billsync.mapping.MirrorStore;
import com.billsync.runs.SyncStateStore;
import com.billsync.runs.SyncStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates SPEC §4's four conditions. For the accounts condition, GL accounts mapped from Bill.com's chart of
 * accounts and from its funding (bank) accounts both count: a bank account is usually mapped as a funding
 * account.
 */
public final class SetupChecker {

    public static final String COMPANY_ATTACHED = "company_attached";
    public static final String AUTHENTICATED = "authenticated";
    public static final String ACCOUNTS_MAPPED = "accounts_mapped";
    public static final String VENDORS_MAPPED = "vendors_mapped";

    private final LedgerStore ledger;
    private final MirrorStore mirror;
    private final MappingStore mappings;
    private final SyncStateStore syncState;

    public SetupChecker(LedgerStore ledger, MirrorStore mirror, MappingStore mappings, SyncStateStore syncState) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.syncState = Objects.requireNonNull(syncState, "syncState");
    }

    public SetupStatus check(Integration integration) {
        return new SetupStatus(List.of(companyAttached(integration), authenticated(integration),
                accountsMapped(integration), vendorsMapped(integration)));
    }

    private SetupCheck companyAttached(Integration integration) {
        return ledger.company(integration.companyId())
                .map(c -> new SetupCheck(COMPANY_ATTACHED, true,
                        "Attached to ledger company '" + c.name() + "' (" + c.id() + ")."))
                .orElseGet(() -> new SetupCheck(COMPANY_ATTACHED, false,
                        "The integration's ledger company " + integration.companyId() + " does not exist."));
    }

    private static SetupCheck authenticated(Integration integration) {
        return switch (integration.status()) {
            case CONNECTED -> new SetupCheck(AUTHENTICATED, true,
                    "Signed in to Bill.com organization " + integration.organizationId() + ".");
            case PENDING -> new SetupCheck(AUTHENTICATED, false,
                    "Bill.com has not confirmed the credentials yet. Call validate.");
            case ERROR -> new SetupCheck(AUTHENTICATED, false, integration.lastError()
                    .map(e -> "Bill.com rejected the credentials (" + e.code() + ": " + e.message()
                            + "). Update them with PATCH.")
                    .orElse("Bill.com rejected the credentials. Update them with PATCH."));
            case DISCONNECTED -> new SetupCheck(AUTHENTICATED, false, "The integration is disconnected.");
        };
    }

    private SetupCheck accountsMapped(Integration integration) {
        if (syncState.pulledAt(integration.id(), SyncStep.ACCOUNTS).isEmpty()) {
            return new SetupCheck(ACCOUNTS_MAPPED, false,
                    "The chart of accounts has not been pulled from Bill.com yet; the initial seed pulls it.");
        }
        List<Mapping> coa = mappings.all(integration.id(), BillcomKind.ACCOUNTS);
        if (coa.isEmpty()) {
            return new SetupCheck(ACCOUNTS_MAPPED, false, "No Bill.com account is mapped to a ledger account.");
        }
        List<Mapping> mapped = new ArrayList<>(coa);
        mapped.addAll(mappings.all(integration.id(), BillcomKind.FUNDING_ACCOUNTS));
        Map<String, LedgerAccount> chart = ledger.allAccounts(integration.companyId()).stream()
                .collect(Collectors.toMap(LedgerAccount::id, Function.identity()));
        Set<AccountType> types = mapped.stream()
                .map(m -> chart.get(m.ledgerId()))
                .filter(Objects::nonNull)
                .map(LedgerAccount::type)
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        if (!types.contains(AccountType.BANK) && !types.contains(AccountType.CREDIT_CARD)) {
            missing.add("a bank or credit card account");
        }
        if (!types.contains(AccountType.EXPENSE)) {
            missing.add("an expense account");
        }
        if (!types.contains(AccountType.INCOME)) {
            missing.add("an income account");
        }
        if (!missing.isEmpty()) {
            return new SetupCheck(ACCOUNTS_MAPPED, false,
                    "The mapped accounts need at least " + String.join(", ", missing) + ".");
        }
        return new SetupCheck(ACCOUNTS_MAPPED, true, coa.size() + " Bill.com account(s) mapped, including a "
                + "bank or credit card, an expense and an income account.");
    }

    private SetupCheck vendorsMapped(Integration integration) {
        if (syncState.pulledAt(integration.id(), SyncStep.VENDORS).isEmpty()) {
            return new SetupCheck(VENDORS_MAPPED, false,
                    "Vendors have not been pulled from Bill.com yet; the initial seed pulls them.");
        }
        if (!mirror.any(integration.id(), BillcomKind.VENDORS)) {
            return new SetupCheck(VENDORS_MAPPED, false,
                    "Bill.com returned no vendors. Add a vendor in Bill.com, then sync again.");
        }
        if (!mappings.any(integration.id(), BillcomKind.VENDORS)) {
            return new SetupCheck(VENDORS_MAPPED, false, "No Bill.com vendor is mapped to a ledger vendor.");
        }
        return new SetupCheck(VENDORS_MAPPED, true, "At least one Bill.com vendor is mapped to a ledger vendor.");
    }
}
