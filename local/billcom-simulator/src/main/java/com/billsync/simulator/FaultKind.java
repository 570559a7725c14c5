package com.billsync.simulator;

/** Failures {@link Faults#failNext} can queue, one per call. */
public enum FaultKind {
    /** HTTP 500 or 503 with {@code BDC_1001}. */
    SERVER_ERROR,
    /** The connection is closed with no response. */
    DROP,
    /** {@code BDC_1322} as if the concurrency limit were reached. Only consumed by calls that carry a session. */
    CONCURRENCY_LIMIT,
    /** {@code BDC_1109}; the session used is really invalidated. Only consumed by calls that carry a session. */
    SESSION_INVALID,
    /** {@code BDC_1144} once, without exhausting the real hourly budget. */
    HOURLY_CAP
}
