package com.billsync.domain;

import java.util.Optional;

/** Which page a caller asks for: at most {@code limit} items after the opaque {@code cursor}. */
public record PageRequest(int limit, Optional<String> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        cursor = cursor == null ? Optional.empty() : cursor;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    public static PageRequest firstDefault() {
        return first(DEFAULT_LIMIT);
    }
}
