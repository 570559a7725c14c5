/**
 * The sync engine: runs one step of a run (one SQS message) against Bill.com and the ledger, page by page,
 * with a durable checkpoint after every page, so a redelivered, timed-out or crashed step resumes where it
 * stopped and a step already completed is acknowledged without work. Knows no Lambda, SQS or DynamoDB types:
 * storage is behind the ports in this package ({@link com.billsync.sync.CheckpointStore}, {@link
 * com.billsync.sync.MirrorBatch}, {@link com.billsync.sync.LedgerBatch}, {@link com.billsync.sync.SkipIndex},
 * {@link com.billsync.sync.InvoiceGuard}); the steps themselves live in {@code com.billsync.sync.steps}.
 */
package com.billsync.sync;
