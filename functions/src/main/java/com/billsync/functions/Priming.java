package com.billsync.functions;

import java.util.Objects;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SnapStart priming hook of a handler: before Lambda snapshots the initialized function, it runs a warm-up
 * that loads and links the request path's classes (event mapping, routing, JSON) so the first invocation after
 * a restore does not pay for it. The warm-up must be side-effect-free: no AWS call, no Bill.com call, nothing
 * written (a snapshot is restored many times, a call made before it would be made once and remembered wrongly).
 *
 * <p>Outside SnapStart (plain Lambda, the local runtime, tests) {@code org.crac} registers the resource with a
 * context that never checkpoints, so the warm-up does not run there.
 */
final class Priming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    private final String function;
    private final Runnable warmUp;

    private Priming(String function, Runnable warmUp) {
        this.function = Objects.requireNonNull(function, "function");
        this.warmUp = Objects.requireNonNull(warmUp, "warmUp");
    }

    /**
     * Registers the warm-up. The handler keeps the returned resource in a field: a CRaC context may hold its
     * resources weakly, and the handler lives as long as the execution environment.
     */
    static Priming register(String function, Runnable warmUp) {
        Priming priming = new Priming(function, warmUp);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        try {
            warmUp.run();
        } catch (RuntimeException e) {
            // A failed warm-up only costs the first request its speed; it must never fail the snapshot.
            LOG.warn("Priming of the {} function failed: {}", function, e.getClass().getSimpleName());
        }
        LOG.info("Primed the {} function in {} ms", function, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: AWS clients open their connections on first use, after the restore.
    }

    /** Runs the warm-up as a checkpoint would; for tests. */
    void primeNow() {
        beforeCheckpoint(null);
    }
}
