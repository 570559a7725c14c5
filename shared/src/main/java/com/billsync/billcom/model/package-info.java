/**
 * Typed Bill.com records, one per kind billsync pulls, read from Bill.com's camelCase wire format.
 *
 * <p>Fields whose value sets Bill.com has not published completely (payment status, account type, ...) stay
 * strings so a new value never breaks a sync; approval status, which the sync engine decides on, is the
 * {@link com.billsync.billcom.model.ApprovalStatus} enum for both the v3 and the legacy v2 API. A top-level
 * record without an {@code id} is rejected while mapping, so the page reports it as a malformed record.
 */
package com.billsync.billcom.model;
