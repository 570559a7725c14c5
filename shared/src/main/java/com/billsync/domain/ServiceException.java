package com.billsync.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one error type services throw for a caller to see: a code, a message that says what to do, and details.
 *
 * <p>Messages and details are shown to API callers and logged, so they never carry a credential, a session id
 * or the text of a lower-level exception.
 */
public final class ServiceException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    public ServiceException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ServiceException(ErrorCode code, String message, Map<String, ?> details) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public static ServiceException notFound(String what, String id) {
        return new ServiceException(ErrorCode.NOT_FOUND, what + " " + id + " was not found.");
    }

    public static ServiceException conflict() {
        return new ServiceException(ErrorCode.CONFLICT,
                "The record was changed by another request. Read it again and retry.");
    }

    public static ServiceException validation(String message, Map<String, ?> details) {
        return new ServiceException(ErrorCode.VALIDATION_FAILED, message, details);
    }
}
