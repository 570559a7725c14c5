package com.billsync.simulator.http;

import com.billsync.simulator.store.Registry;
import java.time.Clock;

/** What the endpoint handlers share. {@code baseUrl} is the server root, e.g. {@code http://127.0.0.1:PORT}. */
public record Context(Registry registry, Sessions sessions, Limits limits, Metrics metrics, FaultState faults,
                      Clock clock, String baseUrl, boolean approvalStatusOnV3Bills, int rateLimitHttpStatus) {
}
