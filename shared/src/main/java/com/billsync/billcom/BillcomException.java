package com.billsync.billcom;

import java.time.Instant;

/**
 * Everything the Bill.com client can fail with. The type comes from Bill.com's BDC error code, never from
 * the HTTP status alone (Bill.com's statuses for limits and sessions are not documented). Messages carry
 * the endpoint, the code and Bill.com's text, never a dev key, password or session id.
 */
public abstract sealed class BillcomException extends RuntimeException {

    private final String code;
    private final String billcomMessage;

    BillcomException(String code, String billcomMessage, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.billcomMessage = billcomMessage;
    }

    /** Bill.com's error code ({@code BDC_…}), or {@code null} when there was none (I/O, unreadable body). */
    public String code() {
        return code;
    }

    /** Bill.com's own error text, or {@code null}. */
    public String billcomMessage() {
        return billcomMessage;
    }

    private static String describe(String code, String billcomMessage) {
        return code == null ? String.valueOf(billcomMessage) : code + ": " + billcomMessage;
    }

    /** Bill.com refused the credentials ({@code BDC_1101} user/password, {@code BDC_1102} dev key, ...). */
    public static final class AuthFailed extends BillcomException {
        public AuthFailed(String code, String billcomMessage) {
            super(code, billcomMessage, "Bill.com authentication failed: " + describe(code, billcomMessage), null);
        }
    }

    /** The session is no longer valid ({@code BDC_1109}); the client logs in again before this escapes. */
    public static final class InvalidSession extends BillcomException {
        public InvalidSession(String billcomMessage) {
            super(BdcCodes.INVALID_SESSION, billcomMessage,
                    "Bill.com session is invalid: " + describe(BdcCodes.INVALID_SESSION, billcomMessage), null);
        }
    }

    /** Too many concurrent requests for the organization ({@code BDC_1322}), still so after backing off. */
    public static final class ConcurrencyLimited extends BillcomException {
        public ConcurrencyLimited(String billcomMessage) {
            super(BdcCodes.CONCURRENCY_LIMIT, billcomMessage, "Bill.com concurrency limit persisted after retries: "
                    + describe(BdcCodes.CONCURRENCY_LIMIT, billcomMessage), null);
        }
    }

    /** The dev key's hourly request cap is spent ({@code BDC_1144}): nothing works before {@link #resetAt()}. */
    public static final class HourlyCapReached extends BillcomException {
        private final Instant resetAt;

        public HourlyCapReached(Instant resetAt, String billcomMessage) {
            super(BdcCodes.HOURLY_CAP, billcomMessage, "Bill.com hourly request cap reached, resets at " + resetAt
                    + ": " + describe(BdcCodes.HOURLY_CAP, billcomMessage), null);
            this.resetAt = resetAt;
        }

        /** The next top of the hour, when Bill.com accepts requests again. */
        public Instant resetAt() {
            return resetAt;
        }
    }

    /** The object does not exist. */
    public static final class NotFound extends BillcomException {
        public NotFound(String code, String billcomMessage) {
            super(code, billcomMessage, "Bill.com object not found: " + describe(code, billcomMessage), null);
        }
    }

    /** Bill.com rejected the request (validation and other client errors); retrying the same request fails again. */
    public static final class Rejected extends BillcomException {
        public Rejected(String code, String billcomMessage) {
            super(code, billcomMessage, "Bill.com rejected the request: " + describe(code, billcomMessage), null);
        }
    }

    /** Bill.com could not be reached or kept failing on its side (5xx, {@code BDC_1001}, I/O), after retries. */
    public static final class Unavailable extends BillcomException {
        public Unavailable(String code, String message, Throwable cause) {
            super(code, message, "Bill.com unavailable: " + describe(code, message), cause);
        }
    }

    /** Bill.com answered something this client cannot read. */
    public static final class InvalidResponse extends BillcomException {
        public InvalidResponse(String message, Throwable cause) {
            super(null, null, "Bill.com response unreadable: " + message, cause);
        }
    }

    /** A unit of work re-logged in as often as its {@link ReauthBudget} allows and the session failed again. */
    public static final class SessionReauthCapReached extends BillcomException {
        private final int cap;

        public SessionReauthCapReached(int cap) {
            super(BdcCodes.INVALID_SESSION, null,
                    "Bill.com session kept becoming invalid; gave up after " + cap + " re-login(s)", null);
            this.cap = cap;
        }

        public int cap() {
            return cap;
        }
    }
}
