package com.billsync.api;

import com.billsync.domain.ErrorCode;

/** The HTTP status of each error code. */
final class ErrorStatus {

    private ErrorStatus() {
    }

    static int of(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED, MALFORMED_JSON, INVALID_CURSOR, DEFAULT_DEV_KEY_MISSING -> 400;
            case UNAUTHORIZED, BILLCOM_AUTH_FAILED -> 401;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case CONFLICT, INTEGRATION_EXISTS, INTEGRATION_DISCONNECTED, ORGANIZATION_LOCKED, ACCOUNT_NUMBER_TAKEN,
                 ACCOUNT_HAS_ACTIVE_CHILDREN, ALREADY_MAPPED, NOT_CONNECTED, SETUP_NOT_COMPLETED, SYNC_IN_PROGRESS,
                 COA_PLAN_CHANGED -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case BILLCOM_RECORD_INCOMPLETE -> 422;
            case INTERNAL_ERROR -> 500;
            case BILLCOM_UNAVAILABLE, SERVICE_UNAVAILABLE -> 503;
        };
    }
}
