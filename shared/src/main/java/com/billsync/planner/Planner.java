package com.billsync.planner;

import com.billsync.domain.ErrorCode;
import com.billsync.domain.ServiceException;
import com.billsync.runs.RunLauncher;
import com.billsync.runs.RunTrigger;
import com.billsync.runs.SyncPlan;
import com.billsync.sync.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One planner invocation: reads every shard of the due index, claims each due integration (its next sync time
 * moves {@link #LEASE} ahead, so a planner running at the same time, or the next one if this launch fails,
 * leaves it alone), then launches a full run. A successful launch sets the next sync time about 24 hours out;
 * an integration whose run could not start (a run still active, no longer connected, queue down) comes back
 * after the lease. Launches run in parallel, bounded, and stop before the invocation's deadline: what is left
 * stays due for the next invocation.
 */
public final class Planner {

    /** How long a claim holds an integration before another planner may try it again. */
    public static final Duration LEASE = Duration.ofMinutes(15);
    /** Due integrations read per index query. */
    static final int PAGE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

    /** What an invocation did. */
    public record Result(int due, int launched, int lostClaims, int notStarted, int failed, boolean stoppedEarly,
                         Duration took) {
    }

    private final DueIndex index;
    private final RunLauncher launcher;
    private final Clock clock;
    private final int parallelism;
    private final Duration margin;

    /**
     * @param parallelism launches in flight at once
     * @param margin      stop starting launches when less than this remains of the invocation
     */
    public Planner(DueIndex index, RunLauncher launcher, Clock clock, int parallelism, Duration margin) {
        this.index = Objects.requireNonNull(index, "index");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.parallelism = parallelism;
        this.margin = Objects.requireNonNull(margin, "margin");
    }

    public Result plan(Deadline deadline) {
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        AtomicInteger due = new AtomicInteger();
        AtomicInteger launched = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger notStarted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        boolean stoppedEarly = false;
        Semaphore slots = new Semaphore(parallelism);
        List<Future<?>> pending = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            shards:
            for (String shard : index.shards()) {
                Optional<String> from = Optional.empty();
                do {
                    DueIndex.Page page = index.due(shard, now, PAGE, from);
                    for (DueIndex.Due d : page.due()) {
                        if (deadline.remaining().compareTo(margin) < 0) {
                            stoppedEarly = true;
                            break shards;
                        }
                        due.incrementAndGet();
                        slots.acquireUninterruptibly();
                        pending.add(executor.submit(() -> {
                            try {
                                switch (launch(d, now)) {
                                    case LAUNCHED -> launched.incrementAndGet();
                                    case LOST -> lost.incrementAndGet();
                                    case NOT_STARTED -> notStarted.incrementAndGet();
                                    case FAILED -> failed.incrementAndGet();
                                }
                            } finally {
                                slots.release();
                            }
                        }));
                    }
                    from = page.next();
                } while (from.isPresent());
            }
        }
        Result result = new Result(due.get(), launched.get(), lost.get(), notStarted.get(), failed.get(), stoppedEarly,
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("Planner: {} due, {} launched, {} claimed elsewhere, {} not started, {} failed{} in {} ms",
                result.due(), result.launched(), result.lostClaims(), result.notStarted(), result.failed(),
                stoppedEarly ? " (stopped before the deadline)" : "", result.took().toMillis());
        return result;
    }

    private enum Outcome { LAUNCHED, LOST, NOT_STARTED, FAILED }

    private Outcome launch(DueIndex.Due d, Instant now) {
        try {
            if (!index.claim(d, now.plus(LEASE))) {
                return Outcome.LOST;
            }
            launcher.launch(d.integrationId(), SyncPlan.FULL, RunTrigger.SCHEDULE);
            return Outcome.LAUNCHED;
        } catch (ServiceException e) {
            if (e.code() == ErrorCode.SYNC_IN_PROGRESS || e.code() == ErrorCode.NOT_CONNECTED) {
                LOG.info("Scheduled run of integration {} not started: {}", d.integrationId(), e.code().wire());
                return Outcome.NOT_STARTED;
            }
            LOG.warn("Scheduled run of integration {} failed to start: {}", d.integrationId(), e.code().wire());
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            LOG.warn("Scheduled run of integration {} failed to start", d.integrationId(), e);
            return Outcome.FAILED;
        }
    }
}
