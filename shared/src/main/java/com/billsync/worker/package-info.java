/**
 * The worker's side of the FIFO queue, free of Lambda types: processing a batch in order and deciding which
 * messages to report as failed. The Lambda handler in {@code functions} only translates the SQS event.
 */
package com.billsync.worker;
