package com.billsync.sync;

import java.util.Optional;

/**
 * One ledger bill per (ledger vendor, invoice number) and company: the first Bill.com bill to claim the pair
 * imports, another bill with the same pair is a duplicate.
 */
public interface InvoiceGuard {

    /**
     * Claims the pair for {@code billcomBillId}. Returns empty when the bill holds it (now or already), else the
     * Bill.com id of the bill holding it.
     */
    Optional<String> claim(String companyId, String ledgerVendorId, String invoiceKey, String billcomBillId);

    /** Gives the pair up if {@code billcomBillId} holds it. */
    void release(String companyId, String ledgerVendorId, String invoiceKey, String billcomBillId);
}
