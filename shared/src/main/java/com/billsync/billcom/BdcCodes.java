package com.billsync.billcom;

import java.util.Set;

/**
 * The Bill.com error codes the client acts on (billcom-api.md §6) and how each failure is treated.
 * Codes not listed are a {@link Kind#REJECTED} request, or {@link Kind#TRANSIENT} when Bill.com also says its
 * side failed (HTTP 5xx).
 */
final class BdcCodes {

    static final String SYSTEM_ERROR = "BDC_1001";
    static final String UNKNOWN_ERROR = "BDC_1002";
    static final String BAD_CREDENTIALS = "BDC_1101";
    static final String BAD_DEV_KEY = "BDC_1102";
    static final String INVALID_SESSION = "BDC_1109";
    static final String API_NOT_SUPPORTED = "BDC_1121";
    static final String HOURLY_CAP = "BDC_1144";
    static final String CONCURRENCY_LIMIT = "BDC_1322";
    static final String UNTRUSTED_SESSION = "BDC_1361";
    static final String NO_DATA_FOR_ID = "BDC_1205";

    /** Credentials problems: logging in again with the same credentials cannot help. */
    private static final Set<String> AUTH = Set.of(BAD_CREDENTIALS, BAD_DEV_KEY, UNTRUSTED_SESSION);

    enum Kind {
        AUTH,
        INVALID_SESSION,
        CONCURRENCY,
        HOURLY_CAP,
        NOT_FOUND,
        REJECTED,
        /** Bill.com's side failed; the same request may work later. */
        TRANSIENT,
        /** No Bill.com error could be read. */
        UNREADABLE
    }

    private BdcCodes() {
    }

    /**
     * Classifies a failed response. The code decides; the HTTP status only fills in when there is no code
     * (a 5xx page from a proxy is transient) or the code is not one we know.
     */
    static Kind classify(String code, int httpStatus) {
        if (code == null) {
            return httpStatus >= 500 ? Kind.TRANSIENT : Kind.UNREADABLE;
        }
        if (AUTH.contains(code)) {
            return Kind.AUTH;
        }
        return switch (code) {
            case INVALID_SESSION -> Kind.INVALID_SESSION;
            case CONCURRENCY_LIMIT -> Kind.CONCURRENCY;
            case HOURLY_CAP -> Kind.HOURLY_CAP;
            case SYSTEM_ERROR, UNKNOWN_ERROR -> Kind.TRANSIENT;
            case NO_DATA_FOR_ID -> Kind.NOT_FOUND;
            case API_NOT_SUPPORTED -> Kind.REJECTED;
            // Bill.com's "not found" code is UNCONFIRMED: a 404 that carries a BDC error (other than the
            // bad-path code above) is taken as a missing object.
            default -> httpStatus == 404 ? Kind.NOT_FOUND : httpStatus >= 500 ? Kind.TRANSIENT : Kind.REJECTED;
        };
    }
}
