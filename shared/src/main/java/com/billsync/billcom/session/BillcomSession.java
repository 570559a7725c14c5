package com.billsync.billcom.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in Bill.com session. The session id is a bearer credential: {@link #toString()} never shows it.
 *
 * @param sessionId the value of the {@code sessionId} header
 * @param organizationId the organization Bill.com signed in to
 * @param userId the signed-in user ({@code 006…}), when Bill.com returned it
 * @param obtainedAt when the login happened
 */
public record BillcomSession(String sessionId, String organizationId, String userId, Instant obtainedAt) {

    public BillcomSession {
        Objects.requireNonNull(sessionId, "sessionId");
    }

    @Override
    public String toString() {
        return "BillcomSession[sessionId=***, organizationId=" + organizationId + ", userId=" + userId
                + ", obtainedAt=" + obtainedAt + "]";
    }
}
