package com.billsync.planner;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The planner's view of the "due" index: integrations that are connected, setup-complete and on auto-sync, by
 * next sync time, spread over a few partitions (shards) so that no partition grows hot.
 */
public interface DueIndex {

    /**
     * An integration whose next sync time has come.
     *
     * @param seen the next sync time exactly as stored, which a claim must still find
     */
    record Due(String integrationId, Instant nextSyncAt, String seen) {
        public Due {
            Objects.requireNonNull(integrationId, "integrationId");
            Objects.requireNonNull(nextSyncAt, "nextSyncAt");
            Objects.requireNonNull(seen, "seen");
        }
    }

    /** A page of one shard's due integrations and where the next page starts. */
    record Page(List<Due> due, Optional<String> next) {
        public Page {
            due = List.copyOf(due);
            Objects.requireNonNull(next, "next");
        }
    }

    List<String> shards();

    /** Up to {@code limit} integrations of {@code shard} due at {@code now}, earliest first. */
    Page due(String shard, Instant now, int limit, Optional<String> from);

    /**
     * Moves the integration's next sync time to {@code until}, if it still is what {@code due} saw and the
     * integration is still in the index. Returns whether this caller won the claim.
     */
    boolean claim(Due due, Instant until);
}
