package com.billsync.billcom;

import java.util.Map;
import java.util.TreeMap;

/**
 * Bill.com HTTP calls made, per endpoint ({@code "GET /v3/vendors"}, {@code "POST /v2/List/Bill.json"}, ...),
 * retries and logins included: what counts against Bill.com's hourly cap. A sync step takes a snapshot before
 * and after and reports the {@link #minus difference}.
 */
public record CallCounts(Map<String, Long> byEndpoint) {

    public CallCounts {
        byEndpoint = Map.copyOf(byEndpoint);
    }

    public long total() {
        return byEndpoint.values().stream().mapToLong(Long::longValue).sum();
    }

    public long get(String endpoint) {
        return byEndpoint.getOrDefault(endpoint, 0L);
    }

    /** The calls made since {@code earlier} was taken. */
    public CallCounts minus(CallCounts earlier) {
        Map<String, Long> diff = new TreeMap<>();
        byEndpoint.forEach((k, v) -> {
            long d = v - earlier.get(k);
            if (d != 0) {
                diff.put(k, d);
            }
        });
        return new CallCounts(diff);
    }

    @Override
    public String toString() {
        return "CallCounts" + new TreeMap<>(byEndpoint);
    }
}
