package com.billsync.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.MDC;

/**
 * Independent Bill.com calls of one step (the document listings of a page's bills, the pages of separate
 * slices) made up to {@code parallelism} at a time instead of one after the other: a sync's speed is bound by
 * Bill.com's round trips, and Bill.com allows 3 requests in flight per dev key and organization. The client's
 * process-wide limiter keeps every caller together within that; this only bounds how many one step starts.
 */
public final class InFlight {

    private InFlight() {
    }

    /**
     * Applies {@code call} to every input, at most {@code parallelism} at a time, on virtual threads carrying the
     * caller's logging context. Returns the results in input order. If any call throws, no further call starts and
     * the first exception is rethrown once the calls under way have ended.
     */
    public static <I, O> List<O> map(List<I> inputs, int parallelism, Function<I, O> call) {
        if (parallelism <= 1 || inputs.size() <= 1) {
            List<O> out = new ArrayList<>(inputs.size());
            inputs.forEach(i -> out.add(call.apply(i)));
            return out;
        }
        List<O> results = new ArrayList<>(Collections.nCopies(inputs.size(), null));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(parallelism, inputs.size()); w++) {
            workers.add(Thread.ofVirtual().name("billcom-in-flight-" + w).start(() -> {
                if (mdc != null) {
                    MDC.setContextMap(mdc);
                }
                for (int i = next.getAndIncrement(); i < inputs.size() && failure.get() == null;
                     i = next.getAndIncrement()) {
                    try {
                        O result = call.apply(inputs.get(i));
                        synchronized (results) {
                            results.set(i, result);
                        }
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new IllegalStateException("interrupted while Bill.com calls ran", e));
            }
        }
        Throwable first = failure.get();
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error e) {
            throw e;
        }
        synchronized (results) {
            return Collections.unmodifiableList(new ArrayList<>(results));
        }
    }
}
