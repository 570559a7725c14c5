package com.billsync.sync;

import com.billsync.mapping.BillcomKind;
import com.billsync.mapping.Mapping;
import com.billsync.mapping.MappingStore;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The integration's mappings of some kinds, read once per step invocation: a bills page checks hundreds of
 * references, each a lookup here instead of a read.
 */
public final class Mappings {

    private final Map<BillcomKind, Map<String, String>> byKind = new EnumMap<>(BillcomKind.class);

    private Mappings() {
    }

    public static Mappings load(MappingStore store, String integrationId, BillcomKind... kinds) {
        Mappings mappings = new Mappings();
        for (BillcomKind kind : kinds) {
            Map<String, String> ids = new HashMap<>();
            for (Mapping m : store.all(integrationId, kind)) {
                ids.put(m.billcomId(), m.ledgerId());
            }
            mappings.byKind.put(kind, ids);
        }
        return mappings;
    }

    /** The ledger id {@code billcomId} maps to; throws if {@code kind} was not loaded (a programming error). */
    public Optional<String> ledgerId(BillcomKind kind, String billcomId) {
        Map<String, String> ids = byKind.get(kind);
        if (ids == null) {
            throw new IllegalStateException(kind + " mappings were not loaded");
        }
        return billcomId == null ? Optional.empty() : Optional.ofNullable(ids.get(billcomId));
    }
}
