package com.billsync.local.runtime;

import com.billsync.integration.CoaAlignmentMode;
import com.billsync.integration.Integration;
import com.billsync.integration.IntegrationStatus;
import com.billsync.integration.IntegrationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes connected integrations straight into the store and puts them in the planner's due index, as the
 * scheduler leaves them once setup is complete: for planner tests and the benchmarks, which need many of them.
 */
public final class DueIntegrations {

    private DueIntegrations() {
    }

    public static List<String> create(IntegrationStore store, String prefix, int count, Instant dueAt) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(String.format("int_%s%06d", prefix, i));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (String id : ids) {
                done.add(pool.submit(() -> {
                    Integration integration = new Integration(id, "tenant-bench", "cmp_" + id,
                            IntegrationStatus.CONNECTED, Optional.empty(), "00800000000000000001", Optional.empty(),
                            true, CoaAlignmentMode.OFF, "secret/" + id, "session/" + id, Optional.empty(),
                            Optional.of("SY-seed"), Optional.empty(), Optional.empty(), Optional.empty(), false,
                            Optional.of(dueAt), dueAt, dueAt, 1);
                    store.create(integration);
                    store.schedule(id, true, dueAt);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create due integrations", e);
        }
        return ids;
    }
}
