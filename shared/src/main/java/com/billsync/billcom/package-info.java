/**
 * The Bill.com adapter: {@link com.billsync.billcom.BillcomClient} over the JDK HTTP client.
 *
 * <p>What it guarantees (SPEC §7): sessions shared through a
 * {@link com.billsync.billcom.session.SessionProvider}; re-login on {@code BDC_1109} within a
 * {@link com.billsync.billcom.ReauthBudget}; at most 3 requests in flight per dev key and organization in the
 * process ({@link com.billsync.billcom.ConcurrencyLimiter}); exponential backoff with jitter for
 * {@code BDC_1322}, 5xx and I/O failures where repeating is safe ({@link com.billsync.billcom.RetryPolicy});
 * failures typed by BDC code in {@link com.billsync.billcom.BillcomException}; listings as resumable pages of
 * 100 that survive malformed records ({@link com.billsync.billcom.PageIterator}). Base URLs are configuration
 * ({@link com.billsync.billcom.BillcomConfig}).
 */
package com.billsync.billcom;
