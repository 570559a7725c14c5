package com.billsync.billcom;

/**
 * A record Bill.com returned that could not be mapped; the rest of its page still is. The sync engine logs
 * it as {@code INVALID_RECORD}.
 *
 * @param id the record's id when it had a readable one, else {@code null}
 * @param reason why it could not be mapped (field path and problem)
 * @param rawJson the record as Bill.com sent it
 */
public record MalformedRecord(String id, String reason, String rawJson) {
}
