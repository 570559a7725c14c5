package com.billsync.simulator.http;

import com.billsync.simulator.WriteRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What tests observe: calls per endpoint template, successful logins, and the chart-of-accounts write log. */
public final class Metrics {
    private final ConcurrentHashMap<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final AtomicLong logins = new AtomicLong();
    private final List<WriteRecord> writes = new ArrayList<>();

    public void call(String key) {
        calls.computeIfAbsent(key, k -> new LongAdder()).increment();
        total.increment();
    }

    public Map<String, Long> calls() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> {
            long n = v.sum();
            if (n > 0) {
                out.put(k, n);
            }
        });
        return out;
    }

    public long totalCalls() {
        return total.sum();
    }

    public void login() {
        logins.incrementAndGet();
    }

    public long logins() {
        return logins.get();
    }

    public void resetCounters() {
        calls.clear();
        total.reset();
        logins.set(0);
    }

    public void write(WriteRecord record) {
        synchronized (writes) {
            writes.add(record);
        }
    }

    public List<WriteRecord> writeLog() {
        synchronized (writes) {
            return List.copyOf(writes);
        }
    }

    public void clearWriteLog() {
        synchronized (writes) {
            writes.clear();
        }
    }
}
