/**
 * Bill.com sessions: the {@link com.billsync.billcom.session.SessionProvider} port that lets client instances
 * (and, backed by Secrets Manager, Lambda invocations) share one session per credentials instead of logging in
 * each time (Bill.com allows 200 logins per dev key per hour), and its in-memory adapter.
 */
package com.billsync.billcom.session;
