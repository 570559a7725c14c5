package com.billsync.billcom;

/** What a successful login tells about the account (never the session id). */
public record LoginInfo(String organizationId, String userId) {
}
