package com.billsync.billcom;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts HTTP calls per endpoint for one client (and the views made from it). */
final class CallCounter {

    private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    void increment(String endpoint) {
        counts.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
    }

    CallCounts snapshot() {
        Map<String, Long> copy = new HashMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return new CallCounts(copy);
    }
}
