package com.billsync.domain;

import java.util.Locale;

/** Every error a billsync service reports to a caller; the API writes {@link #wire()} as the error code. */
public enum ErrorCode {
    VALIDATION_FAILED,
    MALFORMED_JSON,
    INVALID_CURSOR,
    PAYLOAD_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    UNAUTHORIZED,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    CONFLICT,
    INTEGRATION_EXISTS,
    INTEGRATION_DISCONNECTED,
    ORGANIZATION_LOCKED,
    ACCOUNT_NUMBER_TAKEN,
    ACCOUNT_HAS_ACTIVE_CHILDREN,
    ALREADY_MAPPED,
    BILLCOM_RECORD_INCOMPLETE,
    DEFAULT_DEV_KEY_MISSING,
    BILLCOM_AUTH_FAILED,
    BILLCOM_UNAVAILABLE,
    NOT_CONNECTED,
    SETUP_NOT_COMPLETED,
    SYNC_IN_PROGRESS,
    COA_PLAN_CHANGED,
    SERVICE_UNAVAILABLE,
    INTERNAL_ERROR;

    /** The snake_case code callers see. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
