package com.billsync.mapping;

import com.billsync.ledger.LedgerEntry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mappings, stored both ways (Bill.com id → ledger id, ledger id → Bill.com id) and always written together in
 * one transaction.
 */
public interface MappingStore {

    Optional<Mapping> byBillcomId(String integrationId, BillcomKind kind, String billcomId);

    Optional<Mapping> byLedgerId(String integrationId, BillcomKind kind, String ledgerId);

    /** The mappings of the given Bill.com ids that exist, keyed by Bill.com id. */
    Map<String, Mapping> byBillcomIds(String integrationId, BillcomKind kind, Collection<String> billcomIds);

    List<Mapping> all(String integrationId, BillcomKind kind);

    boolean any(String integrationId, BillcomKind kind);

    /**
     * Maps {@code mapping.billcomId()} to {@code mapping.ledgerId()}, replacing {@code replacing} (the row's
     * current mapping, if any, as read). Throws {@code already_mapped} (details: {@code external_id}) when the
     * ledger record is mapped to another row of the kind, {@code conflict} when the row's mapping changed since
     * it was read.
     */
    void map(Mapping mapping, Optional<Mapping> replacing);

    /** Removes the mapping if it is still the stored one. */
    void unmap(Mapping mapping);

    /**
     * Creates {@code entry} in the ledger (with its Bill.com id) and maps the row to it, in one transaction.
     * Throws {@code conflict} when the row got mapped meanwhile, {@code account_number_taken} for an account
     * whose number another account of the company has, and {@code already_mapped} if a ledger record with this
     * Bill.com id already exists (the caller maps to that one instead).
     */
    void createAndMap(Mapping mapping, LedgerEntry entry, String billcomId);
}
