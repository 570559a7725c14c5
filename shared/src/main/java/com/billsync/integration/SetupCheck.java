package com.billsync.integration;

import java.util.Objects;

/** One setup-completeness condition: its name, whether it holds, and why (or what to do). */
public record SetupCheck(String name, boolean ok, String detail) {
    public SetupCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }
}
