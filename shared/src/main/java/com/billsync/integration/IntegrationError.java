package com.billsync.integration;

import java.time.Instant;
import java.util.Objects;

/** Why an integration is in {@code error}: Bill.com's BDC code and message, as Bill.com gave them. */
public record IntegrationError(String code, String message, Instant at) {
    public IntegrationError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
