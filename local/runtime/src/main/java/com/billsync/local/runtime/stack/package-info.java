/**
 * The whole billsync deployment in one JVM: the AWS stand-ins, the Bill.com simulator (or a real Bill.com), the
 * three Lambda handlers as in AWS, and in front of them the local HTTP gateway, the schedule and the SQS poller.
 * Its settings mirror {@code template.yaml}: the same environment variables, queue and event-source settings.
 */
package com.billsync.local.runtime.stack;
