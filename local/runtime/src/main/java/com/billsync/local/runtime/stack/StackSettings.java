package com.billsync.local.runtime.stack;

import java.time.Duration;

/**
 * The local deployment's names and limits: the same values {@code template.yaml} gives the functions, the queue
 * and the event source mapping, so the local run behaves like the deployed one.
 */
public final class StackSettings {

    public static final String TABLE_NAME = "billsync-local";
    public static final String QUEUE_BASE_NAME = "billsync-local-sync";
    public static final String SECRET_PREFIX = "billsync/local/";
    public static final String DEFAULT_DEV_KEY_SECRET = SECRET_PREFIX + "default-dev-key";
    public static final String TENANT_CLAIM = "tenant_id";

    /** The api function's timeout: API Gateway's HTTP API gives an integration at most 30 s. */
    public static final Duration API_TIMEOUT = Duration.ofSeconds(29);
    public static final Duration PLANNER_TIMEOUT = Duration.ofSeconds(120);
    /** The worker function's timeout: Lambda's maximum, so one invocation gets through many pages. */
    public static final Duration WORKER_TIMEOUT = Duration.ofSeconds(900);
    /** Six times the worker timeout, as AWS advises for an SQS event source. */
    public static final Duration QUEUE_VISIBILITY = WORKER_TIMEOUT.multipliedBy(6);
    /** Deliveries before a message moves to the dead-letter queue. */
    public static final int MAX_RECEIVE_COUNT = 10;
    /**
     * One message per invocation: a message's receive count then grows only when that message was tried. In a
     * larger FIFO batch, the steps behind a long step come back unprocessed and each hand-back would count
     * towards {@link #MAX_RECEIVE_COUNT}.
     */
    public static final int WORKER_BATCH_SIZE = 1;

    private StackSettings() {
    }
}
