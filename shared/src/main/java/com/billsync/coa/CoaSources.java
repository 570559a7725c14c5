package com.billsync.coa;

import com.billsync.billcom.model.BankAccount;
import com.billsync.billcom.model.ChartOfAccount;
import com.billsync.integration.Integration;
import com.billsync.ledger.LedgerStore;
import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.Mapping;
import com.billsync.mapping.MappingStore;
import com.billsync.mapping.MirrorRow;
import com.billsync.mapping.MirrorStore;
import com.billsync.sync.MirrorJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where alignment reads its inputs and keeps its records; the API and the accounts step read plans the same way,
 * so the route shows exactly the plan the next run would compute.
 */
public record CoaSources(LedgerStore ledger, MirrorStore mirror, MappingStore mappings, CoaStore store) {

    private static final Logger LOG = LoggerFactory.getLogger(CoaSources.class);

    public CoaSources {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(store, "store");
    }

    /** The GL, the mirrored chart (strongly consistent), the accounts mappings and the unconfirmed creates. */
    public CoaInputs load(Integration integration) {
        List<ChartOfAccount> rows = new ArrayList<>();
        for (MirrorRow row : mirror.all(integration.id(), BillcomKind.ACCOUNTS)) {
            try {
                rows.add(MirrorJson.read(row.json(), ChartOfAccount.class));
            } catch (RuntimeException unreadable) {
                // The pull reported it as INVALID_RECORD; a row billsync cannot read is one it does not touch.
                LOG.warn("Mirrored account {} is unreadable; left out of the alignment plan", row.billcomId());
            }
        }
        Map<String, String> mapped = new HashMap<>();
        for (Mapping m : mappings.all(integration.id(), BillcomKind.ACCOUNTS)) {
            mapped.put(m.billcomId(), m.ledgerId());
        }
        return new CoaInputs(ledger.allAccounts(integration.companyId()), rows, mapped,
                store.intents(integration.id()).stream().map(CoaIntent::ledgerAccountId).collect(Collectors.toSet()),
                fundingRows(integration));
    }

    /** Ledger accounts mapped to a Bill.com bank account → that bank account's chart-of-accounts row, if any. */
    private Map<String, Optional<String>> fundingRows(Integration integration) {
        Map<String, String> ledgerByBank = new HashMap<>();
        for (Mapping m : mappings.all(integration.id(), BillcomKind.FUNDING_ACCOUNTS)) {
            ledgerByBank.put(m.billcomId(), m.ledgerId());
        }
        Map<String, Optional<String>> out = new HashMap<>();
        ledgerByBank.values().forEach(ledgerId -> out.put(ledgerId, Optional.empty()));
        if (ledgerByBank.isEmpty()) {
            return out;
        }
        for (MirrorRow row : mirror.all(integration.id(), BillcomKind.FUNDING_ACCOUNTS)) {
            String ledgerId = ledgerByBank.get(row.billcomId());
            if (ledgerId == null) {
                continue;
            }
            try {
                Optional.ofNullable(MirrorJson.read(row.json(), BankAccount.class).chartOfAccountId())
                        .filter(c -> !c.isBlank()).ifPresent(coa -> out.put(ledgerId, Optional.of(coa)));
            } catch (RuntimeException unreadable) {
                LOG.warn("Mirrored bank account {} is unreadable; its chart-of-accounts link is not used",
                        row.billcomId());
            }
        }
        return out;
    }
}
