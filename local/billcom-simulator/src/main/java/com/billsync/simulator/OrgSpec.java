package com.billsync.simulator;

import java.util.Objects;
import java.util.Optional;

/**
 * What organization to create: a bare one, or one filled by the deterministic generator.
 *
 * @param seed the generator seed (same seed and same clock: same data, ids included)
 * @param size record counts; null for a bare organization
 */
public record OrgSpec(long seed, OrgSize size) {

    public static OrgSpec generated(long seed, OrgSize size) {
        return new OrgSpec(seed, Objects.requireNonNull(size, "size"));
    }

    /** An organization with no records and no users: add them with {@link SimOrg#addUser} and {@link SimOrg#create}. */
    public static OrgSpec empty() {
        return new OrgSpec(0L, null);
    }

    public Optional<OrgSize> generatedSize() {
        return Optional.ofNullable(size);
    }
}
