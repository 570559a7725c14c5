package com.billsync.coa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What alignment would do, in the order it does it: maps, restores, then level by level creates and updates
 * (parents first), then archives; plus what it will not guess about and the Bill.com rows it leaves alone.
 *
 * @param untouched         Bill.com rows with no ledger counterpart (never changed)
 * @param activeBillcomRows Bill.com's active rows, the base of the guard's archive share
 * @param fingerprint       a hash of the mutations: an approval names the exact plan it releases
 */
public record CoaPlan(List<CoaMutation> mutations, List<CoaConflict> conflicts, List<Untouched> untouched,
                      int activeBillcomRows, String fingerprint) {

    /** A Bill.com row alignment leaves as it is. */
    public record Untouched(String billcomId, CoaRow row) {
        public Untouched {
            Objects.requireNonNull(billcomId, "billcomId");
            Objects.requireNonNull(row, "row");
        }
    }

    public CoaPlan {
        mutations = List.copyOf(mutations);
        conflicts = List.copyOf(conflicts);
        untouched = List.copyOf(untouched);
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    static CoaPlan of(List<CoaMutation> mutations, List<CoaConflict> conflicts, List<Untouched> untouched,
                      int activeBillcomRows) {
        return new CoaPlan(mutations, conflicts, untouched, activeBillcomRows, fingerprint(mutations));
    }

    /** How many mutations of each action. */
    public Map<CoaAction, Integer> counts() {
        Map<CoaAction, Integer> counts = new EnumMap<>(CoaAction.class);
        for (CoaAction action : CoaAction.values()) {
            counts.put(action, 0);
        }
        mutations.forEach(m -> counts.merge(m.action(), 1, Integer::sum));
        return counts;
    }

    /** Mutations that write to Bill.com. */
    public int changes() {
        return (int) mutations.stream().filter(m -> m.action().writesBillcom()).count();
    }

    public int archives() {
        return counts().get(CoaAction.ARCHIVE);
    }

    public boolean isEmpty() {
        return mutations.isEmpty();
    }

    /** The first 128 bits of SHA-256 over the mutations' keys, in plan order, as 32 hex digits. */
    static String fingerprint(List<CoaMutation> mutations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CoaMutation m : mutations) {
                digest.update(m.key().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
