package com.billsync.domain;

import java.util.Optional;

/**
 * One field of a partial update: absent (keep the current value), set to a value, or cleared (for optional
 * fields, when the caller sent {@code null}).
 */
public record Patch<T>(boolean present, T value) {

    private static final Patch<?> ABSENT = new Patch<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    public static <T> Patch<T> to(T value) {
        return new Patch<>(true, value);
    }

    public static <T> Patch<T> cleared() {
        return new Patch<>(true, null);
    }

    public T apply(T current) {
        return present ? value : current;
    }

    public Optional<T> apply(Optional<T> current) {
        return present ? Optional.ofNullable(value) : current;
    }

    /** True when applying it to {@code current} changes something. */
    public boolean changes(Object current) {
        if (!present) {
            return false;
        }
        Object unwrapped = current instanceof Optional<?> o ? o.orElse(null) : current;
        return !java.util.Objects.equals(value, unwrapped);
    }
}
