package com.billsync.sync;

import com.billsync.billcom.Filter;
import com.billsync.billcom.ListCheckpoint;
import com.billsync.billcom.ListQuery;
import com.billsync.billcom.Page;
import com.billsync.billcom.PageIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Reads one listing with the page chains {@link Slices} lays out, each on a virtual thread: a chain fetches a
 * page, its sink makes the page durable, then (one chain at a time) the slices take the page and the step's
 * checkpoint is saved with every chain's position, and free slots get new chains. A record two chains both read
 * (same id, same {@code updatedTime}) goes to the sink once. When a chain fails or the deadline is near, the
 * others finish the page they are on; then the failure (or the yield) leaves the step, each chain's last durable
 * page saved.
 */
final class SlicedListing<T> {

    private static final Logger LOG = LoggerFactory.getLogger(SlicedListing.class);

    private final StepContext ctx;
    private final Listing<T> listing;
    private final int index;
    private final Slices slices;
    private final int parallelism;
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private final Map<String, String> mdc = MDC.getCopyOfContextMap();
    private final List<Thread> threads = new ArrayList<>();
    private boolean stopping;
    private boolean yielded;
    private Throwable failure;

    SlicedListing(StepContext ctx, Listing<T> listing, int index, Slices slices, int parallelism) {
        this.ctx = ctx;
        this.listing = listing;
        this.index = index;
        this.slices = slices;
        this.parallelism = Math.max(1, parallelism);
    }

    void run() {
        boolean interrupted = false;
        synchronized (this) {
            if (slices.complete()) {
                ctx.pageDone(new StepCheckpoint.Position(index + 1, null, null));
                return;
            }
            launch();
            // The chains finish the page they are on even when this thread is interrupted: it is then durable.
            while (slices.running() > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                    stopping = true;
                    failure = failure != null ? failure : new IllegalStateException("interrupted", e);
                }
            }
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (yielded) {
            throw new StepYield();
        }
        if (!slices.complete()) {
            throw new IllegalStateException("listing " + listing.name() + " stopped before it was read");
        }
    }

    /** Starts chains while slots are free and there is work for them; the caller holds the lock. */
    private void launch() {
        while (!stopping && slices.running() < parallelism) {
            Optional<Slices.Chain> next = slices.next(ctx.now());
            if (next.isEmpty()) {
                return;
            }
            Slices.Chain chain = next.get();
            threads.add(Thread.ofVirtual().name("listing-" + listing.name() + "-" + threads.size())
                    .start(() -> read(chain)));
        }
    }

    private void read(Slices.Chain chain) {
        if (mdc != null) {
            MDC.setContextMap(mdc);
        }
        try {
            PageIterator<T> pages;
            synchronized (this) {
                pages = ctx.billcom().list(listing.kind(), query(chain), new ListCheckpoint(chain.token(), null));
            }
            while (true) {
                synchronized (this) {
                    if (stopping || !slices.shouldContinue(chain)) {
                        return;
                    }
                }
                Page<T> page = pages.next();
                List<T> fresh = new ArrayList<>(page.records().size());
                Instant low = null;
                Instant high = null;
                for (T record : page.records()) {
                    Instant time = listing.updatedTime().apply(record);
                    if (time != null) {
                        low = low == null || time.isBefore(low) ? time : low;
                        high = high == null || time.isAfter(high) ? time : high;
                    }
                    if (taken.add(listing.id().apply(record) + "@" + time)) {
                        fresh.add(record);
                    }
                }
                ctx.counts().page(fresh.size() + page.malformed().size());
                listing.sink().accept(ctx, fresh, page.malformed());
                fresh.forEach(r -> ctx.saw(listing.name(), listing.updatedTime().apply(r)));
                synchronized (this) {
                    slices.pageDone(chain, page.last() ? null : page.checkpoint().pageToken(),
                            chain.ascending() ? low : high, chain.ascending() ? high : low,
                            page.records().size() + page.malformed().size());
                    launch();
                    ctx.pageDone(slices.complete() ? new StepCheckpoint.Position(index + 1, null, null)
                            : new StepCheckpoint.Position(index, slices.encode(), null));
                }
            }
        } catch (StepYield y) {
            synchronized (this) {
                yielded = true;
                stopping = true;
            }
        } catch (RuntimeException | Error e) {
            // An Error too (a dying worker): the step must not go on as if this chain had finished.
            synchronized (this) {
                if (failure == null) {
                    failure = e;
                } else {
                    LOG.warn("Another page chain of {} failed too: {}", listing.name(), e.toString());
                }
                stopping = true;
            }
        } finally {
            synchronized (this) {
                slices.stopped(chain);
                if (!stopping) {
                    launch();
                }
                notifyAll();
            }
        }
    }

    /** The chain's own query: its bounds on {@code updatedTime}, its order; its page tokens belong to it. */
    private static ListQuery query(Slices.Chain chain) {
        ListQuery q = ListQuery.all();
        if (chain.queryLo() != null) {
            q = q.and(Filter.gte("updatedTime", chain.queryLo()));
        }
        if (chain.queryHi() != null) {
            q = q.and(Filter.lt("updatedTime", chain.queryHi()));
        }
        return q.sortedBy("updatedTime", chain.ascending());
    }
}
