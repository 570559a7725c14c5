package com.billsync.coa;

import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.ledger.LedgerAccount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan is computed from.
 *
 * @param ledger         the company's GL accounts, active or not
 * @param billcom        the mirrored Bill.com chart of accounts, archived rows included
 * @param mappings       Bill.com row id → ledger account id (the integration's {@code accounts} mappings)
 * @param pendingCreates ledger accounts whose earlier create is not confirmed yet (never created again meanwhile)
 * @param fundingRows    ledger accounts mapped as funding accounts (Bill.com bank accounts) → the bank account's
 *                       chart-of-accounts row ({@code chartOfAccountId}, empty when it has none): the account's
 *                       counterpart in the chart
 */
public record CoaInputs(List<LedgerAccount> ledger, List<ChartOfAccount> billcom, Map<String, String> mappings,
                        Set<String> pendingCreates, Map<String, Optional<String>> fundingRows) {

    public CoaInputs {
        ledger = List.copyOf(ledger);
        billcom = List.copyOf(billcom);
        mappings = Map.copyOf(mappings);
        pendingCreates = Set.copyOf(pendingCreates);
        fundingRows = Map.copyOf(fundingRows);
    }
}
