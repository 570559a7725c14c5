/** The SQS adapter of {@link com.billsync.runs.SyncQueue}. */
package com.billsync.queue;
