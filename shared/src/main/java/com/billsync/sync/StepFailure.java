package com.billsync.sync;

import com.billsync.billcom.BillcomException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a step's failure is handled, decided from the Bill.com client's typed error (never from an HTTP status).
 */
public sealed interface StepFailure {

    /** The error-log code. */
    String code();

    /** Try the step again through SQS after a backoff (Bill.com down, limits, sessions that keep dying). */
    record Retry(String code, String message) implements StepFailure {
    }

    /** Bill.com refuses every request until {@code at} (the hourly cap): try again then. */
    record RetryAt(String code, String message, Instant at) implements StepFailure {
    }

    /** Nothing a retry can fix (credentials rejected): the integration goes to error, the run fails. */
    record Permanent(String code, String message, String billcomCode, String billcomMessage) implements StepFailure {
    }

    /** Backoff for retries: {@code base} per delivery so far, at most 15 minutes. */
    static Duration backoff(Duration base, int receiveCount) {
        Duration delay = base.multipliedBy(Math.max(1, receiveCount));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    /** The longest a retried step waits. */
    Duration MAX_BACKOFF = Duration.ofMinutes(15);

    static StepFailure of(BillcomException e) {
        Objects.requireNonNull(e, "e");
        return switch (e) {
            case BillcomException.AuthFailed a -> new Permanent("BILLCOM_AUTH_FAILED",
                    "Bill.com rejected the integration's credentials (" + a.code() + ": " + a.billcomMessage()
                            + "). Update them (PATCH the integration), then trigger a sync.",
                    a.code() == null ? "unknown" : a.code(), a.billcomMessage() == null ? "" : a.billcomMessage());
            case BillcomException.HourlyCapReached h -> new RetryAt("BILLCOM_RATE_LIMITED",
                    "Bill.com's hourly request cap for the developer key was reached; the step resumes after "
                            + h.resetAt() + ".", h.resetAt());
            case BillcomException.ConcurrencyLimited c -> new Retry("BILLCOM_RATE_LIMITED",
                    "Bill.com kept refusing requests (too many at once for the organization); the step is retried.");
            case BillcomException.SessionReauthCapReached s -> new Retry("SESSION_REAUTH_CAP_REACHED",
                    "Bill.com kept invalidating the session (" + s.cap() + " re-logins in the step); the step is "
                            + "retried. If it persists, check that nothing else logs this user out.");
            default -> new Retry("BILLCOM_UNAVAILABLE", "Bill.com could not serve the step ("
                    + e.getClass().getSimpleName() + (e.code() == null ? "" : " " + e.code())
                    + "); the step is retried.");
        };
    }

    /** When a deferred message should come back. */
    static Duration delay(StepFailure failure, Duration base, int receiveCount, Clock clock) {
        return switch (failure) {
            // A second past the reset, so the first request lands in the new hour.
            case RetryAt r -> {
                Duration until = Duration.between(clock.instant(), r.at()).plusSeconds(1);
                yield until.isNegative() ? Duration.ofSeconds(1) : until;
            }
            default -> backoff(base, receiveCount);
        };
    }
}
